import { askVocabulary, copyKindNouns } from '../model/index.ts';
import { escapeRegExp, stopwords, tokenizeText } from './normalize-question.ts';
import { asksOtherVersion, namesOtherVersion, readVersionMentions } from './read-versions.ts';
import type { IndexedFact } from './types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
// A word a rewording adds to both sides ("zone" of "single-AZ" and "Multi-AZ") opposes nothing, so each side drops it.
const antonyms = askVocabulary.antonymPairs.map(([a, b]) => {
  const [x, y] = [canonical(typeof a === 'string' ? [a] : a), canonical([b])];
  return [new Set([...x].filter((token) => !y.has(token))), new Set([...y].filter((token) => !x.has(token)))] as const;
});
const exclusive = canonical(askVocabulary.exclusiveCues);
const restriction = canonical(askVocabulary.restrictionCues);
const existence = canonical(askVocabulary.existenceCues);
const drawbacks = canonical(askVocabulary.drawbackCues);
const existenceOpeners = canonical(askVocabulary.existenceOpeners);
const negation = new RegExp(
  `(?:^|[^\\p{L}'])(?:${askVocabulary.negationWords.map((word) => escapeRegExp(word)).join('|')})(?![\\p{L}'])`,
  'iu',
);
const onStates = canonical(askVocabulary.settingStates.on);
const offStates = canonical(askVocabulary.settingStates.off);
const optionalWords = canonical(askVocabulary.optionalWords);
const determiners = new Set(askVocabulary.determinerWords);
// Counts and the copies they may count: a count of copies and a count of other things oppose nothing ("a single pod", "several zones").
const quantities = canonical([...askVocabulary.singleWords, ...askVocabulary.quantityWords, ...Object.keys(askVocabulary.countWords)]);
const copyNouns = canonical([...askVocabulary.countNouns, ...askVocabulary.unitWords]);

const opposites = new Map<string, Set<string>>();
for (const [a, b] of antonyms) {
  for (const x of a)
    for (const y of b) {
      opposites.set(x, (opposites.get(x) ?? new Set()).add(y));
      opposites.set(y, (opposites.get(y) ?? new Set()).add(x));
    }
}

/** The words opposite to a canonical token ("same" gives "different", "separate"); empty when it has none. */
export function listOpposites(token: string): ReadonlySet<string> {
  return opposites.get(token) ?? new Set();
}

const factWords = new WeakMap<IndexedFact, ReadonlySet<string>>();

/** Every canonical word of a fact's text, stopwords included ("only", "not"), read once per fact. */
function readFactWords(fact: IndexedFact): ReadonlySet<string> {
  const words = factWords.get(fact) ?? new Set(tokenizeText(fact.text));
  // Stryker disable next-line CallExpression: without the cache each call reads the same words afresh; it only saves time.
  factWords.set(fact, words);
  return words;
}

/**
 * Whether a fact states, un-negated, the question's own side of an opposite pair ("in the same instance" for "on the same
 * server?") and not the other side: it agrees with the question in the question's own word.
 */
export function statesAskedSide(questionTokens: readonly string[], fact: IndexedFact): boolean {
  const asked = new Set(questionTokens);
  const stated = readFactWords(fact);
  if (negation.test(fact.text)) return false;
  return [...asked].some(
    (token) =>
      stated.has(token) && opposites.has(token) && ![...listOpposites(token)].some((other) => asked.has(other) || stated.has(other)),
  );
}

/** What a text asserts: its words without the conditions that open or close its clauses. */
function readAsserted(text: string): string {
  // A negation inside a condition ("if one is not enough, run several") does not negate the sentence.
  // A condition opening a sentence ends at its comma or semicolon (with none, nothing marks its end, so it stays); one
  // inside a sentence runs to the next comma, semicolon or the sentence's end.
  const opening = text.replace(/[\u2018\u2019]/g, "'").replace(/\b(?:if|unless|when|whether)\b[^,;.]*[,;]/gi, ' ');
  return dropClosingConditions(opening);
}

/** Whether a text negates what it says ("is not supported", "never commit"). */
export function isNegated(text: string): boolean {
  return negation.test(readAsserted(text));
}

// A loss after "survive" ("survive losing a zone") is one withstood, not one suffered.
const privative = new RegExp(
  `(?<!\\b(?:${askVocabulary.privativeGuards.join('|')})\\s+(?:\\p{L}+\\s+)?)\\b(?:${askVocabulary.privativeWords.join('|')})\\b`,
  'iu',
);

/** Whether a text asserts a loss or a lack ("results lose their count"), which denies as a negation does. */
function isPrivative(text: string): boolean {
  return privative.test(readAsserted(text));
}

const openers = askVocabulary.yesNoOpeners.join('|');
// A closing ", isn't it?" or ", can we?": yes or no then answer whether the plain claim holds, whatever its negation.
// A dash sets a tag off as a comma does ("… when containers start - right?").
const tagStart = '(?:,|\\s[-\u2013\u2014]+)';
const auxiliaryTag = new RegExp(
  `${tagStart}\\s*(?:${openers})(?:n?'t|\\s+not)?\\s+(?:${askVocabulary.questionTagSubjects.join('|')})\\s*\\?*\\s*$`,
  'i',
);
// A closing ", right?" asks whether the statement, negation and all, is right.
const wordTag = new RegExp(`${tagStart}\\s*(?:${askVocabulary.questionTagWords.join('|')})\\s*\\?*\\s*$`, 'i');
const openingNegation = new RegExp(`(^|[.!?;:]\\s+)([^\\p{L}]*(?:${openers}))n?'t\\b`, 'giu');

/** Whether a statement ends in a tag that makes it a yes-or-no question ("…, isn't it?", "…, right?"). */
export function endsWithQuestionTag(text: string): boolean {
  const plain = text.replace(/[\u2018\u2019]/g, "'");
  return auxiliaryTag.test(plain) || wordTag.test(plain);
}

// Sentences, or a clause before a spaced dash, that set the scene before a question asking on its own ("The cache never
// connects. Is X supported?", "jobs aren't running — do they need X?") deny nothing the question asks; one pointing
// back ("… Is that right?", "… Is it true?") asks about them, so they stay.
const sceneSentences = new RegExp(
  `^[^?]*?(?:[.!]|\\s[\u2014\u2013-])\\s+(?=(?:${openers})(?:n't)?\\s+(?!(?:that|this|those|these)\\b|it\\s+(?:really\\s+)?(?:true|right|correct|accurate|so)\\b)[^.!?]*\\?\\s*$)`,
  'i',
);

/**
 * Whether a question asks about the negation of what it names ("is it not needed?"). An auxiliary's own "n't" ("isn't
 * it needed?", "can't I …?") and a closing tag ("…, isn't it?") ask whether the plain claim holds, as "yes" and "no"
 * answer it in English.
 */
export function isQuestionNegated(question: string): boolean {
  // Stryker disable next-line StringLiteral: any text put in place of the scene that holds no negation reads the same.
  const plain = question.replace(/[\u2018\u2019]/g, "'").replace(sceneSentences, '');
  if (auxiliaryTag.test(plain)) return false;
  // Stryker disable next-line StringLiteral: a tag or an opener's n't dropped whole leaves the same negation words as one rewritten, so isNegated reads them alike.
  return isNegated(plain.replace(wordTag, '?').replace(consequence, '?').replace(openingNegation, '$1$2'));
}

/**
 * A closing clause of what the asker infers ("…, so we don't need Y?", "… so there's nothing to keep"): the claim asked
 * about is the one before it. Without a comma only a "so" opening a clause of its own counts ("so much" does not).
 */
const consequence =
  /(?:,\s*(?:so(?:\s+that)?|which\s+means|meaning)\s+[^,;.?]*|\s+so\s+(?=(?:there|it|we|i|you|they|nothing|no)\b)[^;.?]*)\?*\s*$/i;

/** A text without the conditions that close its clauses ("restart it when it does not respond"). */
function dropClosingConditions(text: string): string {
  // A condition word after the first word of a clause starts a closing condition; at the start it opens one.
  return text.replace(/[^,;.]+/g, (clause) => {
    const at = clause.search(/(?<=\S\s+)\b(?:if|unless|when|whether)\b/i);
    return at === -1 ? clause : clause.slice(0, at);
  });
}

/**
 * The one clause of a question that names every word of a value ("the cache keeps mode X" of "…, modes Y and Z are
 * ruled out, right?", or of "… mode X (no Y)?"), whose negation alone says whether the value is claimed; the whole
 * question otherwise.
 */
function pickNamingClause(questionText: string, value: string): string {
  const valueTokens = tokenizeText(value).filter((token) => /\p{L}/u.test(token));
  const clauses = questionText.split(/[,;:()]/);
  const naming = clauses.filter((clause) => {
    const words = new Set(tokenizeText(clause));
    return valueTokens.every((token) => words.has(token));
  });
  return naming.length === 1 && clauses.length > 1 ? (naming[0] ?? questionText) : questionText;
}

/** A setting fact's "name = value (status)" head, and the rest of its text. */
const settingHead = /^(.+?)\s=\s(.+?)\s\((?:required|recommended|default|example)\)/;

/** Whether a question names a setting's value, every word of it, and at least one word of the setting's name. */
function namesSettingValue(asked: ReadonlySet<string>, name: string, value: string): boolean {
  const valueTokens = tokenizeText(value).filter((token) => /\p{L}/u.test(token));
  return valueTokens.length > 0 && valueTokens.every((token) => asked.has(token)) && tokenizeText(name).some((token) => asked.has(token));
}

/** The on/off state a fact gives: a switch setting's value ("x.enabled = false"), or "off by default" in its text. */
function readState(fact: IndexedFact, asksDefault: boolean): 'on' | 'off' | null {
  const value = fact.attribute === 'setting' ? settingHead.exec(fact.text)?.[2] : undefined;
  const tokens = value ? tokenizeText(value) : [];
  const [token] = tokens;
  if (tokens.length === 1 && token) return onStates.has(token) ? 'on' : offStates.has(token) ? 'off' : null;
  const byDefault = asksDefault ? /\b(on|off|enabled|disabled|true|false)\s+by\s+default\b/i.exec(fact.text)?.[1] : undefined;
  if (!byDefault) return null;
  const [state] = tokenizeText(byDefault);
  // The pattern only captures on and off words, so a word that is not on is off.
  return state && onStates.has(state) ? 'on' : 'off';
}

/** "Set 3 for a high-availability cluster": the value a setting's text advises and what that value is for. */
const advice = /\bset\s+(?:it\s+)?(?:to\s+)?([\w.-]+)\s+(?:for|to\s+get|to\s+have)\s+([^.;]+)/i;

/**
 * "Does it run highly available by default?" of "clusterSize = 1 (default): … set 3 for a high-availability cluster":
 * true when the default differs from the value the setting's text advises for what the question asks (so the default
 * does not give it), false when it is that value, null when the setting advises nothing the question names.
 */
function judgeDefaultAgainstAdvice(fact: IndexedFact, described: ReadonlySet<string>): boolean | null {
  const head = settingHead.exec(fact.text);
  if (!head || !/\(default\)/.test(head[0])) return null;
  const advised = advice.exec(fact.text.slice(head[0].length));
  if (!advised) return null;
  const purpose = tokenizeText(advised[2] ?? '').filter((token) => !stopwords.has(token) && !fact.subjectTokens.has(token));
  if (!purpose.some((token) => described.has(token))) return null;
  return (head[2] ?? '').trim() !== advised[1];
}

/** Whether two token sets stand on opposite sides of an antonym pair (one holds a word, the other its opposite). */
function areOpposed(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  // Stryker disable next-line MethodExpression: every antonym word reads as one token, so "some" and "every" agree.
  const has = (set: ReadonlySet<string>, words: ReadonlySet<string>) => [...words].some((token) => set.has(token));
  return antonyms.some(
    ([x, y]) => (has(a, x) && !has(a, y) && has(b, y) && !has(b, x)) || (has(a, y) && !has(a, x) && has(b, x) && !has(b, y)),
  );
}

/**
 * The question's words without its counts when all of them count copies of a part and all the fact's count other things,
 * or the other way round ("survive losing a single pod" against "spread over several zones"): they oppose nothing.
 */
function dropOtherCounts(questionTokens: readonly string[], described: ReadonlySet<string>, factText: string): Set<string> {
  const factTokens = tokenizeText(factText);
  // Whether each count in the tokens counts copies of a part ("two pods") rather than anything else ("several zones").
  const countsCopies = (tokens: readonly string[], counts: (token: string) => boolean) =>
    new Set(
      tokens.flatMap((token, at) =>
        counts(token)
          ? [
              tokens
                .slice(at + 1)
                .filter((next) => !stopwords.has(next))
                .slice(0, 3)
                .some((next) => copyNouns.has(next)),
            ]
          : [],
      ),
    );
  const stated = countsCopies(factTokens, (token) => quantities.has(token));
  const asked = countsCopies(questionTokens, (token) => quantities.has(token));
  const apart = asked.size === 1 && stated.size === 1 && [...asked][0] !== [...stated][0];
  return new Set([...described].filter((token) => !apart || !quantities.has(token)));
}

/** How many words before an opposite word's determiner a negated verb may stand ("not rely on a public …"). */
const NEGATED_VERB_REACH = 5;

/**
 * Whether a fact writes "not" or "never" right before each of its words opposed to the question's ("is not shared"), or
 * before the verb taking it as object ("do not rely on a public registry").
 */
function negatesOpposite(text: string, asked: ReadonlySet<string>, stated: ReadonlySet<string>): boolean {
  const opposed = antonyms.flatMap(([x, y]) => [
    // Stryker disable next-line MethodExpression: every antonym word reads as one token, so "some" and "every" agree.
    ...([...x].some((token) => asked.has(token)) ? [...y].filter((token) => stated.has(token)) : []),
    // Stryker disable next-line MethodExpression: every antonym word reads as one token, so "some" and "every" agree.
    ...([...y].some((token) => asked.has(token)) ? [...x].filter((token) => stated.has(token)) : []),
  ]);
  // Stryker disable next-line StringLiteral: a word before the first is missing, and any stand-in that is not a negator fails the test alike.
  const negator = (word: string | undefined) => /^(?:not|never|cannot|t)$/.test(word ?? '');
  // "not", "never", "cannot", or the "t" a split leaves of "isn't" and "can't", before the word or before "be" and it;
  // or before the verb whose object the word describes ("do not rely on a public X"), in the same clause.
  const negatedIn = (written: readonly string[], at: number) =>
    // Stryker disable next-line StringLiteral: a word before the first is missing, and any stand-in that is not a form of "be" fails the test alike.
    negator(written[at - 1]) ||
    (/^(?:be|been|being|is|are)$/.test(written[at - 1] ?? '') && negator(written[at - 2])) ||
    (determiners.has(written[at - 1] ?? '') && negatesVerbBefore(written.slice(Math.max(0, at - NEGATED_VERB_REACH), at - 1)));
  // A negator among the words before, with no "but", "and" or "or" turning to another verb.
  const negatesVerbBefore = (words: readonly string[]) => words.some(negator) && !words.some((word) => /^(?:but|and|or)$/.test(word));
  const clauses = text
    .toLowerCase()
    .split(/[,;:.()]/)
    .map((clause) => clause.split(/[^\p{L}\d]+/u));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: judgePolarity calls this only once areOpposed found an opposite word in the fact, so the list is never empty.
  return (
    opposed.length > 0 &&
    opposed.every((token) =>
      clauses.some((written) => written.some((word, at) => tokenizeText(word).includes(token) && negatedIn(written, at))),
    )
  );
}

/** Whether the situation a question describes meets a stated condition, contradicts it, or says nothing about it. */
export type ConditionMatch = 'holds' | 'fails' | 'unknown';

/** Compares the question's own words with a condition ("when several instances run"): opposite words fail it, shared words meet it. */
// Stryker disable next-line StringLiteral: callers without a question's text pass none, and a stand-in text names no condition's words, so no scene clause counts.
export function judgeCondition(questionTokens: readonly string[], condition: string, questionText = ''): ConditionMatch {
  const asked = new Set(questionTokens);
  const stated = new Set(tokenizeText(condition));
  if (areOpposed(asked, stated)) return 'fails';
  if (!questionTokens.some((token) => stated.has(token))) return 'unknown';
  // "We won't offer profile images. Do we need the store?" against "once profile images are enabled": the scene that
  // names the condition's words denies it.
  const content = [...stated].filter((token) => !stopwords.has(token));
  const naming = readSceneClauses(questionText).filter((clause) => tokenizeText(clause).some((token) => content.includes(token)));
  // "Not needed when the backend checks tokens itself" negates the need, not the situation after "when".
  if (naming.length === 0 || /\bunless\b/i.test(condition)) return 'holds';
  // A remark in brackets ("(the other page lists it without this condition)") is about the sources, not the situation.
  const plain = condition.replace(/\([^)]*\)/g, '');
  // The situation runs from the first "when" to the end, over line breaks too ("s"), so the first "when" is the one read.
  // Stryker disable next-line Regex: with "s" a greedy (.*) runs to the end of the condition with or without the $.
  const situation = /\b(?:if|when|whenever|once|while)\b(.*)$/is.exec(plain)?.[1] ?? plain;
  return naming.every((clause) => isNegated(clause) !== isNegated(situation)) ? 'fails' : 'holds';
}

/** The statements and the conditions of a question, which set its scene ("We won't use X. Do we …?", "if X stays off, …"). */
function readSceneClauses(questionText: string): string[] {
  // Stryker disable next-line Regex,MethodExpression: a split on one space, a piece of punctuation alone or an untrimmed sentence only add pieces that share no word with a condition or end the same way.
  const statements = questionText.split(/(?<=[.!?])\s+/).filter((sentence) => /\p{L}/u.test(sentence) && !sentence.trim().endsWith('?'));
  // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never read.
  const conditions = [...questionText.matchAll(/\b(?:if|when|since|because|as\s+long\s+as)\b([^,;.?!]+)/gi)].map((match) => match[1] ?? '');
  return [...statements, ...conditions];
}

/**
 * The content words of the last sentence of a question of several ("… Is that recommended?"), which says what is asked
 * of the scene before it; empty for a question of one sentence.
 */
export function readAskingTokens(questionText: string): ReadonlySet<string> {
  // Stryker disable next-line Regex: the lookbehind allows one split per run of spaces either way; the rest of the run only leads the next sentence, which tokenizing ignores.
  const sentences = questionText.split(/(?<=[.!?])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
  // Stryker disable next-line StringLiteral: with two sentences or more there is a last one, so the fallback is never read.
  return sentences.length > 1 ? new Set(tokenizeText(sentences.at(-1) ?? '').filter((token) => !stopwords.has(token))) : new Set();
}

/** archkb's words for what a source leaves unsaid ("The source does not say how …"). */
const sourceSilence = /\b(?:sources?|vendor|documents?|text|guide|page)\s+(?:does|do)\s+not\s+(?:say|state|give|name|tell)\b/i;

/**
 * The sentence of a fact that shares the most words with the question: a "not" in another sentence of a long fact
 * ("… which one is not said") does not negate the sentence that answers.
 */
export function pickClause(text: string, asked: ReadonlySet<string>, asking: ReadonlySet<string> = new Set()): string {
  const sentences = text.split(/(?<=[.;!?])\s+/).filter((sentence) => sentence.length > 0);
  if (sentences.length < 2) return text;
  let best = text;
  let most = -1;
  // "The source does not say how …" tells what archkb could not find; it neither grants nor denies what is asked.
  const spoken = sentences.filter((sentence) => !sourceSilence.test(sentence));
  for (const sentence of spoken.length > 0 ? spoken : sentences) {
    // Stopwords ("it", "the") say nothing about which clause the question is about.
    const words = new Set(tokenizeText(sentence).filter((token) => !stopwords.has(token)));
    // Words of the asking sentence decide first, the rest of the question breaks ties: "It runs in one container. Is that
    // recommended?" is about recommending, however much the fact's other sentence says of containers.
    const shared = [...words].filter((token) => asking.has(token)).length * 1000 + [...words].filter((token) => asked.has(token)).length;
    if (shared > most) {
      best = sentence;
      most = shared;
    }
  }
  return best;
}

/**
 * How a rule against one version ("Compose V1 is not supported; Compose v2 is") answers a question about another: by
 * the clause that names the version asked, when the rule has one; null when the rule names the asked version itself,
 * names none of the question's, or says nothing of the one asked.
 */
function judgeOtherVersion(questionText: string, fact: IndexedFact): Polarity | null {
  const asked = readVersionMentions(questionText);
  // Stryker disable next-line StringLiteral: a split always gives a first part, so the fallback is never read.
  const ruled = readVersionMentions(fact.text.split(/(?<=\.)\s/)[0] ?? '');
  const other = asked.find(
    ({ token, number }) => ruled.some((r) => r.token === token) && !ruled.some((r) => r.token === token && r.number === number),
  );
  if (!other) return null;
  // Sentences end at a full stop before a space; the stop inside "1.0" ends none.
  const clause = fact.text
    .split(
      // Stryker disable next-line Regex: a full stop kept at the very end or spaces kept at a clause's start change no version read and no negation.
      /;\s*|\.(?:\s+|$)/,
    )
    .find((part) => readVersionMentions(part).some(({ token, number }) => token === other.token && number === other.number));
  if (!clause) return null;
  return { verdict: isNegated(clause) === isQuestionNegated(questionText) ? 'Yes' : 'No', rule: 'other-version' };
}

/** Words by which a fact demands what it names: "must support HTTP/2", "requires Frob 3". */
const demandWords = canonical(askVocabulary.demandWords);

/**
 * "Our proxy only speaks HTTP/1.1 — can it sit in front?" against "the proxy must support HTTP/2": a version the question
 * gives of a thing the fact demands in another version answers no (yes when the question is negated); null when the
 * fact demands nothing, names no version of the thing or names the version asked.
 */
function judgeRequiredVersion(questionText: string, fact: IndexedFact): Polarity | null {
  if (!fact.tokens.some((token) => demandWords.has(token)) || !namesOtherVersion(questionText, fact.text)) return null;
  return { verdict: isQuestionNegated(questionText) ? 'Yes' : 'No', rule: 'required-version' };
}

const ownershipWords = canonical(askVocabulary.ownershipWords);

/**
 * What an incompatibility fact rules out, read from its opening "Not supported: X." or "Not supported: X other than
 * Y.": the kind X and the exception Y, if any; null for a text that does not open so.
 */
export function readRuledOut(text: string): { kind: string; exception?: string } | null {
  const what = /^Not supported: ([^.]+)\./.exec(text)?.[1];
  if (what === undefined) return null;
  const [kind = '', exception] = what.split(/\s+other\s+than\s+/i);
  return exception === undefined ? { kind } : { kind, exception };
}

/**
 * Whether a question names the exception of a rule "X other than Y": a word of Y that is not the subject's name, or,
 * when Y is the vendor's own build, a word naming one ("its own image", "the custom image"); never a question setting
 * something apart ("an image other than its own").
 */
export function namesException(exception: string, asked: ReadonlySet<string>, subject: ReadonlySet<string>): boolean {
  // "An image other than its own" names the exception only to set it apart.
  if ([...asked].some((token) => exclusive.has(token))) return false;
  const words = tokenizeText(exception).filter((token) => !subject.has(token));
  return (
    words.some((token) => !stopwords.has(token) && asked.has(token)) ||
    (words.some((token) => ownershipWords.has(token)) && [...asked].some((token) => ownershipWords.has(token)))
  );
}

/** A yes or no, with the rule that decided it, for the reader and the tests. */
export interface Polarity {
  verdict: 'Yes' | 'No';
  rule:
    | 'setting'
    | 'state-outcome'
    | 'antonym'
    | 'drawback'
    | 'instead'
    | 'ruled-out'
    | 'exclusive'
    | 'exception'
    | 'required-value'
    | 'other-version'
    | 'required-version'
    | 'negation';
}

// "Only the custom image is supported": the restricting word, the kind's modifiers and the thing they modify.
const onlyKind = new RegExp(
  `\\b(?:${askVocabulary.restrictionCues.join('|')})\\s+(?:the\\s+|an?\\s+)?((?:[\\p{L}\\d.-]+\\s+){1,3})([\\p{L}\\d.-]+)\\s+(?:is|are)\\s+(?:${askVocabulary.permissionWords.join('|')})\\b`,
  'iu',
);

/**
 * "Can we use the upstream image?" against "only the custom image is supported": the words the question puts before
 * the same thing name another kind of it (no) or the kind allowed (yes). The fact's own subject words ("the cache
 * image") name neither. Null when the fact restricts nothing or the question names no kind of what it restricts.
 */
function judgeOtherKind(questionTokens: readonly string[], fact: IndexedFact): Polarity | null {
  const restricted = onlyKind.exec(fact.text);
  if (!restricted) return null;
  // The words before the thing stop at the first stopword, so a stopword among the allowed ones is never compared.
  // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallback is never read.
  const allowed = new Set(tokenizeText(restricted[1] ?? ''));
  // A thing that is no word (-1) or the question's first word (0) leaves no modifier, so no separate guard is needed.
  // Stryker disable next-line StringLiteral: both groups take part in every match, and no token holds a space, so the fallback never matches.
  const at = questionTokens.lastIndexOf(tokenizeText(restricted[2] ?? '').at(-1) ?? '');
  const modifiers: string[] = [];
  for (let i = at - 1; i >= 0 && modifiers.length < 3; i--) {
    // Stryker disable next-line StringLiteral: the loop keeps i inside the list, so the fallback is never read.
    const token = questionTokens[i] ?? '';
    if (stopwords.has(token)) break;
    modifiers.push(token);
  }
  const named = modifiers.filter((token) => !fact.subjectTokens.has(token));
  if (named.length === 0) return null;
  if (named.every((token) => allowed.has(token))) return { verdict: 'Yes', rule: 'exclusive' };
  return named.some((token) => allowed.has(token)) ? null : { verdict: 'No', rule: 'exclusive' };
}

// "Only the store must be kept": the restricting word, the thing it singles out and the verb said of it alone.
const onlyClaim = new RegExp(
  `\\b(?:${askVocabulary.restrictionCues.join('|')})\\s+(?:the\\s+|an?\\s+|its\\s+|our\\s+)?((?:[\\p{L}\\d.-]+\\s+){0,2}?[\\p{L}\\d.-]+)\\s+(?:${askVocabulary.obligationPhrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`,
  'iu',
);

/**
 * "So only the store must be saved?" against "the worker needs no backup job": a fact that denies the need of
 * something other than the one singled out agrees with the claim (yes). Null when the question singles nothing out,
 * or the fact names the one singled out or denies nothing.
 */
function judgeOnlyClaim(questionText: string, fact: IndexedFact, asked: ReadonlySet<string>): Polarity | null {
  const singled = onlyClaim.exec(questionText)?.[1];
  if (!singled) return null;
  const named = tokenizeText(singled).filter((token) => !stopwords.has(token));
  const clause = pickClause(fact.text, asked, readAskingTokens(questionText));
  const said = new Set([...tokenizeText(clause), ...fact.subjectTokens]);
  if (named.length === 0 || named.some((token) => said.has(token)) || !isNegated(clause)) return null;
  return { verdict: 'Yes', rule: 'exclusive' };
}

/** "Held only in X": the restricting word, the place's preposition and the one name it singles out. */
const solePlace = new RegExp(
  `\\b(?:${askVocabulary.restrictionCues.join('|')})\\s+(in|on|into|to|from|by)\\s+(?:the\\s+|an?\\s+)?([\\p{L}\\d][\\p{L}\\d.-]*)`,
  'iu',
);

/**
 * "Are schedules held only in X?" against "saving one writes it in Y and queues a job in X": a fact naming the one singled
 * out and, after the same preposition, another name the question never uses denies that it is the only one (no).
 */
function judgeSolePlace(questionText: string, fact: IndexedFact): Polarity | null {
  const sole = solePlace.exec(questionText);
  if (!sole?.[1] || !sole[2]) return null;
  const asked = new Set(tokenizeText(questionText));
  const places = [...fact.text.matchAll(new RegExp(`\\b${sole[1]}\\s+(?:the\\s+|an?\\s+)?(\\p{Lu}[\\p{L}\\d.-]*)`, 'giu'))].map((match) =>
    // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never read.
    tokenizeText(match[1] ?? ''),
  );
  const singled = tokenizeText(sole[2]);
  if (!places.some((tokens) => singled.every((token) => tokens.includes(token)))) return null;
  // A place the question names even in part ("the ledger" of "Ledger-Base") is no other place.
  return places.some((tokens) => tokens.every((token) => !asked.has(token))) ? { verdict: 'No', rule: 'exclusive' } : null;
}

/** "A instead of B" (or "rather than", "in place of"): up to three words before it, and what follows it to a stop. */
const insteadPattern = /((?:[\p{L}\d.-]+\s+){0,2}[\p{L}\d.-]+)\s+(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+([^;.,?!]+)/iu;

/**
 * "Change only for an external store such as S3" asked "can it use an external store instead?": what the fact restricts
 * itself to is what the question asks for, so the restriction agrees rather than excludes.
 */
function restrictsToAsked(fact: IndexedFact, asked: ReadonlySet<string>): boolean {
  return [...fact.text.matchAll(restrictedPhrase)].some((match) => {
    const words = tokenizeText(match[1] ?? '')
      .filter((word) => !stopwords.has(word) && !fact.subjectTokens.has(word))
      .slice(0, RESTRICTED_WORDS);
    return words.length > 0 && words.filter((word) => asked.has(word)).length * 2 > words.length;
  });
}

/**
 * A restricting word and the case it restricts to ("only for an external store"), up to the clause's end or a
 * parenthesis; "its only provider" restricts to something named elsewhere.
 */
const restrictedPhrase = new RegExp(
  `\\b(?:${askVocabulary.restrictionCues.join('|')})\\s+((?:${askVocabulary.restrictionCaseWords.join('|')})\\b[^().;,]*)`,
  'giu',
);

/** How many words after a restricting word say what it restricts to. */
const RESTRICTED_WORDS = 4;

const several = canonical(askVocabulary.severalCues.filter((word) => word !== 'other'));
// The second item may follow a small word or two ("A and also B").
const coordination = /([\p{L}\d.-]+)\s+(?:and|or|plus|as\s+well\s+as)\s+((?:[\p{L}\d][\p{L}\d.-]*\s+){0,2}[\p{L}\d][\p{L}\d.-]*)/giu;

/**
 * "Does it talk exclusively through A?" against "it talks over A and B", and "can it drive several providers?" against
 * "A is its only provider": a claim that one thing alone serves, met by a fact naming it beside another the question
 * leaves out, or a claim of several met by a fact that names only one, is a no. Null when neither claim is made.
 */
function judgeRestrictedClaim(questionTokens: readonly string[], fact: IndexedFact): Polarity | null {
  const asked = new Set(questionTokens);
  const after = (at: number) =>
    new Set(
      questionTokens
        .slice(at + 1)
        .filter((token) => !stopwords.has(token))
        .slice(0, 3),
    );
  const many = questionTokens.findIndex((token) => several.has(token));
  if (many >= 0) {
    // A clause stating what the question counts ("providers") that names one only denies the several.
    const counted = after(many);
    // Stryker disable next-line Regex: a split on one space splits at the same stops, and the spaces left leading a clause are no token.
    const clauses = fact.text.split(/[;.]\s+/).map((clause) => new Set(tokenizeText(clause)));
    const namesOne = (tokens: ReadonlySet<string>) =>
      [...tokens].some((token) => counted.has(token) && !fact.subjectTokens.has(token)) &&
      [...tokens].some((token) => restriction.has(token)) &&
      ![...tokens].some((token) => several.has(token));
    return clauses.some(namesOne) ? { verdict: 'No', rule: 'exclusive' } : null;
  }
  const at = questionTokens.findIndex((token) => restriction.has(token));
  if (at < 0) return null;
  // A closing "only" ("over plain A only?") singles out the words before it.
  const before = new Set(
    questionTokens
      .slice(0, at)
      .filter((token) => !stopwords.has(token))
      .slice(-2),
  );
  const singled = after(at).size > 0 ? after(at) : before;
  // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallback is never read.
  for (const [, left = '', right = ''] of fact.text.matchAll(coordination)) {
    const [a = '', b = ''] = [tokenizeText(left).at(-1), tokenizeText(right).find((token) => !stopwords.has(token))];
    const other = singled.has(a) ? b : singled.has(b) ? a : null;
    if (other && !stopwords.has(other) && !asked.has(other)) return { verdict: 'No', rule: 'exclusive' };
  }
  return null;
}

/**
 * Whether a fact answers a yes/no question with yes or no. In order: a switch setting's value against the state asked
 * ("enabled by default?" — "= false"); a pair of opposite words between question and fact ("the same?" — "different");
 * a fact that holds "only when" a condition the question contradicts; an exclusive question met by a restricting fact
 * ("a different image?" — "only the custom image"); else whether the question and the fact agree in negation.
 */
export function judgePolarity(questionText: string, questionTokens: readonly string[], fact: IndexedFact): Polarity {
  // "Can we pull from A instead of running B?" of a fact that weighs no such choice asks whether A will do: what it
  // replaces is no part of the claim (a fact recommending B speaks of B, not for A). A fact restricting itself ("only
  // for an external store") answers the exclusive question as asked.
  const replacing = insteadPattern.exec(questionText);
  if (replacing && !insteadPattern.test(fact.text) && !tokenizeText(fact.text).some((token) => restriction.has(token))) {
    const kept = questionText.replace(replacing[0], replacing[1] ?? '');
    const keptTokens = new Set(tokenizeText(kept));
    return judgePolarity(
      kept,
      questionTokens.filter((token) => keptTokens.has(token)),
      fact,
    );
  }
  const outcome = judgeStateOutcome(questionText, fact) ?? judgeKindOutcome(questionText, fact);
  if (outcome) return outcome;
  const asked = new Set(questionTokens);
  // A setting's name and value say what it is; the opposite words that decide sit in what follows ("turn it off if …").
  const head = settingHead.exec(fact.text);
  const stated = head ? new Set(tokenizeText(fact.text.slice(head[0].length))) : readFactWords(fact);
  // "Separate?" against "is not shared": a fact that negates the opposite word agrees with the question (a yes). The words
  // naming the fact's own part ("private" of "Private registry") name it, and oppose nothing it says.
  const described = dropOtherCounts(questionTokens, new Set([...asked].filter((token) => !fact.subjectTokens.has(token))), fact.text);
  if (areOpposed(described, stated)) return { verdict: negatesOpposite(fact.text, described, stated) ? 'Yes' : 'No', rule: 'antonym' };
  // "Is there any downside to X?": a stated limitation or warning is the downside, though its sentence says "no total".
  const asksDrawback = [...asked].some((token) => drawbacks.has(token)) && [...asked].some((token) => existenceOpeners.has(token));
  if (
    asksDrawback &&
    fact.attribute === 'note' &&
    (fact.kind === 'limitation' || fact.kind === 'warning') &&
    !isQuestionNegated(questionText)
  )
    return { verdict: 'Yes', rule: 'drawback' };
  // "Works only when they share a container" fails for a question about separate containers.
  const only = /\bonly (?:when|if|while|as long as) ([^;.]+)/i.exec(fact.text)?.[1];
  if (only && judgeCondition(questionTokens, only) === 'fails') return { verdict: 'No', rule: 'antonym' };
  // "Recommends Kubernetes instead of a single container": asked about the one replaced, no; about the one preferred, yes.
  // A question whether the replaced one exists ("does it come with a bundled one?") is not answered by the preference.
  // Stryker disable next-line Regex: spaces after "instead of" beyond the first only lead the words replaced, which tokenizing ignores.
  const instead = insteadPattern.exec(fact.text);
  if (instead && ![...asked].some((token) => existence.has(token))) {
    const words = (text: string) => tokenizeText(text).filter((token) => !stopwords.has(token));
    // The thing preferred is the last word before "instead of" ("on Kubernetes"); the words before it set the scene.
    // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallback is never read.
    const preferred = words(instead[1] ?? '').slice(-1);
    // Stryker disable next-line StringLiteral: both groups take part in every match, so the fallback is never read.
    const replaced = words(instead[2] ?? '');
    // "Can it use ours instead of the default X?" of "may use an external one instead of the default X": the question
    // replaces what the fact replaces, so it asks of the fact's choice whatever it calls it; replacing the choice, no.
    const askedReplaced = words(insteadPattern.exec(questionText)?.[2] ?? '');
    if (askedReplaced.some((token) => preferred.includes(token))) return { verdict: 'No', rule: 'instead' };
    if (askedReplaced.some((token) => replaced.includes(token))) return { verdict: 'Yes', rule: 'instead' };
    const asksReplaced = replaced.some((token) => asked.has(token) && !preferred.includes(token));
    const asksPreferred = preferred.some((token) => asked.has(token) && !replaced.includes(token));
    if (asksReplaced !== asksPreferred) return { verdict: asksPreferred ? 'Yes' : 'No', rule: 'instead' };
  }
  const state = readState(fact, asked.has('default'));
  // A digit in the question is a count ("with 1 replica") and "yes" or "no" the answer it asks for, not a state asked about.
  // "TLS on the cache link" places TLS: a state word before a determiner is a preposition.
  const asksOn = questionTokens.some(
    // Stryker disable next-line StringLiteral: after the last word no determiner follows, whatever the fallback.
    (token, at) => onStates.has(token) && isStateWord(token) && !determiners.has(questionTokens[at + 1] ?? ''),
  );
  const asksOff = [...asked].some((token) => offStates.has(token) && isStateWord(token));
  if (state && asksOn !== asksOff) return { verdict: (state === 'on') === asksOn ? 'Yes' : 'No', rule: 'setting' };
  // "Is TLS to the cache optional?" of a switch off by default: a deployment runs without it until it is turned on.
  if (state === 'off' && head?.[0].endsWith('(default)') && [...asked].some((token) => optionalWords.has(token)))
    return { verdict: isQuestionNegated(questionText) ? 'No' : 'Yes', rule: 'setting' };
  const movedFrom = asked.has('default') ? judgeDefaultAgainstAdvice(fact, described) : null;
  if (movedFrom !== null) return { verdict: movedFrom === isQuestionNegated(questionText) ? 'Yes' : 'No', rule: 'setting' };
  if (
    [...asked].some((token) => exclusive.has(token)) &&
    [...stated].some((token) => restriction.has(token)) &&
    !restrictsToAsked(fact, asked)
  )
    return { verdict: 'No', rule: 'exclusive' };
  const kind = judgeOtherKind(questionTokens, fact);
  if (kind) return kind;
  // Stryker disable next-line StringLiteral: the setting head always captures a value, so the fallback is never read.
  if (head && /\(required\)/.test(head[0]) && asksOtherVersion(questionTokens, head[2] ?? ''))
    return { verdict: 'No', rule: 'required-value' };
  // "Must it use maxmemory-policy noeviction?" of "maxmemory-policy = noeviction (required): … never to evict keys": the
  // question names the required value itself, so the words after it explain the value, not deny the claim.
  if (head && /\(required\)/.test(head[0]) && namesSettingValue(asked, head[1] ?? '', head[2] ?? ''))
    return { verdict: isQuestionNegated(pickNamingClause(questionText, head[2] ?? '')) ? 'No' : 'Yes', rule: 'required-value' };
  // "Not supported: X images other than its own" asked about its own image: the exception is what is supported.
  const exception = fact.attribute === 'incompatibility' ? readRuledOut(fact.text)?.exception : undefined;
  if (exception && namesException(exception, asked, fact.subjectTokens))
    return { verdict: isQuestionNegated(questionText) ? 'No' : 'Yes', rule: 'exception' };
  const otherVersion = fact.attribute === 'incompatibility' ? judgeOtherVersion(questionText, fact) : null;
  if (otherVersion) return otherVersion;
  const required = judgeRequiredVersion(questionText, fact);
  if (required) return required;
  const othersExcluded = judgeOnlyClaim(questionText, fact, asked) ?? judgeSolePlace(questionText, fact);
  if (othersExcluded) return othersExcluded;
  const restricted = judgeRestrictedClaim(questionTokens, fact);
  if (restricted) return restricted;
  // A level's condition says when a part is needed ("clusters without internet access"): its words describe, not deny.
  // A loss denies as a negation does, and a negated loss ("without losing") keeps: "do I lose X?" of "X is kept".
  const picked = pickConsequencePart(pickClause(fact.text, asked, readAskingTokens(questionText)), questionText, fact);
  // "On a cluster with no internet access?" of "clusters without internet access": a lack both state names the case.
  const factLacks = readLacking(picked);
  const shared = new Set([...readLacking(questionText)].filter((token) => factLacks.has(token)));
  const clause = dropUnaskedRelatives(dropSharedLack(picked, shared), asked);
  const factNegates = fact.attribute === 'incompatibility' || (fact.attribute !== 'necessity' && isNegated(clause) !== isPrivative(clause));
  // "Carry over without recreating them?" of a fact that denies nothing: a "without" whose words the fact never uses adds
  // a manner, not a denial.
  const asking = dropUnheldRelatives(dropSharedLack(questionText, shared), readFactWords(fact));
  const claim = factNegates ? asking : dropUnheldWithout(asking, readFactWords(fact));
  const questionNegates = isQuestionNegated(claim) !== isPrivative(claim);
  return { verdict: factNegates === questionNegates ? 'Yes' : 'No', rule: 'negation' };
}

/** A fact's clause on what follows in one state ("with it off, jobs keep running"): the state word and the outcome. */
const stateOutcome =
  /\b(?:with|when|if|once|while)\s+(?:(?:it|they|them|this|that|these|those)\s+)?(?:(?:is|are)\s+)?(?:(?:turned|switched|set)\s+)?(\p{L}+)\s*,\s*([^;.]+)/iu;

/** A question's situation and what it asks in it: an opening condition ("if I turn X off, …") or the statements before its last sentence. */
function splitSituation(questionText: string): { situation: string; asking: string } | null {
  // A short label may come first ("P: if we turn X off, …").
  const opening = /^\s*(?:[^:?]{1,40}:\s*)?(?:if|when|once|suppose|say)\b([^,;?]*)[,;]\s*(?:then\s+)?(.*)$/is.exec(questionText);
  if (opening) return { situation: opening[1] ?? '', asking: opening[2] ?? '' };
  const sentences = questionText.split(/(?<=[.!])\s+/).filter((sentence) => /\p{L}/u.test(sentence));
  return sentences.length > 1 ? { situation: sentences.slice(0, -1).join(' '), asking: sentences.at(-1) ?? '' } : null;
}

/** Whether a switch word states a state: a digit is a count ("1 replica") and "yes" or "no" an answer, not a state. */
function isStateWord(token: string): boolean {
  return !/\d/.test(token) && token !== 'yes' && token !== 'no';
}

/** The state ("on" or "off") a text's switch words give, or null for none or both. */
function readSwitchState(text: string): 'on' | 'off' | null {
  const tokens = tokenizeText(text).filter(isStateWord);
  const on = tokens.some((token) => onStates.has(token));
  const off = tokens.some((token) => offStates.has(token));
  return on === off ? null : on ? 'on' : 'off';
}

/**
 * "If I turn X off, do jobs still run?" of "with it off, jobs keep running": the question sets the state the fact's
 * clause sets, so the outcome it asks about is judged against the fact's outcome, not against the default state.
 */
function judgeStateOutcome(questionText: string, fact: IndexedFact): Polarity | null {
  const stated = stateOutcome.exec(fact.text);
  const split = splitSituation(questionText);
  if (!stated || !split || readSwitchState(split.situation) === null) return null;
  if (readSwitchState(stated[1] ?? '') !== readSwitchState(split.situation)) return null;
  return judgeOutcome(split.asking, stated[2] ?? '', false);
}

/**
 * Whether the outcome a question asks agrees with the one a fact states for the situation, turned round when the
 * situation is the opposite of the fact's.
 */
function judgeOutcome(asking: string, result: string, turned: boolean): Polarity {
  const factNegates = isNegated(result) !== isPrivative(result);
  const questionNegates = isQuestionNegated(asking) !== isPrivative(asking);
  // "Do jobs stop?" of "jobs keep running": opposite words deny as a negation does.
  const opposed = areOpposed(new Set(tokenizeText(asking)), new Set(tokenizeText(result)));
  return { verdict: ((factNegates === questionNegates) !== opposed) !== turned ? 'Yes' : 'No', rule: 'state-outcome' };
}

/** A fact's clause on what follows with a kind of a part ("with a persistent cache, sessions survive"): the kind and the outcome. */
const kindOutcome = /\bwith\s+(?:a|an|the)\s+(\p{L}{4,})\s+\p{L}+\s*,\s*([^;.]+)/iu;

/**
 * "If it is not persistent, do sessions survive?" of "with a persistent cache, sessions survive": the question's situation
 * names the fact's kind, so the outcome it asks is judged against the fact's, turned round when the situation denies the
 * kind (the fact gives the outcome as what that kind brings).
 */
function judgeKindOutcome(questionText: string, fact: IndexedFact): Polarity | null {
  const stated = kindOutcome.exec(fact.text);
  // Only an opening condition sets the situation: a statement before the question may be a claim put to a check.
  const split = /^\s*(?:if|when|once|suppose)\b/i.test(questionText) ? splitSituation(questionText) : null;
  const kind = stated?.[1]?.toLowerCase() ?? '';
  if (!stated || !split || !new RegExp(`\\b(?:non-?\\s*)?${escapeRegExp(kind)}\\b`, 'i').test(split.situation)) return null;
  const denied = new RegExp(
    `(?:\\b(?:not|never|no)\\s+(?:\\p{L}+\\s+)?|n't\\s+(?:\\p{L}+\\s+)?|\\bnon-?\\s*)${escapeRegExp(kind)}\\b`,
    'iu',
  ).test(split.situation.replace(/[\u2018\u2019]/g, "'"));
  return judgeOutcome(split.asking, stated[2] ?? '', denied);
}

/** "Without" and up to three words it governs ("without recreating them"), up to a comma or the sentence's end. */
const withoutPhrase = /\bwithout((?:\s+[\p{L}'-]+){1,3})/giu;

/** A question without each "without" phrase none of whose words a fact uses, so only the denials the fact can judge stay. */
function dropUnheldWithout(questionText: string, factWords: ReadonlySet<string>): string {
  const held = (token: string) => factWords.has(token) || (token.length >= 4 && [...factWords].some((word) => word.startsWith(token)));
  return questionText.replace(withoutPhrase, (phrase: string, words: string) =>
    tokenizeText(words).some((token) => !stopwords.has(token) && held(token)) ? phrase : ' ',
  );
}

/** "No" or "without" and up to three words it governs ("with no internet access"). */
const lackPhrase = /\b(?:without|no)((?:\s+[\p{L}'-]+){1,3})/giu;

/** The content words a text says are lacking ("clusters without internet access": internet, access). */
function readLacking(text: string): Set<string> {
  // Stryker disable next-line StringLiteral: the group takes part in every match, so the fallback is never read.
  return new Set([...text.matchAll(lackPhrase)].flatMap((match) => tokenizeText(match[1] ?? '').filter((token) => !stopwords.has(token))));
}

/** A text whose lacks of the shared words keep their words but lose the word of lack, so they describe, not deny. */
function dropSharedLack(text: string, shared: ReadonlySet<string>): string {
  // Stryker disable next-line ConditionalExpression: with nothing shared every phrase is kept as it was; this only saves the pass.
  if (shared.size === 0) return text;
  return text.replace(lackPhrase, (phrase: string, words: string) =>
    tokenizeText(words).some((token) => shared.has(token)) ? words : phrase,
  );
}

const auxiliaries = askVocabulary.yesNoOpeners.filter((word) => /^\p{L}+$/u.test(word) && !/n$/.test(word)).join('|');
// "That" straight before an auxiliary is a relative pronoun, not "says that …", whose clause has a subject of its own.
const negatedRelative = new RegExp(`\\b(?:that|which|who)\\s+(?:never|(?:${auxiliaries})(?:n't|\\s+(?:not|never)))\\b[^,;.]*`, 'giu');

/**
 * A fact's clause without each negated relative clause none of whose words the question asks about: "stores sessions
 * and serves data that does not fit the caches" denies nothing of the sessions.
 */
function dropUnaskedRelatives(clause: string, asked: ReadonlySet<string>): string {
  return clause.replace(negatedRelative, (relative: string) =>
    tokenizeText(relative).some((token) => !stopwords.has(token) && asked.has(token)) ? relative : ' ',
  );
}

// "Files that you would miss after a restart": a relative clause with its own subject describes what is asked about.
const subjectRelative = new RegExp(
  `\\b(?:that|which)\\s+(?:${askVocabulary.questionTagSubjects.join('|')})(?:'d|'ll|\\s+(?:would|will|might|could|may))?\\s+[^,;.?]*`,
  'giu',
);

/** A question without each relative clause of its own subject none of whose words a fact uses, as with "without". */
function dropUnheldRelatives(questionText: string, factWords: ReadonlySet<string>): string {
  return questionText.replace(subjectRelative, (relative: string) =>
    tokenizeText(relative).some((token) => !stopwords.has(token) && factWords.has(token)) ? relative : ' ',
  );
}

/** A clause's closing consequence (", so it needs no backup"): the claim before it and what follows from it. */
const factConsequence = /,\s*(?:so(?:\s+that)?|which\s+means|meaning)\s+/i;

/**
 * "The gateway holds no state, so nothing of it is backed up": the part of a fact's clause the question asks about, the claim or
 * its consequence, by the content words each shares with the question (its own closing tag and consequence and the fact's
 * subject aside); the consequence on a tie, as it says what the claim means for the asker.
 */
function pickConsequencePart(clause: string, questionText: string, fact: IndexedFact): string {
  const at = clause.search(factConsequence);
  if (at === -1) return clause;
  const claim = clause.slice(0, at);
  const result = clause.slice(at).replace(factConsequence, '');
  const asked = new Set(
    // Stryker disable next-line StringLiteral: the tag only has to go; what stands in its place before the consequence is dropped too.
    tokenizeText(questionText.replace(wordTag, '?').replace(consequence, '')).filter(
      (token) => !stopwords.has(token) && !fact.subjectTokens.has(token),
    ),
  );
  const shared = (text: string) => new Set(tokenizeText(text).filter((token) => asked.has(token))).size;
  return shared(claim) > shared(result) ? claim : result;
}

const claimCues = canonical(askVocabulary.claimCues);
const boundCues = canonical(askVocabulary.boundCues);

/** The rates a text states ("1 vCPU per 15 password-based logins"): the figure after "per" and the word it counts. */
function readRates(text: string): { value: number; unit: string }[] {
  return [...text.toLowerCase().matchAll(/\bper\s+(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(\p{L}+)/gu)].map(([, digits = '', word = '']) => ({
    value: Number(digits.replace(/,/g, '')),
    unit: tokenizeText(word)[0] ?? word,
  }));
}

/**
 * Whether a rate offered to be confirmed ("1 vCPU per 30 logins, right?") is one a text states for the same thing:
 * "No" when the text states the thing's rate with another figure only, "Yes" when with this one, null when it states none.
 */
export function judgeClaimedRate(questionText: string, questionTokens: readonly string[], text: string): 'Yes' | 'No' | null {
  if (!offersClaim(questionTokens)) return null;
  const stated = readRates(text);
  let verdict: 'Yes' | 'No' | null = null;
  for (const claim of readRates(questionText)) {
    const same = stated.filter((rate) => rate.unit === claim.unit);
    if (same.length === 0) continue;
    if (!same.some((rate) => rate.value === claim.value)) return 'No';
    verdict = 'Yes';
  }
  return verdict;
}

/** Whether a question offers something to be confirmed ("Sales told us X. True?"), by its claim cues. */
export function offersClaim(questionTokens: readonly string[]): boolean {
  return questionTokens.some((token) => claimCues.has(token));
}

/** Size units in GiB, so "2048 MB" and "2 GB" state one figure. */
const sizeUnits: Record<string, number> = {
  kb: 1 / 1024 ** 2,
  kib: 1 / 1024 ** 2,
  mb: 1 / 1024,
  mib: 1 / 1024,
  gb: 1,
  gib: 1,
  tb: 1024,
  tib: 1024,
};

// A count written as a word ("three storage nodes") states a figure as its digits do, when a word follows it.
const figurePattern = new RegExp(
  `(?<![\\p{L}\\d.])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${Object.keys(askVocabulary.countWords).join('|')})(?=\\s+\\p{L}))\\s*(?:-(?=\\p{L}))?(%|[\\p{L}]+)?`,
  'gu',
);

/** Words for copies of a part, each one unit: "a 3-node cluster" and "3 replicas" count the same thing. */
const copyUnits = new Set(Object.values(copyKindNouns).map((noun) => noun.one));

/** The figures a text states, each with what it counts in one form ("150%", "2 GB", "3 replicas" give %, size, copies). */
export function readFigures(text: string): { value: number; unit: string }[] {
  const figures: { value: number; unit: string }[] = [];
  for (const match of text.toLowerCase().matchAll(figurePattern)) {
    // Stryker disable next-line StringLiteral: the figure's group takes part in every match, so its fallback is never read.
    const [, digits = '', word = ''] = match;
    const value = Object.hasOwn(askVocabulary.countWords, digits)
      ? (askVocabulary.countWords[digits] ?? 0)
      : Number(digits.replace(/,/g, ''));
    const unit =
      // Stryker disable next-line ConditionalExpression: a "%" missed here falls to the last branch, which keeps a word of two letters or fewer as written.
      word === '%' || word === 'percent'
        ? '%'
        : Object.hasOwn(sizeUnits, word)
          ? 'size'
          : // Stryker disable next-line Regex: "cpu" or "cpus" missed here falls to the plural trim below, which gives "cpu" as well.
            /^(?:v?cpus?|cores?)$/.test(word)
            ? 'cpu'
            : word.length > 2
              ? word.replace(/s$/, '')
              : word;
    if (unit.length < 2 && unit !== '%') continue;
    if (stopwords.has(unit) || stopwords.has(word)) continue;
    // A count of nodes, pods or replicas counts copies of a part, whichever word the vendor or the asker used.
    figures.push({ value: unit === 'size' ? value * (sizeUnits[word] ?? 1) : value, unit: copyUnits.has(unit) ? 'copies' : unit });
  }
  return figures;
}

/**
 * Whether a figure the asker offers to be confirmed ("I remember 100 % headroom, is that right?") is the one a fact
 * states in the same unit: "Yes" when it is, "No" when the fact states another, null when the question offers no
 * figure to confirm (or tests a bound, "is 4 GB enough?") or the fact states none in its unit, or a range holding it.
 */
export function judgeClaimedFigure(
  questionText: string,
  questionTokens: readonly string[],
  factText: string,
  // A computation's text lists figures of many parts, which bound no range.
  ranges = true,
  // Whether the question offers its figure as a claim; a cue word says so, or the caller knows it from the question's form.
  offered = offersClaim(questionTokens),
): 'Yes' | 'No' | null {
  if (!offered || questionTokens.some((token) => boundCues.has(token))) return null;
  const stated = readFigures(factText);
  let verdict: 'Yes' | 'No' | null = null;
  for (const claim of readFigures(questionText)) {
    const same = stated.filter((figure) => figure.unit === claim.unit).map((figure) => figure.value);
    if (same.length === 0) continue;
    if (same.some((value) => Math.abs(value - claim.value) <= 1e-6 * Math.max(1, value))) verdict ??= 'Yes';
    // A fact giving a range ("2 to 4 GB") holds any figure inside it.
    else if (
      ranges &&
      // Stryker disable next-line ConditionalExpression: one figure is its own minimum and maximum, so no claim lies strictly between them.
      same.length >= 2 &&
      // Stryker disable next-line EqualityOperator: a claim equal to the lowest figure is taken by the equality test above.
      claim.value > Math.min(...same) &&
      // Stryker disable next-line EqualityOperator: a claim equal to the highest figure is taken by the equality test above.
      claim.value < Math.max(...same)
    )
      continue;
    else return 'No';
  }
  return verdict;
}

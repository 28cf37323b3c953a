import type { Architecture } from '../../schemas/architecture.ts';
import { askCalibration, askVocabulary, categories, clouds, joinWords, resourceLabels, toVariantPath } from '../model/index.ts';
import { createAnswerContext, findIndexed, trimStop, writeFact, type AnswerContext } from './answer-context.ts';
import { answerCompare } from './answerers/compare.ts';
import { answerCompute } from './answerers/compute.ts';
import { asksSubset } from './compute/count-per-zone.ts';
import { answerExtreme } from './answerers/extreme.ts';
import { answerFilter } from './answerers/filter.ts';
import { answerCeilingCount, answerLookup } from './answerers/lookup.ts';
import { answerOutageEffect } from './answerers/outage.ts';
import { answerYesNo } from './answerers/yes-no.ts';
import { answerExceededLimit, asksTrouble } from './answerers/stated-limit.ts';
import { buildFactIndex, findCitingPage } from './build-fact-index.ts';
import {
  asksCopyCount,
  asksUnstatedLoad,
  asksVersion,
  isLoadWord,
  nameLoadWord,
  listDriverWords,
  findAbsence,
  asksCloudSize,
  findVersionSubject,
  namesCloudSize,
  statesCloudSize,
  findCopyNoun,
  offersCopyCount,
  isPluralCount,
  findResourceSilence,
  findUnheldAsked,
  findUnheldSetting,
  findUnheldSettingKind,
  findUnheldRole,
  listUnstatedResources,
  statesCountOf,
  countsThing,
  distributiveWords,
  findVagueCountOf,
  statesFigureOf,
  statesNoVersion,
  versionToken,
} from './find-absences.ts';
import {
  dropAsides,
  escapeRegExp,
  isQuantityUnit,
  listNameHeadWords,
  resourceWordOf,
  rewordQuestion,
  stopwords,
  tokenizeText,
} from './normalize-question.ts';
import {
  asksOfMissingProduct,
  asksOnlyAttribute,
  dropLeadingLabel,
  findAskingText,
  isBareCheck,
  namesHeldSetting,
  readQuestion,
  sceneOpeners,
  whatToken,
  whichToken,
  cloudTokens,
  writesVariantName,
} from './read-question.ts';
import { readLetter } from './read-letter.ts';
import { readSnippets } from './read-snippets.ts';
import { findDescribedPart } from './find-described-part.ts';
import { listVersionWords, statesVersionOf } from './read-versions.ts';
import { endsWithQuestionTag, isQuestionNegated, judgeClaimedFigure, judgeClaimedRate } from './judge-polarity.ts';
import { readConfidenceFeatures, scoreConfidence, type ConfidenceFeatures, type ConfidenceRoute } from './score-confidence.ts';
import { findAskedAttribute, listQueryTokens, rankFacts, weighToken } from './select-facts.ts';
import type { Answer, AnswerOptions, AnswerSource, Draft, FactIndex, IndexedFact, QuestionKind, Reading } from './types.ts';

const indexes = new WeakMap<readonly Architecture[], FactIndex>();
const unsetWords = new Set(askVocabulary.unsetCues.flatMap((word) => tokenizeText(word)));
/** Words naming a kind of machine ("type", "class", "SKU"), which a fact about choosing one uses. */
const kindTokens = new Set(askVocabulary.kindWords.flatMap((word) => tokenizeText(word)));

/** A fact saying the sizes are not given ("gives no instance sizes") speaks of the kind only to say it is unstated. */
const deniesKind = /\b(?:no|without)\s+(?:[\p{L}-]+\s+){0,2}(?:sizes?|types?|skus?|class(?:es)?)\b/iu;
const genericNames = new Set([...askVocabulary.genericNameWords, ...askVocabulary.stopwords].flatMap((word) => tokenizeText(word)));

/** The fact index of a catalogue, built once per architectures array. */
export function getFactIndex(architectures: readonly Architecture[]): FactIndex {
  let index = indexes.get(architectures);
  if (!index) {
    index = buildFactIndex(architectures);
    indexes.set(architectures, index);
  }
  return index;
}

/** The architectures an answer may draw on: the named ones, else the category's, else the page's, else all. */
function chooseScope(index: FactIndex, reading: Reading, options: AnswerOptions): string[] {
  if (reading.products.length > 0) return reading.products.map((p) => p.id);
  // A product the question leaves out ("which products other than X …") is no part of the answer.
  const kept = index.architectures.filter((e) => !reading.leftOut.includes(e.architecture.id));
  if (reading.category) return kept.filter((e) => e.architecture.category === reading.category).map((e) => e.architecture.id);
  if (options.architectureId && index.architectures.some((e) => e.architecture.id === options.architectureId))
    return [options.architectureId];
  return kept.map((e) => e.architecture.id);
}

/** The resources the asking sentence names: one only a sentence before it names ("values: replicas = 3.") sets the scene. */
function listAskedResources(reading: Reading): Reading['resources'] {
  const asking = findAskingText(reading.text);
  if (asking === reading.text) return reading.resources;
  const askingTokens = tokenizeText(asking);
  return reading.resources.filter((resource) => askingTokens.some((token) => resourceWordOf.get(token) === resource));
}

/** "What (…) settings", "which flags": a question word, up to three words, and a noun naming a setting. */
const asksSettingPattern = new RegExp(`\\b(?:what|which)\\s+(?:[\\w-]+\\s+){0,3}(?:${askVocabulary.settingNouns.join('|')})\\b`, 'i');

/** Words asking whether a choice has a drawback ("any downside to X?"). */
const drawbackWords = new Set(askVocabulary.drawbackCues.flatMap((word) => tokenizeText(word)));

/** Which answerer a question goes to, from what the reading says it asks; the table below dispatches on it. */
function chooseOperation(reading: Reading): Exclude<QuestionKind, 'declined'> {
  if (reading.filter) return reading.extreme ? 'extreme' : 'filter';
  if (reading.compare && reading.products.length >= 2) return 'compare';
  // "Is X optional below 10k users?" asks about a component's necessity; the number sets the scene.
  if (
    reading.yesNo &&
    (reading.attributes.has('necessity') || reading.negativeNecessity || reading.positiveNecessity) &&
    listAskedResources(reading).length === 0
  )
    return 'yes-no';
  // "We run 18 instances. Which PostgreSQL versions does X support?" asks for versions, which nothing computes.
  const asking = findAskingText(reading.text);
  const asksVersion = /\b(?:what|which)\s+(?:[\w-]+\s+){0,3}versions?\b/i.test(asking);
  // "What hashing settings were used for the 15 logins per second figure?" asks for a setting's value too.
  const asksSetting = asksSettingPattern.test(asking);
  // "The downside of staying on X past 10k users?" asks for a drawback the sources state; the load only sets the scene.
  const asksDrawback = reading.resources.length === 0 && reading.tokens.some((token) => drawbackWords.has(token));
  if (
    reading.products.length === 1 &&
    !asksVersion &&
    !asksSetting &&
    !asksDrawback &&
    (reading.numbers.length > 0 || (reading.compute && reading.resources.length > 0))
  )
    return 'compute';
  // "How many subnets across the zones" counts groups repeated per zone.
  if (reading.products.length === 1 && reading.expectsNumber && reading.attributes.has('zones')) return 'compute';
  if (reading.yesNo) return 'yes-no';
  return 'lookup';
}

/**
 * Whether a computation answers a yes/no question with no resource named: "is X worth it at 25k users?" asks about the
 * part X, and totals that name at most half of the parts it names answer another question. When it names no part,
 * any of its words but the load and layout in the totals will do ("is that enough?").
 */
function answersAsked(context: AnswerContext, draft: Draft): boolean {
  const { index, reading } = context;
  // A computation that declines says what its sources lack, which is the answer either way.
  if (!reading.yesNo || reading.resources.length > 0 || draft.text === null) return true;
  const entries = context.scope.flatMap((id) => index.byId.get(id) ?? []);
  const given = new Set(
    entries.flatMap((entry) => [
      ...entry.architecture.loadDrivers.flatMap(listDriverWords),
      ...[...entry.variantTokens.values()].flatMap((words) => [...words]),
    ]),
  );
  const partWords = new Set(entries.flatMap((entry) => [...entry.components.values()].flatMap((component) => [...component.tokens])));
  const topic = listQueryTokens(index, reading).filter(
    (token) => !isLoadWord(index, token) && !given.has(token) && !reading.scene.includes(token),
  );
  const parts = topic.filter((token) => partWords.has(token));
  const said = new Set(tokenizeText(draft.text));
  if (parts.length > 0) return 2 * parts.filter((token) => said.has(token)).length > parts.length;
  return topic.length === 0 || topic.some((token) => said.has(token));
}

/** Computes, or falls back to a yes/no or lookup answer when there is nothing to compute or it answers another question. */
function answerComputed(context: AnswerContext): Draft {
  const computed = answerCompute(context);
  if (computed && answersAsked(context, computed)) return judgeComputedClaim(context, computed);
  return context.reading.yesNo ? answerYesNo(context) : answerTroubleOrLookup(context);
}

/**
 * "They claim 3 nodes of 4 cores add up to 16 cores. Correct?": a yes/no question offering figures to confirm is
 * answered by the computation, opened with whether the figures it states are the ones offered.
 */
function judgeComputedClaim(context: AnswerContext, computed: Draft): Draft {
  const { reading } = context;
  if (!reading.yesNo || computed.text === null || /^(?:yes|no)\b/i.test(computed.text)) return computed;
  // A rate the answer states otherwise ("per 15 logins" against "per 30") decides first: the computation repeats the
  // question's own figures as its load, so they would match.
  const rate = judgeClaimedRate(reading.text, reading.tokens, computed.text);
  // Any yes/no question a computation answers offers its figures ("X's cache gets 100Mi by default?", "is the baseline
  // three nodes of 2 vCPU?"), unless it tests a bound ("is 4 GB enough?").
  const verdict = rate === 'No' ? rate : judgeClaimedFigure(reading.text, reading.tokens, computed.text, false, true);
  return verdict ? { ...computed, kind: 'yes-no', text: `${verdict}. ${computed.text}` } : computed;
}

/** "Any problem putting 15,000 users on one cluster?": a bound the question's number crosses answers, else a lookup. */
function answerTroubleOrLookup(context: AnswerContext): Draft {
  return (asksTrouble(context) ? answerExceededLimit(context) : null) ?? answerCeilingCount(context) ?? answerLookup(context);
}

/** The answerer of each operation; compute and extreme fall back to a lookup when there is nothing to compute. */
const answerers: Record<Exclude<QuestionKind, 'declined'>, (context: AnswerContext) => Draft> = {
  lookup: (context) => answerOutageEffect(context) ?? answerTroubleOrLookup(context),
  'yes-no': answerYesNo,
  compute: answerComputed,
  compare: answerCompare,
  filter: answerFilter,
  extreme: (context) => answerExtreme(context) ?? answerFilter(context),
};

const auxiliaries = 'does|do|did|is|are|was|were|can|could|should|will|would|has|have';

/** Splits a two-part question ("…, and which …", "…? Is …") into its parts; one part when it has no second question. */
export function splitQuestion(asked: string): string[] {
  // "Which version does A need, and which one B?" asks the same of B as "…, and B?" does: one question of two products.
  const question = asked.replace(whichOneAgain, (whole: string, named: string) =>
    new RegExp(`\\b(?:${auxiliaries}|must|what|which|how)\\b`, 'i').test(named) ? whole : `, and ${named}?`,
  );
  // "If I …, what …", "With …, how many …" and "During an upgrade, how …" are one question with a condition or a scope,
  // not two questions; the rest can still hold two ("In layout X, what is A for, and what does B do?"). The parts take
  // the condition's product and variant from the whole question, and a computation reads its numbers there first.
  if (conditionFirst.test(question)) {
    // The condition ends at the comma before the question ("If we run A, B and C, what …"), not at a list's first comma.
    const asking = question.search(/[,;]\s*(?=(?:what|which|how|where|when|why|who|is|are|does|do|can|could|should|must|will|would)\b)/i);
    const comma = asking >= 0 ? asking : question.search(clauseComma);
    const condition = comma >= 0 ? question.slice(0, comma) : '';
    if (condition && !/\?/.test(condition) && !asksAfterScope.test(condition) && !asksInScope.test(condition)) {
      const rest = splitQuestionBody(question.slice(comma + 1).trim());
      // Each part is asked under a condition ("If we span zones, what latency …, and what database …"); a scope ("In
      // layout X") reaches the parts as the whole question's product and variant.
      if (rest.length < 2) return [question];
      // "For X, if we keep two zones, …": the condition starts at its first clause that is one, after any scope.
      const clauses = condition.split(/,(?!\d{3}(?!\d))\s*/);
      const from = clauses.findIndex((clause) => isCondition(clause.trim()));
      const stated = from >= 0 ? clauses.slice(from).join(', ').trim() : '';
      // A scope naming a product's part ("For X's managed cache, which size and how many copies?") is every
      // part's subject, as a condition is.
      const scope = stated ? '' : namesOwnedPart.test(condition) ? condition.trim() : '';
      return stated ? rest.map((part) => `${stated}, ${part}`) : scope ? rest.map((part) => `${scope}, ${part}`) : rest;
    }
  }
  const parts = splitQuestionBody(question);
  if (parts.length < 2) return [question];
  // "X's nightly job, what memory and which disk?": a bare topic split off before the questions is each one's.
  // Stryker disable next-line StringLiteral: at least two parts were split, so the first is always there.
  const [opening = '', ...questions] = parts;
  if (questions.length >= 2 && isBareTopic(opening) && questions.every((part) => /^(?:what|which|how|where|when|why|who)\b/i.test(part)))
    return questions.map((part) => `${opening}: ${part}`);
  // "A and B, which port each one expose?": two things named before one question asking of each is that question's
  // subject, not a part of its own.
  const [only] = questions;
  // Stryker disable next-line ConditionalExpression: with one question there is always a first one.
  if (questions.length === 1 && only && isBareTopic(opening) && /\band\b/i.test(opening) && /\beach\b/i.test(only))
    return [`${opening}: ${only}`];
  // "Of A, B and C, which ones …?": the things named are what the one question chooses among.
  if (questions.length === 1 && isBareTopic(opening) && /^\s*(?:of|among|between)\b/i.test(opening)) return [question];
  // "Cache for X — which policy and what node type?": the topic before the dash or colon is every part's, not the first's.
  const topic = topicLabel.exec(question)?.[1];
  // Only a short verbless part ("what minimum node type?") leans on it; one with a verb ("do I need X?") names what it
  // asks about, and one pointing back ("how many of them?") or a bare count speaks of the part before it.
  const leans = (part: string) =>
    isVerblessWhPiece(part.replace(/\?\s*$/, '')) &&
    part.split(/\s+/).length <= 5 &&
    !isBareCount(part) &&
    !/\b(?:it|its|they|them|their|those|these|that|this|each)\b/i.test(part);
  return topic ? parts.map((part, at) => (at > 0 && !part.includes(topic) && leans(part) ? `${topic}: ${part}` : part)) : parts;
}

/** A question after a spaced dash ("X failing — which pod handles that"). */
const dashedQuestion = /\s[\u2014\u2013-]\s+(?:what|which|how|where|when|why|who|is|are|does|do|can|should|must|will)\b/i;

/** A comma or semicolon between clauses, not the comma grouping a number's thousands ("4,000 clients"). */
const clauseComma = /;|,(?!\d{3}(?!\d))/;

/** A question opening with a condition or scope (after a short label such as "X:"), not with a question word. */
const conditionFirst = new RegExp(
  `^\\s*(?:even\\s+)?(?:${askVocabulary.conditionOpeners.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\b(?!\\s+(?:what|which|whose|how|is|are|was|were|does|do|did|can|could|should|must|will|would)\\b)`,
  'i',
);

/** Whether a piece split off before the questions (no question mark left) is a short topic: no question word, auxiliary or verb of need. */
function isBareTopic(piece: string): boolean {
  return (
    // Stryker disable next-line Regex: the parts come with single spaces, so one space or a run of them splits alike.
    piece.split(/\s+/).length <= BARE_TOPIC_WORDS && !/\b(?:what|which|how|where|when|why|who)\b/i.test(piece) && !askingVerb.test(piece)
  );
}

/** Most words of a bare topic ("the vendor's nightly job"). */
const BARE_TOPIC_WORDS = 6;

/** "…, and which one B?" or "…, and which in B?": a verbless "which" after a question, naming only what to ask it of again. */
const whichOneAgain =
  /,?\s+and\s+(?:which|what)\s+(?:ones?\s+(?:for\s+|of\s+|in\s+|about\s+)?|(?:for|of|in|about)\s+)([^?,;:]{1,40}?)\s*\?/gi;

/** A scope naming a product's part by a possessive ("For X's managed cache"). */
const namesOwnedPart = /^\s*for\s+[\p{L}\d][\p{L}\d.-]*['’]s\s+\S/iu;

/** A short topic that opens a question before a dash or colon, ahead of its first question word. */
const topicLabel =
  /^([^?:\u2014\u2013]{3,60}?)\s*(?:[\u2014\u2013]|\s-\s|:)\s*(?=(?:which|what|how|where|when|why|who|is|are|does|do|can|should|must|will)\b)/i;

/** A question listing two or three items marked "(a)", "(b)" and "(c)": its stem and each item. */
const enumeratedItems =
  /^([^?()]{8,}?)\s*\(a\)\s*([^?()]+?)[,;]?\s+(?:and\s+)?\(b\)\s*([^?()]+?)(?:[,;]?\s+(?:and\s+)?\(c\)\s*([^?()]+?))?\s*[?.]?\s*$/i;

/** The questions a text without a leading condition asks, or the whole text when it asks one (or more than three). */
function splitQuestionBody(question: string): string[] {
  // "Default volume for MinIO? And for Redis?" asks the first question again of something else.
  // "For which work is it used?" opens a question of its own, not the first one asked again.
  const elliptic = /^(.*?)\?\s+(?:and\s+)?(?:for|what\s+about|how\s+about)\s+(?!(?:which|what|whom|how)\b)([^?]{1,40}?)\s*\??\s*$/i.exec(
    question,
  );
  if (elliptic?.[1] && elliptic[2] && elliptic[1].split(/\s+/).length >= 3) {
    const [, first, other] = elliptic;
    const again = /\bfor\s+[^,;:]+$/i.test(first) ? first.replace(/\bfor\s+[^,;:]+$/i, `for ${other}`) : other;
    return [`${first}?`, `${again}?`];
  }
  // "Confirm the minimum on two tiers: (a) the app tier, and (b) the database" asks the stem of each item listed; a
  // multiple choice ("which …: (a) …, (b) …", "… (a) A or (b) B?") asks one question of them all.
  const items = enumeratedItems.exec(question);
  if (items?.[1] && !/\b(?:which|following|or)\b/i.test(items[1]) && !/\bor\s+\([bc]\)/i.test(question)) {
    const stem = items[1].replace(/[\s:;,\u2014\u2013-]+$/, '');
    return items
      .slice(2)
      .filter((item): item is string => item !== undefined)
      .map((item) => `${stem}: ${item.replace(/[\s,;.?]+$/, '')}?`);
  }
  // "What changed about A and about B?" asks the same of two things: the repeated preposition says so.
  const parallel = /^(.*\b(about|for|with|regarding|of)\s+)(.+?),?\s+and\s+\2\s+([^,;?]+?)\s*\??\s*$/i.exec(question);
  if (parallel?.[1] && parallel[3] && parallel[4] && parallel[1].split(/\s+/).length >= 3 && !/[?]/.test(parallel[1]))
    // The first may close with its own question mark ("… for A? And for B …").
    return [`${parallel[1]}${parallel[3].replace(/\?\s*$/, '')}?`, `${parallel[1]}${parallel[4]}?`];
  // "…? Any latency limit?" is a terse second question: read it as "Is there any …". "…, and if not, how much …"
  // asks its second question whatever the first answer is, so the "if not" only joins them.
  // A dash before a question word ("What do A need — does B need …?") ends a question the text opened with; after a
  // topic ("the Frob chart upgrade — what breaks?") it only introduces the one question.
  // The sentence the dash sits in decides, so a scene sentence before it ("Planning backups. What … — do …?") does not.
  const opensAsking = (offset: number) =>
    /^\s*(?:what|which|how|where|when|why|who|is|are|does|do|can|should|must|will)\b/i.test(
      question
        .slice(0, offset)
        .split(/(?<=[.!?])\s+/)
        .at(-1) ?? '',
    );
  const pieces = question
    .replace(
      /\s+[\u2014\u2013]\s+(?=(?:what|which|how|where|when|why|who|is|are|does|do|can|should|must|will)\b)/gi,
      (dash, offset: number) => (opensAsking(offset) ? '? ' : dash),
    )
    .replace(/\?\s+(?=any\b)/gi, '? Is there ')
    .replace(/,?\s+and\s+if\s+(?:not|so),?\s+(?=(?:what|which|how|where|when|why|who)\b)/gi, ', and ')
    // After a question mark, "And if …" or "But when …" opens the next question with its condition, as "And with 80 …" does
    // with its figure; so does ", and if". ", and in P which …" asks its own question of another scope.
    .split(
      /((?:[,;]\s*(?:and\s+|also\s+|plus\s+)?|\s+and\s+(?:also\s+)?)(?=(?:(?:at|in|on|for|by|from|to|under|with)\s+(?:(?:roughly|about|around|approximately|least|most)\s+)?(?:what|which|whose|how)|(?<=,\s*and\s+)(?:in|for)\s+(?:the\s+)?[\w-]+\s+(?:what|which)\b|what|which|how|where|when|why|who|is|are|does|do|can|should|must|will)\b)|[,;]\s*(?:and|but)\s+(?=if\b)|\?\s+(?:(?:and|but|also|so|plus)\s+)?(?=(?:(?:at|in|on|for|by|from|to|under|with)\s+(?:(?:roughly|about|around|approximately|least|most)\s+)?(?:what|which|whose|how)|what|which|how|where|when|why|who|is|are|does|do|can|should|must|will|if)\b|(?:with|at)\s+\d|[^?]{12,}\?\s*$|(?:(?:please|kindly)\s+)?(?:tell|list|name|share|explain|describe|provide|specify|advise)\s+(?:(?:me|us)\s+)?(?:what|which|how|where|when|why|who|whether|if)\b))/i,
    );
  const joined: string[] = [];
  // Whether the last part is a condition that has already taken its question, and so takes no more.
  let answered = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = (pieces[i] ?? '').trim();
    const separator = pieces[i - 1] ?? '';
    const previous = joined.at(-1);
    // "How many X, and of which type, does P recommend?": a verb-less wh- piece takes the auxiliary that follows as its own verb.
    // A question mark between them ends the first question ("which SKU for X? also is there …").
    if (previous !== undefined && opensWithAuxiliary(piece) && isVerblessWhPiece(previous) && !separator.startsWith('?'))
      joined[joined.length - 1] = `${previous}${separator.trimEnd()} ${piece}`;
    // "X lists Redis 6; is that the stated version?": a check pointing back asks of the claim before it, not on its own.
    else if (previous !== undefined && /^\s*[;,]/.test(separator) && isBareCheck(piece))
      joined[joined.length - 1] = `${previous}${separator.trimEnd()} ${piece}`;
    // "X is A and can do B, right?": a claim's second verb after "and" is the same claim, which the closing tag puts.
    else if (
      previous !== undefined &&
      /^\s*,?\s*and\b/i.test(separator) &&
      opensWithAuxiliary(piece) &&
      !opensQuestion.test(previous) &&
      endsWithQuestionTag(piece)
    )
      joined[joined.length - 1] = `${previous}${separator.trimEnd()} ${piece}`;
    // "We run A today and are moving to B. Does B …?": an auxiliary after "and" that a full stop closes goes on a statement.
    else if (previous !== undefined && /^\s*,?\s*and\b/i.test(separator) && opensWithAuxiliary(piece) && /^[^?]*?[.!](?:\s|$)/.test(piece))
      joined[joined.length - 1] = `${previous}${separator.trimEnd()} ${piece}`;
    // "…, if we keep two zones, what …": a condition asks nothing of its own; the question after it is asked under it.
    // A piece the question mark closed is a question of its own ("if Redis restarts, are users logged out? Any fix?").
    else if (
      previous !== undefined &&
      !answered &&
      // "Logins failing — which pod handles that, and …": a symptom with its question after a dash already asks.
      !dashedQuestion.test(previous) &&
      (isCondition(previous) ||
        isSymptom(previous) ||
        (isScene(previous) && separator.trim().startsWith(',')) ||
        // "A cache outage, does X keep serving?": a bare topic before a yes/no question is its scene.
        (isBareTopic(previous) && separator.trim() === ',' && opensWithAuxiliary(piece))) &&
      !separator.startsWith('?')
    ) {
      joined[joined.length - 1] = `${previous}${separator.trimEnd()} ${piece}`;
      answered = true;
    } else if (previous !== undefined && joined.length === 1 && isTopic(previous) && separator.trim() === ',' && pointsBack.test(piece)) {
      // "The X deployment, which containers does it have?": the opening names what the question's "it" asks about.
      joined[0] = `${previous}${separator.trimEnd()} ${piece}`;
      answered = true;
    } else {
      joined.push(piece);
      answered = false;
    }
  }
  // "What RAM and how many copies does a queue need?": a verb-less first question shares the next one's verb and object;
  // "what if the cache is down?" asks under a condition, and shares nothing.
  const shared = new RegExp(
    `^(?:how\\s+(?:many|much)|what|which)\\s+(?!if\\b)(?:[\\p{L}\\d-]+\\s+){0,2}?[\\p{L}\\d-]+\\s+((?:${auxiliaries}|must)\\b.*)$`,
    'iu',
  ).exec(joined[1] ?? '')?.[1];
  const [first] = joined;
  if (shared && first !== undefined && joined.length === 2 && isVerblessWhPiece(first) && !contractedVerb.test(first))
    joined[0] = `${first} ${shared}`;
  // "…, and what would that give if X stayed at its default?" asks the part before it again under a condition.
  const asked = joined.map((part, at) => {
    // A bare "…? And how many if X stays at its default?" too.
    const whatIf =
      /^(?:and\s+)?(?:(?:how\s+(?:many|much)|what)\s+(?:(?:would|will)\s+(?:it|that|this|they)\s+(?:be|come\s+to|give)\s+)?)?(if\b(?!\s+(?:so|not)\b)[^?]*)\??$/i.exec(
        part,
      );
    // "…? And with 8 of them?" only gives another figure, so it too asks the part before it again.
    const figure = /^(?:(?:and|but|or)\s+)?(?:what\s+)?((?:if|with|assuming|supposing|suppose|at)\b[^?]*\d[^?]*)\??$/i.exec(part);
    // "…, and how many with the limit left at its default?" names only the condition it changes, so it asks the same again too.
    // So does a bare "…? And at the default concurrency?" of a few words that its own question mark closes.
    const scoped =
      /^(?:(?:and|but|or)\s+)?how\s+(?:many|much)\s+((?:at|with|under|without)\s+[^?]*)\??$/i.exec(part)?.[1] ??
      /^(?:(?:and|but|or)\s+)?((?:at|with|under|without)\s+(?:\S+\s+){0,4}\S+?)\?$/i.exec(part)?.[1];
    const given = figure?.[1] ?? scoped;
    const changed = given && !asksWithin.test(given) ? given : null;
    // A bare "And if …?" with a question of its own ("if A is out, would B do?", "if so is there …") asks that question.
    const bareIf = whatIf?.[1] !== undefined && /^(?:and\s+)?if\b/i.test(part) && (/[,;]/.test(whatIf[1]) || asksWithin.test(whatIf[1]));
    const condition = (bareIf ? undefined : whatIf?.[1]) ?? changed;
    const before = joined[at - 1];
    return condition && before !== undefined ? askAgainUnder(before, condition) : part;
  });
  // A bare "how many?" after a question asks it of the same thing, so it stays a part.
  const parts = asked.filter((part) => part.split(/\s+/).length >= 3 || isBareCount(part));
  return parts.length >= 2 && parts.length <= 3 ? parts : [question];
}

/** A question word, or an auxiliary before its subject ("does it", "are we"); "if we have 80 …" only states a figure. */
const asksWithin = new RegExp(
  `\\b(?:how|what|which|who|where|why)\\b|\\b(?:${auxiliaries})\\s+(?:it|we|i|you|they|there|the|this|that|these|those|each|all|any)\\b`,
  'i',
);

/** A figure with the word it counts ("80 sign-ins", "8k users"). */
const countedFigure = /(\d[\d,.]*k?)\s+(\p{L}[\p{L}-]*)/giu;

/**
 * The question before a follow-up asked again under the follow-up's condition: a figure counting the same thing replaces
 * the one before it ("… at 40 sign-ins per second? And if we get 80 sign-ins per second?"), else the condition replaces
 * the one the question before it closed with ("… if we leave X at its default").
 */
function askAgainUnder(before: string, condition: string): string {
  const stated = before.replace(/[?.\s]+$/, '').replace(/\s+if\b[^?]*$/i, '');
  const figures = [...condition.matchAll(countedFigure)];
  let replaced = stated;
  const restatesFigures =
    figures.length > 0 &&
    // Stryker disable next-line StringLiteral: both groups of countedFigure take part in every match, so the defaults are never used.
    figures.every(([, figure = '', word = '']) => {
      const counted = new RegExp(`\\d[\\d,.]*k?(?=\\s+${word.replace(/s$/i, '')}s?\\b)`, 'iu');
      if (!counted.test(replaced)) return false;
      replaced = replaced.replace(counted, figure);
      return true;
    });
  // A bare figure ("And at 80?", "And if we run at 80?") stands for the one figure the question before gave.
  const bare = /^(?:(?:if|when)\s+(?:we|i|you|they|it)\s+\p{L}+\s+)?(?:at|with|for)\s+(\d[\d,.]*k?)$/iu.exec(condition.trim())?.[1];
  if (bare && stated.match(/\d[\d,.]*k?\b/g)?.length === 1) return `${stated.replace(/\d[\d,.]*k?\b/, bare)}?`;
  return restatesFigures ? `${replaced}?` : `${stated} ${condition.trim()}?`;
}

/** A load given as a condition ("at 40 sign-ins per second", "at about 80"), one pattern for the split and the parts. */
const loadGiven = String.raw`at\s+(?:(?:about|around|roughly)\s+)?\d`;

/** A colon or dash before a question word ends a scope that already asks ("Running X on Y: what …, and do I …?"). */
const asksAfterScope = /(?:[:\u2014\u2013]|\s-)\s*(?:what|which|how|where|when|why|who)\b/i;

/** A scope of a word or two that a question word follows with no mark ("for X which versions are ok, and …"): a question, not a condition. */
const asksInScope = /^\s*(?:for|in|on)\s+(?:[\p{L}\d'\u2019.-]+\s+){1,2}(?:what|which|whose|how|where|when|why|who)\b/iu;

/** Whether a piece is a condition or an exception without a question of its own ("if we keep two zones", "besides X"). */
function isCondition(piece: string): boolean {
  // The scene may come first in sentences of its own ("It is up. If the registry fails, does it stop?").
  const last = piece.split(/(?<=[.!])\s+/).at(-1) ?? piece;
  // A short label may open it ("P: if we turn A off, …").
  const unlabelled = last.replace(/^[^:?!.,]{1,40}:\s+/, '');
  return (
    // "When is X needed, and …" asks when; "when X is needed, …" states a condition.
    (/^(?:even\s+)?(?:if|when|assuming|suppose|supposing|once|given|running|having|besides|apart\s+from|other\s+than|except|excluding|ignoring|not\s+counting|leaving\s+out|though|before\s+\p{L}+ing)\b(?!\s+(?:is|are|was|were|does|do|did|can|could|should|must|will|would)\b)/iu.test(
      unlabelled,
    ) ||
      // "To save effort, can we …" gives the asker's purpose; "To which store does it write" is a question of its own.
      /^to\s+(?!(?:what|which|whom|whose|where|how)\b)\p{L}/iu.test(last) ||
      // "At 40 sign-ins per second, what …" gives a load as a condition does.
      new RegExp(`^${loadGiven}`, 'i').test(last) ||
      // After sentences that set the scene, a scope or a basis opens the asking sentence too ("Using their rule, how …").
      // Stryker disable next-line MethodExpression: every caller passes a trimmed piece, so trimming it again changes nothing.
      (last !== piece.trim() &&
        /^(?:with|using|based\s+on|according\s+to|going\s+by|at|under|for|in|on|during|across|within|without|via|through)\b/i.test(
          last,
        ))) &&
    !/\?/.test(piece) &&
    !asksAfterScope.test(piece)
  );
}

/** What a part asks of figures a computation works out: a part asking one of these is part of the computation. */
const figureAttributes = ['requirement', 'limit-rule', 'sizing-rule'] as const;

/** Whether an attribute is one of those that give a figure. */
function isFigureAttribute(attribute: string | null): boolean {
  return figureAttributes.some((figure) => figure === attribute);
}

/**
 * Whether a piece describes the asker's situation without asking ("We're deploying X for 8k users, do we need Y?"): it
 * opens with the asker as subject and has no question mark, so the question after it is asked in that situation.
 */
function isScene(piece: string): boolean {
  // Only a one-sentence scene: after a full stop the piece already holds its own question ("We run X. Which …").
  return !/[?.!]/.test(piece) && new RegExp(`^(?:${sceneOpeners})\\s+`, 'i').test(piece);
}

/**
 * Whether a piece states a symptom rather than asking ("autoscaler not scaling pods, what do I need?"): it opens with no
 * question word or auxiliary, has no question mark and says something does not work, so the question after it is asked of it.
 */
function isSymptom(piece: string): boolean {
  // After a scene ("We'd rather not run A. Above what number … does B recommend A"), a sentence that asks is a question.
  const last = piece.split(/(?<=[.!])\s+/).at(-1) ?? piece;
  return (
    !/\?/.test(piece) &&
    !(last !== piece && asksWithin.test(last)) &&
    !new RegExp(`^(?:what|which|how|where|when|why|who|${auxiliaries}|must)\\b`, 'i').test(piece) &&
    /\b(?:not|never|no\s+longer|keeps?\s+(?:failing|crashing|restarting|dropping|losing|growing|hanging|erroring|leaking|filling|timing\s+out)|stopped|fails|failing|crash(?:es|ing)?|broken)\b|n't\b/iu.test(
      piece,
    )
  );
}

/** Whether a piece only names a topic: a few words with no question word, verb of asking or stop ("The X deployment"). */
function isTopic(piece: string): boolean {
  return (
    !/[?.!]/.test(piece) &&
    piece.split(/\s+/).length <= 6 &&
    !new RegExp(`\\b(?:what|which|how|where|when|why|who|${auxiliaries}|must|if)\\b`, 'i').test(piece)
  );
}

/** The words of people counted as a load ("how many users"). */
const peopleWords = new Set(askVocabulary.peopleNouns.flatMap((word) => tokenizeText(word)));

/** A word pointing back to what the question named before. */
const pointsBack = /\b(?:it|its|they|them|their)\b/i;

/** Whether a part is only "how many?" or "how much?". */
function isBareCount(part: string): boolean {
  return /^how\s+(?:many|much)\s*\??$/i.test(part.trim());
}

/**
 * Whether a part is a short count question with no verb of its own ("how many instances?"), a short "why?" or "what's
 * the benefit?", asked of what came before.
 */
function isElliptic(part: string): boolean {
  const words = part
    .replace(/[?.!]+$/, '')
    .trim()
    .split(/\s+/);
  // "Why would I bother?" asks the reason for what came before, whatever its verb.
  if (words.length <= 5 && /^why\b/i.test(part)) return true;
  // "What's the benefit?" and "what is the catch?" ask about what came before too.
  if (words.length <= 4 && /^what(?:'s|\s+is|\s+are|\s+were|\s+was)\s+(?:the|its|their)\s+\p{L}+$/iu.test(words.join(' '))) return true;
  return words.length <= 4 && /^how\s+(?:many|much)\b/i.test(part) && !new RegExp(`\\b(?:${auxiliaries}|must)\\b`, 'i').test(part);
}

/** Whether a piece of a question opens with an auxiliary verb ("does …", "is …"). */
function opensWithAuxiliary(piece: string): boolean {
  return new RegExp(`^(?:${auxiliaries}|must)\\b`, 'i').test(piece);
}

/** A question word or an auxiliary opening a piece, which makes it a question rather than a claim. */
const opensQuestion = new RegExp(`^\\s*(?:what|which|how|where|when|why|who|${auxiliaries}|must|may)\\b`, 'i');

/** An auxiliary or a verb of need, which a piece that asks nothing yet lacks. */
const askingVerb = new RegExp(`\\b(?:${auxiliaries}|must|need|needs|use|uses|get|gets)\\b`, 'i');

// A pronoun points back to what the part before named; "each" does too, unless a noun of its own follows ("each zone").
const pointsBackToPart = new RegExp(
  `\\b(they|them|it|its|their|those|these|this|that)\\b|\\beach\\b(?!\\s+(?!(?:of|ones?|${auxiliaries}|need|needs|use|uses|run|runs|get|gets|hold|holds|keep|keeps|take|takes)\\b)\\p{L})|\\b(?:in|on|inside)\\s+there\\b`,
  'iu',
);

// "What's the fewest zones X wants" has its verb in the contraction, so it borrows none from the next question.
const contractedVerb = /^(?:what|how|where|when|why|who)['\u2019](?:s|re)\b/i;

/** Whether a piece opens with a question word but has no verb yet ("How many brokers, and of which type"). */
function isVerblessWhPiece(piece: string): boolean {
  return /^(?:what|which|how|where|when|why|who)\b/i.test(piece) && !askingVerb.test(piece) && !/\?/.test(piece);
}

/**
 * Whether a question's subject, right after its first auxiliary, is a product it names on its own ("where does X keep
 * …"), not a part of it ("is the X session cache …").
 */
function isProductSubject(index: FactIndex, reading: Reading, part: string): boolean {
  const at = new RegExp(`\\b(?:${auxiliaries})\\s+(?:the\\s+)?`, 'iu').exec(part);
  if (!at) return false;
  const tokens = tokenizeText(part.slice(at.index + at[0].length));
  const names = reading.products.flatMap((product) => [...(index.byId.get(product.id)?.nameTokens ?? [])]);
  const end = tokens.findIndex((token) => !names.includes(token));
  return end > 0 && !index.componentOwners.has(tokens[end] ?? '');
}

/** What a part asks for when it opens with "which <noun> does …" ("database"), for a later part's "which one". */
function findAskedNoun(part: string): string | null {
  // The part may open with a topic label ("product X: which parts are …").
  const match = new RegExp(
    `(?:^|[:;,\u2013\u2014]\\s*)(?:which|what)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:${auxiliaries})\\b`,
    'iu',
  ).exec(part.trim());
  const noun = match?.[1] ?? null;
  return noun && !/^ones?$/i.test(noun) ? noun : null;
}

/** The thing a "how much/many" part measures ("how much persistent storage does A get" gives "persistent storage"). */
function findMeasuredNoun(part: string): string | null {
  const match = new RegExp(
    `(?:^|[:;,\u2013\u2014]\\s*)how\\s+(?:much|many)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:${auxiliaries})\\b`,
    'iu',
  ).exec(part.trim());
  if (match?.[1]) return match[1];
  // "What default persistent storage does A get" measures as "how much" does, when its noun is a resource.
  const what = new RegExp(`^(?:what|which)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+)\\s+(?:${auxiliaries})\\b`, 'iu').exec(part.trim())?.[1];
  return what && tokenizeText(what).some((token) => resourceWordOf.has(token)) ? what : null;
}

/** The parts a list fact names ("External managed services: A, B and C" gives A, B and C); none for any other fact. */
function listMembers(fact: IndexedFact | undefined): string[] {
  if (!fact || (fact.attribute !== 'group' && fact.attribute !== 'components')) return [];
  const list = fact.text.slice(fact.text.indexOf(':') + 1);
  // Stryker disable next-line MethodExpression: a list's text holds no empty item, so keeping only items with text changes nothing.
  return list
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((item) => item.replace(/\s*\([^)]*\)\s*/g, ' ').trim())
    .filter((item) => item.length > 0);
}

/** Whether a part of a question names a component of one of the products the whole question is about. */
function namesComponent(index: FactIndex, reading: Reading, part: string): boolean {
  const tokens = new Set(tokenizeText(part).filter((token) => !genericNames.has(token)));
  return reading.products.some((p) =>
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: the products a reading names are all in the index, so the lookup never misses.
    [...(index.byId.get(p.id)?.components.values() ?? [])].some((component) =>
      [...component.technologyTokens].some((token) => tokens.has(token)),
    ),
  );
}

/** How many words of a setting's name a question must use to name it ("max open conns" of "MaxOpenConns"). */
const SETTING_NAME_WORDS = 3;

/** Whether a question uses enough words of the name of one of the product's settings to name that setting. */
function namesSettingOf(index: FactIndex, architectureId: string, tokens: readonly string[]): boolean {
  const asked = new Set(tokens);
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: the product asked about is in the index, so the lookup never misses.
  const settings = (index.byId.get(architectureId)?.resolved ?? []).flatMap((variant) =>
    variant.components.flatMap((component) => component.settings ?? []),
  );
  return settings.some(
    (setting) => tokenizeText(setting.name).filter((token) => !genericNames.has(token) && asked.has(token)).length >= SETTING_NAME_WORDS,
  );
}

/** The leading condition, up to and with its comma, that every part of a split question starts with; empty if none. */
function findSharedCondition(parts: readonly string[]): string {
  // Stryker disable next-line StringLiteral: a split question has at least two parts, so the first always exists.
  const [first = ''] = parts;
  // Stryker disable next-line StringLiteral: with no leading condition, a stand-in text starts no part, so no condition is shared either way.
  const comma = new RegExp(`^\\s*(?:(?:if|when|with|given|assuming)\\b|${loadGiven})[^?]*?,\\s*`, 'i').exec(first)?.[0] ?? '';
  return parts.length > 1 && comma && parts.every((part) => part.startsWith(comma)) ? comma : '';
}

/**
 * The layouts a part naming no product asks about: the whole question's, except where the part names another layout of
 * the one product ("In the small layout, which cache is used, and which store does the multi-site layout add?").
 */
function findOwnLayouts(index: FactIndex, reading: Reading, part: string): ReadonlyMap<string, string> {
  const [only] = reading.products;
  if (!only || reading.products.length > 1) return reading.variants;
  const name = index.byId.get(only.id)?.architecture.product ?? only.id;
  const named = readQuestion(`${name}: ${part}`, index).variants.get(only.id);
  return named && named !== index.defaultVariants.get(only.id) && named !== reading.variants.get(only.id)
    ? new Map([...reading.variants, [only.id, named]])
    : reading.variants;
}

/** "The table that matters": a "that" after a noun with its article opens a relative clause, not a back-reference. */
const relativeThat = /\b((?:the|a|an)\s+[\p{L}\d-]+)\s+that\b/giu;

/** Answers each part of a question on its own (parts inherit the products the whole question names) and joins them. */
function answerParts(
  question: string,
  index: FactIndex,
  reading: Reading,
  scope: string[],
  options: AnswerOptions,
  // Stryker disable next-line ArrayDeclaration: the one caller always passes the names, so the default is never taken.
  unmentioned: readonly string[] = [],
): Draft {
  const parts = splitQuestion(question);
  const single = (r: Reading, s: string[]) => answerers[chooseOperation(r)](createAnswerContext(index, r, s));
  if (parts.length === 1) return single(reading, scope);
  const drafts: PartDraft[] = [];
  let remaining = parts;
  // A part that repeats the condition whose numbers the computation used but asks something else is asked without it.
  const bareParts = new Map<string, string>();
  // A computation reads the numbers of the whole question ("at 70 sign-ins a second …, and which cap"); splitting would lose them.
  // A part that gives no number and asks no computation ("and can we clean them up?") is answered after it.
  // A part that asks the one before it again under a condition ("… if we left X at its default") holds its numbers.
  // So does one that asks the same under another condition ("… if we leave X at its default", "… if we set X to 10").
  const stem = (part: string) => part.replace(/[?.\s]+$/, '').replace(/\s+if\b[^?]*$/i, '');
  // A part asking the one before at another figure ("… at 80 sign-ins per second?") differs from it only in its numbers.
  const shape = (part: string) => stem(part).replace(/\d[\d,.]*k?\b/gi, '#');
  const restated = parts.some(
    (part, at) => at > 0 && (part.startsWith((parts[at - 1] ?? '').replace(/[?.\s]+$/, '')) || shape(part) === shape(parts[at - 1] ?? '')),
  );
  if (chooseOperation(reading) === 'compute' && !restated) {
    const context = createAnswerContext(index, reading, scope);
    const computed = answerCompute(context);
    if (computed && answersAsked(context, computed)) {
      // "…, and of those, how many face the internet?" asks for a part of the whole just computed, which it gives.
      // The condition every part repeats ("If we run 3 workers with X=10, …") gives the computation its numbers; what a
      // part asks beyond it decides whether the computation answers that part too.
      const shared = findSharedCondition(parts);
      remaining = parts.filter((part) => {
        const own = readQuestion(part, index);
        const bare = shared ? readQuestion(part.slice(shared.length), index) : own;
        // A part asking for CPU, memory or storage ("what CPU limit per pod") is what the computation over the whole
        // gives; a part naming nodes may ask which kind they are ("which VM size for the nodes").
        // One naming a resource only as what something uses ("which task eats most of the CPU?") asks no figure.
        const asksBeyond =
          shared !== '' &&
          bare.numbers.length === 0 &&
          !bare.compute &&
          !bare.expectsNumber &&
          (bare.resources.length === 0 || !isFigureAttribute(findAskedAttribute(bare.attributes)));
        // "…, what uses most CPU for such logins?" points back at the condition's load: its words stay, its figures go.
        const rest = part.slice(shared.length);
        if (asksBeyond)
          bareParts.set(part, /\b(?:such|those|these)\b/i.test(rest) ? `${shared.replace(/\d[\d,.]*\s*/g, '')}${rest}` : rest);
        return (
          (own.numbers.length === 0 &&
            !own.compute &&
            own.resources.every((resource) => resource === 'nodes') &&
            // A part that names no product asks of the products the whole question names ("On X's side, how many …").
            chooseOperation(own.products.length > 0 ? own : { ...own, products: reading.products, variants: reading.variants }) !==
              'compute' &&
            !(own.expectsNumber && asksSubset(part))) ||
          asksBeyond
        );
      });
      // "If it runs at 40 sign-ins/s, what does A run, and what does B keep?": the condition every part shares gives
      // numbers, but when no part asks anything of them there is nothing to compute, and each part is answered alone.
      const computesNothing = remaining.length === parts.length && parts.every((part) => bareParts.has(part));
      if (!computesNothing && (remaining.length === 0 || remaining.length === parts.length)) return computed;
      if (!computesNothing) {
        // Parts answered after it that ask for no figure keep their words out of the computation ("…, and which of them
        // face the internet?" does not narrow a count of subnets), though another part asks for one; "…, and what
        // limit?" still asks it for the limit.
        const asksFigure = (part: string) => {
          const own = readQuestion(bareParts.get(part) ?? part, index);
          return figureAttributes.some((attribute) => own.attributes.has(attribute));
        };
        const kept = parts.filter((part) => !remaining.includes(part) || asksFigure(part));
        const narrowed = kept.length < parts.length ? readQuestion(kept.join(' '), index) : null;
        const narrowContext =
          narrowed && createAnswerContext(index, { ...narrowed, products: reading.products, variants: reading.variants }, scope);
        const recomputed = narrowContext && answerCompute(narrowContext);
        drafts.push({
          part: question,
          draft: narrowContext && recomputed && answersAsked(narrowContext, recomputed) ? recomputed : computed,
        });
      }
    }
  }
  // Stryker disable next-line OptionalChaining: a match always holds its one group, so the group is never missing.
  const scopePhrase = /^\s*(in\s[^,?;]{3,80}),/i.exec(question)?.[1]?.trim() ?? '';
  for (const whole of remaining) {
    const i = parts.indexOf(whole);
    const part = bareParts.get(whole) ?? whole;
    // A part asking about a name the product's sources never mention is answered by saying so, never by a near fact.
    const silent = unmentioned.filter((name) => part.includes(name));
    if (silent.length > 0) {
      // Stryker disable next-line OptionalChaining: the products a reading names are all in the index, so the lookup never misses.
      const about = reading.products.map((p) => index.byId.get(p.id)?.architecture.product ?? p.id).join(' and ');
      drafts.push({
        part,
        draft: {
          kind: 'lookup',
          text: `The vendor documents archkb holds for ${about} do not mention ${silent.join(' or ')}.`,
          facts: [],
          coverage: 0.8,
          strength: 0.8,
        },
        unmentioned: true,
      });
      continue;
    }
    // "…, and how long do they last?" speaks of what the first part's answer is about: its subject comes along.
    // "It" is a thing: the first component the earlier answer rests on, before a group or the variant as a whole.
    // Stryker disable next-line ArrayDeclaration: drafts is empty only for the first part, whose subject is never used.
    const earlier = drafts[0]?.draft.facts ?? [];
    // "…, and what is each for?" after a list ("External services: A, B and C") speaks of every item listed.
    // A list of one ("Edge tier: Edge proxy") is what "…, and what does it do?" speaks of too.
    const members = listMembers(earlier[0]);
    const listed =
      /\beach\b|\b(?:they|them|these|those)\b/i.test(part) || (members.length === 1 && /\b(?:it|its)\b/i.test(part)) ? members : [];
    // A first part the sources give no figures for leaves no facts, but the part it named is still what "it" means.
    const [only] = reading.products;
    const firstNamed =
      i > 0 && only && reading.products.length === 1
        ? // Stryker disable next-line StringLiteral: a split question has at least two parts, so the first always exists.
          findNamedPart(index, only.id, { ...readQuestion(parts[0] ?? '', index), products: reading.products })
        : null;
    const subject =
      listed.length > 0
        ? listed.join(', ')
        : // The part the first question named is what "it" means when no fact of a part answered it (a group listing).
          firstNamed && !earlier.some((fact) => fact.component !== null)
          ? firstNamed.name
          : ((earlier.find((fact) => fact.component !== null) ?? earlier[0])?.subject ?? '');
    // A part that names a component of its own ("does it need Elasticsearch") speaks of the product, not of that subject.
    // "…, and which one does Product B use?" asks for the thing the first part asked for.
    // Stryker disable next-line StringLiteral: a split question has at least two parts, so the first always exists.
    const noun = i > 0 ? findAskedNoun(parts[0] ?? '') : null;
    const named = noun ? part.replace(new RegExp(`\\b(which|what)(?:\\s+ones?)?\\s+(?=(?:${auxiliaries})\\b)`, 'i'), `$1 ${noun} `) : part;
    // "…, and how much does B get?" measures what the first part measured ("how much persistent storage does A get").
    // Stryker disable next-line StringLiteral: a split question has at least two parts, so the first always exists.
    const measured = i > 0 ? findMeasuredNoun(parts[0] ?? '') : null;
    const filled = measured
      ? named.replace(new RegExp(`^(how\\s+(?:much|many))\\s+(?=(?:${auxiliaries})\\b)`, 'i'), `$1 ${measured} `)
      : named;
    // "Where does X keep A, and which store does it pick?": "it" as the subject again is the product the first part's
    // subject was; a second part asking an amount of "it" measures the part the first answer found.
    const productAgain =
      i > 0 &&
      isProductSubject(index, reading, parts[0] ?? '') &&
      new RegExp(`^(?:and\\s+)?(?:what|which|where)\\s+(?:\\p{L}+\\s+)?(?:${auxiliaries})\\s+it\\b`, 'iu').test(filled) &&
      !tokenizeText(filled).some((token) => resourceWordOf.has(token));
    const text =
      i > 0 &&
      subject &&
      !productAgain &&
      (isBareCount(filled) ||
        isElliptic(filled) ||
        // Stryker disable next-line StringLiteral: the words kept, an article and its noun, are never a back-reference.
        pointsBackToPart.test(filled.replace(relativeThat, '$1')) ||
        // "…, and which options are listed?" asks of the part the question before named.
        (asksOnlyAttribute(readQuestion(filled, index)) && namesComponent(index, reading, parts[i - 1] ?? ''))) &&
      !namesComponent(index, reading, filled)
        ? `${filled} (${subject})`
        : // "In X's reference design, how many A and how many B?": a count naming no part of its own is asked within that scope.
          scopePhrase && /^how\s+(?:many|much)\b/i.test(filled) && !namesComponent(index, reading, filled)
          ? `${scopePhrase}, ${filled}`
          : filled;
    const own = readQuestion(text, index);
    // A product the part only guesses from a component word does not override the products the whole question names.
    const guessed = own.products.length > 0 && own.products.every((p) => p.certainty < 1) && reading.products.length > 0;
    const partReading: Reading =
      (own.products.length > 0 && !guessed) || own.category
        ? own
        : // "which … product does it use" asks about the product already named, not across the catalogue.
          {
            ...own,
            products: reading.products,
            variants: findOwnLayouts(index, reading, text),
            category: reading.category,
            filter: own.filter && reading.products.length === 0,
          };
    const partScope = chooseScope(index, partReading, options);
    // A part asking for figures the product never states ("how much memory") is said so, as a one-part question is.
    // Only resources the part itself names: a noun filled in from the first part ("what CPU limit does …") is a guess.
    const written = new Set(tokenizeText(part));
    const ownResources = partReading.resources.filter(
      (resource) => resource === 'nodes' || [...written].some((token) => resourceWordOf.get(token) === resource),
    );
    const silence =
      describeVagueCount(index, partReading)?.reason ??
      describeProductSilence(index, { ...partReading, resources: ownResources }, true, partReading.yesNo || part.split(/\s+/).length <= 12);
    // A yes/no part asking whether figures are set at all is answered by the fact saying none are, as a whole question is.
    if (silence) {
      const denied = answerResourceSilence(index, partReading, partScope, silence);
      if (denied) {
        drafts.push({ part, draft: denied, said: silence });
        continue;
      }
      drafts.push({ part, draft: { kind: 'lookup', text: null, facts: [], coverage: 0, strength: 0, declined: silence }, said: silence });
      continue;
    }
    const draft = single(partReading, partScope);
    // What the sources say they leave unstated answers this part alone; the other parts keep their answers.
    const absence =
      draft.kind === 'compute' || draft.kind === 'compare' || partReading.products.length === 0
        ? null
        : findAbsence(
            index,
            partScope,
            partReading.variants,
            listQueryTokens(index, partReading),
            draft,
            0.6,
            findAskedAttribute(partReading.attributes),
          );
    if (absence) {
      drafts.push({
        part,
        draft: { ...draft, text: null, facts: [absence.fact] },
        unstated: trimStop(absence.text).replace(/^(?:the|a|an|any)\s+/i, ''),
      });
      continue;
    }
    drafts.push({ part, draft: draft.text !== null && isWeak(draft) ? { ...draft, text: null } : draft });
  }
  // A part's "no figures are set" stands beside another part's answer; alone, the parts are answered as before it.
  if (!drafts.some((d) => d.draft.text !== null && !d.said))
    for (const d of drafts) if (d.said) d.draft = { kind: 'lookup', text: null, facts: [], coverage: 0, strength: 0, declined: d.said };
  const answered = drafts.filter((d) => d.draft.text !== null);
  // Every part asks for figures the sources never give: the answer is that, not a near fact for the whole question.
  const silences = [...new Set(drafts.flatMap((d) => (d.said ? [d.said] : [])))];
  // Two parts may give the same reason ("no memory figures"), so every part is checked, not the count of reasons.
  if (answered.length === 0 && drafts.every((d) => d.said))
    return { kind: 'lookup', text: null, facts: [], coverage: 0, strength: 0, declined: silences.join(' ') };
  // Saying only that a name is never mentioned, while another part goes unanswered, answers nothing that was asked.
  const unanswered = drafts.some((d) => d.draft.text === null && !d.said);
  if (answered.length === 0 || (unanswered && answered.every((d) => d.unmentioned))) return single(reading, scope);
  const given = new Set(answered.flatMap((d) => d.draft.facts));
  // "…, and what's the increase?" is answered by another part that worked out the change between two loads.
  const changeGiven = answered.some((d) => statedChange.test(d.draft.text ?? ''));
  const coveredElsewhere = (d: PartDraft) => isAnsweredElsewhere(d, given) || (changeGiven && asksOnlyChange(d.part));
  const covered = drafts.filter(coveredElsewhere).length;
  // A part nothing answers is said to be unstated, not dropped, and lowers the whole answer's coverage.
  const unstated = drafts
    .filter((d) => d.draft.text === null && !coveredElsewhere(d))
    .map(
      (d) =>
        d.said ??
        (d.unstated ? `The sources state no ${d.unstated}.` : `Not stated in archkb's sources: ${d.part.replace(/[?.\s]+$/, '')}.`),
    );
  return {
    // Stryker disable next-line OptionalChaining,StringLiteral: a draft with no answered part returned above, so the first answered part always exists.
    kind: answered[0]?.draft.kind ?? 'lookup',
    text: dropRepeatedSentences([...answered.map((d) => d.draft.text ?? ''), ...unstated].join(' ')),
    facts: answered.flatMap((d) => d.draft.facts),
    // Each unanswered part costs a share, but a well-answered part is not declined for a part the sources do not state.
    coverage:
      (answered.reduce((sum, d) => sum + d.draft.coverage, 0) / answered.length) *
      (0.5 + (0.5 * (answered.length + covered)) / drafts.length),
    // A part answered well stands though another is unstated; a yes/no read by the weakest rule does not.
    ...(answered.some((d) => d.draft.guessed)
      ? {}
      : { answeredCoverage: answered.reduce((sum, d) => sum + d.draft.coverage, 0) / answered.length }),
    strength: Math.min(...answered.map((d) => d.draft.strength)),
  };
}

/** One part of a question with its draft, and why it is unanswered when it is. */
export interface PartDraft {
  part: string;
  draft: Draft;
  /** What the sources say they leave unstated about this part. */
  unstated?: string;
  /** The sentence saying the product never states figures this part asks for. */
  said?: string;
  /** Whether the draft only says the sources never mention a name the part asks about. */
  unmentioned?: boolean;
}

/**
 * Whether a part too weak to answer alone is answered by another part: its best fact is one that answer already gives,
 * so saying it is unstated would contradict the answer.
 */
export function isAnsweredElsewhere(part: PartDraft, given: ReadonlySet<IndexedFact>): boolean {
  const [best] = part.draft.facts;
  return part.draft.text === null && !part.said && !part.unstated && best !== undefined && given.has(best);
}

/** The sentence a computation at two loads ends with ("From A to B: 4 vCPU more (2 vCPU, then 6 vCPU)."). */
const statedChange = /\bFrom [^:]+ to [^:]+: .*?\b(?:more|less) \(/;

const changeNouns = new Set(askVocabulary.changeNouns.flatMap((word) => tokenizeText(word)));

/** Whether a part asks only for a change ("what's the increase?", "and the difference?"): its words are a change noun and function words. */
export function asksOnlyChange(part: string): boolean {
  const words = tokenizeText(part).filter((token) => !stopwords.has(token));
  return words.length > 0 && words.every((token) => changeNouns.has(token));
}

/** Drops sentences an earlier part of the answer already gave word for word (two parts answered by the same fact). */
export function dropRepeatedSentences(text: string): string {
  const seen = new Set<string>();
  return text
    .split(/(?<=\.)\s+/)
    .filter((sentence) => {
      if (seen.has(sentence)) return false;
      seen.add(sentence);
      return true;
    })
    .join(' ');
}

/** Whether a draft is too weakly supported to stand: lookups that explain too little of the question. */
function isWeak(draft: Draft): boolean {
  const coverage = draft.answeredCoverage ?? draft.coverage;
  return draft.kind !== 'compute' && (coverage < askCalibration.minimumCoverage || draft.strength < askCalibration.minimumStrength);
}

/** Turns the facts an answer rests on into sources: each fact's row, by product in turns, then the sections they cite. */
/** Where and under which name a fact shows in the variant the question names, when that variant holds it. */
function placeFact(
  fact: IndexedFact,
  variants: ReadonlyMap<string, string>,
): { subject: string; url: string; title: string; variant: string } {
  const named = variants.get(fact.architecture);
  const place = named ? fact.places?.[named] : undefined;
  // Stryker disable next-line StringLiteral: every fact holds at least one variant.
  return place && named
    ? { ...place, variant: named }
    : { subject: fact.subject, url: fact.url, title: fact.title, variant: fact.variants[0] ?? '' };
}

/** An answer's text with each part named as the variant the question names calls it ("the regional gateway"). */
function nameAsInVariant(text: string, facts: readonly IndexedFact[], variants: ReadonlyMap<string, string>): string {
  const renames = new Map<string, string>();
  for (const fact of facts) {
    const { subject } = placeFact(fact, variants);
    if (fact.component && subject !== fact.subject) renames.set(fact.subject, subject);
  }
  if (renames.size === 0) return text;
  // One pass, and never inside the new name ("Managed X: " is not renamed again for each fact about X).
  const pattern = new RegExp(
    [...renames]
      .sort(([a], [b]) => b.length - a.length)
      .map(
        ([from, to]) => `${to.endsWith(from) ? `(?<!${escapeRegExp(to.slice(0, to.length - from.length))})` : ''}${escapeRegExp(from)}: `,
      )
      .join('|'),
    'g',
  );
  return text.replace(pattern, (match) => `${renames.get(match.slice(0, -2)) ?? match.slice(0, -2)}: `);
}

export function listSources(
  draft: Draft,
  index: FactIndex,
  limit: number,
  variants: ReadonlyMap<string, string> = new Map(),
): AnswerSource[] {
  const sources: AnswerSource[] = [...(draft.pages ?? [])];
  const seen = new Set(sources.map((s) => s.url));
  const add = (source: AnswerSource) => {
    if (seen.has(source.url) || sources.length >= limit) return;
    seen.add(source.url);
    sources.push(source);
  };
  // Taken in turns by product, so an answer about three products cites each of them before a second fact of any.
  const byProduct = new Map<string, IndexedFact[]>();
  for (const fact of draft.facts) byProduct.set(fact.architecture, [...(byProduct.get(fact.architecture) ?? []), fact]);
  const turns = Math.max(0, ...[...byProduct.values()].map((facts) => facts.length));
  const inTurns = Array.from({ length: turns }, (_, turn) =>
    [...byProduct.values()].flatMap((facts) => facts.slice(turn, turn + 1)),
  ).flat();
  for (const fact of inTurns) {
    const { title, url } = placeFact(fact, variants);
    add({ title, url, excerpt: fact.text });
  }
  for (const fact of draft.facts) {
    const entry = index.byId.get(fact.architecture);
    const variant = placeFact(fact, variants).variant;
    for (const citation of fact.sources)
      add({
        title: `${citation.documentTitle}, section “${citation.sectionTitle}”`,
        // Stryker disable next-line StringLiteral: every fact's product is in the index.
        url: `${entry ? findCitingPage(entry.architecture, variant, citation.anchor, index.citedAnchors) : ''}#${citation.anchor}`,
        excerpt: fact.text,
      });
  }
  return sources;
}

/** Nearest pages when declining: the named products' pages, else the category's. */
function listNearestPages(index: FactIndex, scope: readonly string[]): AnswerSource[] {
  return scope.slice(0, 3).flatMap((id) => {
    const entry = index.byId.get(id);
    return entry
      ? [
          {
            title: entry.architecture.product,
            // Stryker disable next-line OptionalChaining,StringLiteral: the schema requires at least one variant, so the first always exists.
            url: toVariantPath(entry.architecture, entry.architecture.variants[0]?.id ?? ''),
            excerpt: entry.architecture.summary,
          },
        ]
      : // Stryker disable next-line ArrayDeclaration: the ids given are all of products in the index, so the entry is never missing.
        [];
  });
}

/** An answer before its confidence is scored, with the features the confidence model reads. */
interface Scored {
  answer: Omit<Answer, 'confidence'>;
  features: ConfidenceFeatures;
}

/** A declined answer: null with the reason, the route that declined it and the draft's evidence, if any. */
/** Named products archkb does not hold, said so before what is said of those it does; empty when there are none. */
function sayMissing(reading: Reading): string {
  const missing = reading.otherProducts.map((p) => p.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  return missing.length > 0 ? `archkb has no architecture for ${missing.join(' or ')}. ` : '';
}

function decline(question: string, reason: string, sources: AnswerSource[], route: ConfidenceRoute, evidence: ConfidenceFeatures): Scored {
  return { answer: { question, answer: null, kind: 'declined', declined: reason, sources }, features: { ...evidence, route } };
}

/**
 * The products nearest to what an unknown product was asked about: those of the category the question names, else of
 * the category whose facts answer the rest of the question best, else every product.
 */
function suggestPeers(index: FactIndex, reading: Reading): string {
  const named = reading.otherProducts.find((p) => p.category !== 'other')?.category ?? reading.category ?? undefined;
  const [best] =
    named === undefined
      ? rankFacts(
          index,
          reading,
          index.architectures.map((e) => e.architecture.id),
        )
      : // Stryker disable next-line ArrayDeclaration: when the category is named, the ranked best fact is never read.
        [];
  // Stryker disable next-line StringLiteral: with no best fact, neither an empty id nor a stand-in id is in the index.
  const categoryId = named ?? index.byId.get(best?.fact.architecture ?? '')?.architecture.category;
  const peers = index.architectures
    .filter((e) => categoryId === undefined || e.architecture.category === categoryId)
    .map((e) => e.architecture.product);
  return peers.slice(0, 6).join(', ');
}

const sizeWords = new Set(askVocabulary.sizeWords.flatMap((word) => tokenizeText(word)));
/** Numbers written as words ("one", "two"), which before a resource word count a thing it names, not an amount. */
const countTokens = new Set(Object.keys(askVocabulary.countWords).flatMap((word) => tokenizeText(word)));
/** "A" and "an", which count one thing as "one" does ("with a PVC"). */
const articleTokens = new Set(askVocabulary.singleArticles.flatMap((word) => tokenizeText(word)));
/** A port asked for ("which port", "ports exposed"), not the feature of forwarding one ("SSH and port forwarding"). */
const asksPort = /\bports?\b(?![\s-]*forward)/i;

/** Whether a fact states a port: a port of a part, or a setting named for a port with a number ("smtp.port = 587"). */
function statesPort(fact: IndexedFact): boolean {
  return (
    fact.attribute === 'port' ||
    (fact.attribute === 'setting' && /\bports?\b/i.test(fact.text.replace(/[._]/g, ' ')) && /\d/.test(fact.text))
  );
}

/** A question asking for network addresses: "which IPs", "the CIDR", "IP" before "ranges" or "address" (not "IP allow list"). */
const asksNetworkAddress = new RegExp(
  `\\b(?:${askVocabulary.networkAddressWords.join('|')})\\b|\\bip\\s+(?:${askVocabulary.networkAddressNouns.join('|')})\\b`,
  'i',
);
/** An IPv4 address or range ("10.0.0.0/16") or an IPv6 one ("fd00::/8"). */
const writesNetworkAddress = /\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?\b|\b[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?/i;
/** An HTTP path asked for ("the health check path", "liveness probe http path"), not an upgrade or a network path. */
const asksHttpPath = new RegExp(`\\b(?:${askVocabulary.httpPathWords.join('|')})\\s+(?:[\\w-]+\\s+)?paths?\\b`, 'i');

/** Units of time, longest name first, and the short forms written after a figure ("8s", "10 ms"). */
const timeUnitPattern = [...askVocabulary.timeUnits, 'milliseconds', 'millisecond', 'ms'].sort((a, b) => b.length - a.length).join('|');
/**
 * A time asked for: "how many seconds", "how long does it take", "how long until …"; not "how many min" (a minimum) nor
 * "how long is each key" (a length).
 */
const asksDuration = new RegExp(
  `\\bhow\\s+(?:many|much)\\s+(?!mins?\\b)(?:${timeUnitPattern})\\b|\\bhow\\s+long\\s+(?:does|do|did|will|would|until|till|before)\\b`,
  'i',
);
/** A figure of time ("10 minutes", "8s", "120 ms"), not a rate ("15 logins per second" writes none). */
const writesDuration = new RegExp(`\\b\\d[\\d,.]*\\s*(?:${timeUnitPattern}|s)\\b`, 'i');

/** A figure asked for in a unit of time ("…, in minutes?"). */
const asksInTimeUnit = new RegExp(`\\bin\\s+(?:${timeUnitPattern})\\b`, 'i');
const timeSpanNames = askVocabulary.timeSpanNames.map((name) => tokenizeText(name));
/** Whether the words name a span of time ("timeout", "run time"), each name's words in a row. */
function namesTimeSpan(tokens: readonly string[]): boolean {
  return timeSpanNames.some((name) => tokens.some((_, at) => name.every((word, offset) => tokens[at + offset] === word)));
}

/** Units of a day and longer: a span asked in them ("how many days") is never one a fact gives in seconds. */
const longTimeUnitPattern = askVocabulary.timeUnits.filter((unit) => !askVocabulary.shortTimeUnits.includes(unit)).join('|');
const asksLongDuration = new RegExp(`\\bhow\\s+many\\s+(?:${longTimeUnitPattern})\\b`, 'i');
const writesLongDuration = new RegExp(`\\b\\d[\\d,.]*\\s*(?:${longTimeUnitPattern})\\b`, 'i');

/**
 * Kinds of value a question may ask for by name, each with how a fact writes one and how the decline names it; a time
 * only of a question of one part, since a later part ("…, and how long do they last?") is said unstated on its own.
 */
const writtenKinds: readonly { asks: RegExp; writes: RegExp; unstated: string; onePart?: boolean }[] = [
  { asks: asksNetworkAddress, writes: writesNetworkAddress, unstated: 'IP addresses or ranges' },
  { asks: asksHttpPath, writes: /(?:^|[\s(=])\/[\w.-]/, unstated: 'HTTP path for this' },
  { asks: asksLongDuration, writes: writesLongDuration, unstated: 'time or duration for this', onePart: true },
  { asks: asksDuration, writes: writesDuration, unstated: 'time or duration for this', onePart: true },
];

/** The first kind of value the asking text names that no fact writes ("an HTTP path for this"), or null. */
function findUnwrittenKind(asking: string, facts: readonly IndexedFact[], onePart: boolean): string | null {
  return (
    writtenKinds.find((kind) => (onePart || !kind.onePart) && kind.asks.test(asking) && !facts.some((fact) => kind.writes.test(fact.text)))
      ?.unstated ?? null
  );
}

const measureAdjectives = new Set(askVocabulary.measureAdjectives.flatMap((word) => tokenizeText(word)));

/** The sizing resource each resource word names ("storage" gives storage), in canonical tokens. */

/**
 * The one component of a product the question names in full by its own words (not the product's), when it sits on no
 * host whose figures cover it; null when the question names none or several.
 */
/** The words of the layout name a question writes out ("single-cluster"): they name the layout, not a part they alone name ("X cluster"). */
function listWrittenLayoutWords(index: FactIndex, architectureId: string, reading: Reading): ReadonlySet<string> {
  const variantId = reading.variants.get(architectureId);
  const variant = index.byId.get(architectureId)?.architecture.variants.find((candidate) => candidate.id === variantId);
  return variant && writesVariantName(index, reading.tokens, architectureId, variant.id)
    ? new Set(listNameHeadWords(variant.name))
    : new Set();
}

function findNamedPart(index: FactIndex, architectureId: string, reading: Reading): { id: string; name: string } | null {
  const entry = index.byId.get(architectureId);
  // Stryker disable next-line ConditionalExpression: callers pass only ids of products the reading names, which are all in the index.
  if (!entry) return null;
  // Stryker disable next-line MethodExpression: the words compared with it never hold the product's name tokens, so keeping those tokens changes nothing.
  const asked = new Set(reading.tokens.filter((token) => !entry.nameTokens.has(token)));
  const layoutWords = listWrittenLayoutWords(index, architectureId, reading);
  const excluded = new Set(reading.excluded);
  const named = [...entry.components].filter(([id, component]) => {
    if (excluded.has(id)) return false;
    const words = listNameHeadWords(component.name).filter((token) => !entry.nameTokens.has(token));
    return words.length > 0 && words.every((token) => asked.has(token)) && !words.every((token) => layoutWords.has(token));
  });
  const [only] = named;
  if (named.length !== 1 || !only) return null;
  const [id, component] = only;
  const hosted = entry.resolved.some((variant) => variant.hosts.some((host) => host.components.includes(id)));
  return hosted ? null : { id, name: component.name };
}

/**
 * The one part a number counts by its technology or a word of its name ("three <technology> brokers"), or null when
 * no number is followed by such a word or the word names several parts.
 */
function findCountedPart(index: FactIndex, architectureId: string, askingTokens: readonly string[]): { id: string; name: string } | null {
  const entry = index.byId.get(architectureId);
  if (!entry) return null;
  for (const [at, token] of askingTokens.entries()) {
    const next = askingTokens[at + 1] ?? '';
    if (!isPluralCount(token)) continue;
    if (genericNames.has(next) || entry.nameTokens.has(next)) continue;
    const parts = [...entry.components].filter(([, component]) => component.technologyTokens.has(next));
    const [only] = parts;
    if (parts.length === 1 && only) return { id: only[0], name: only[1].name };
  }
  return null;
}

/**
 * The parts one name stands for: the one part findNamedPart finds, else the part with the longest name the question
 * holds ("ledger database volume" over "ledger database"), or every part whose longest name differs from the others'
 * only in what follows it in brackets ("X cluster (site 1)", "X cluster (site 2)"); empty when the name is ambiguous.
 */
function findNamedParts(index: FactIndex, architectureId: string, reading: Reading): { id: string; name: string }[] {
  const one = findNamedPart(index, architectureId, reading);
  if (one) return [one];
  const entry = index.byId.get(architectureId);
  // Stryker disable next-line ConditionalExpression,ArrayDeclaration: callers pass only ids of products the reading names, which are all in the index.
  if (!entry) return [];
  // Stryker disable next-line MethodExpression: asked is only checked for words without the product's name tokens, so keeping those tokens changes nothing.
  const layoutWords = listWrittenLayoutWords(index, architectureId, reading);
  const asked = new Set(reading.tokens.filter((token) => !entry.nameTokens.has(token)));
  // Stryker disable next-line MethodExpression: stems are only compared with each other, so upper and lower case compare alike.
  const stem = (name: string) => name.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const wordsOf = (name: string) => listNameHeadWords(name).filter((token) => !entry.nameTokens.has(token));
  const matching = [...entry.components].filter(([id, component]) => {
    const words = wordsOf(component.name);
    return (
      !reading.excluded.includes(id) &&
      words.length > 0 &&
      words.every((token) => asked.has(token)) &&
      !words.every((token) => layoutWords.has(token))
    );
  });
  // The longest names the question holds are the ones it names ("external X cluster", not "cluster").
  const longest = Math.max(0, ...matching.map(([, component]) => wordsOf(component.name).length));
  const named = matching.filter(([, component]) => wordsOf(component.name).length === longest);
  const hosted = (id: string) => entry.resolved.some((variant) => variant.hosts.some((host) => host.components.includes(id)));
  const [first] = named;
  return first && named.every(([id, component]) => stem(component.name) === stem(first[1].name) && !hosted(id))
    ? named.map(([id, component]) => ({ id, name: component.name }))
    : // Stryker disable next-line ArrayDeclaration: a stand-in part states what the whole product states, and every figure it leaves out returned above.
      [];
}

/**
 * "Is that where …", "is this the store …": a last sentence pointing back at a thing to ask where it is used; a "what"
 * after the pointer checks the claim before it against the sources instead, and points at no thing.
 */
const pointingQuestion = new RegExp(
  `^(is|was)\\s+(?:that|this|it)\\s+(?=(?:where|the\\s+(?:${askVocabulary.pointedPartNouns.join('|')}))\\b)`,
  'i',
);

/**
 * "X also wants a Y. Is that where X keeps A?" as "Is Y where X keeps A?": the last sentence asked of the one part the
 * sentence before it names in full, or null when the question does not point back so or that sentence names no one part.
 */
function namePointedPart(question: string, index: FactIndex): string | null {
  const sentences = question.trim().split(/(?<=[.!?])\s+/);
  const last = sentences.at(-1) ?? '';
  const before = sentences.at(-2);
  const opening = pointingQuestion.exec(last);
  if (!opening || before === undefined || sentences.length !== 2) return null;
  const written = ` ${tokenizeText(before).join(' ')} `;
  // A name's bracketed gloss ("PostgreSQL (A and B)") is no part of what a sentence writes.
  const names = new Set(
    index.architectures.flatMap((entry) =>
      [...entry.components.values()]
        .map((component) => component.name.replace(/\s*\([^)]*\)/g, '').trim())
        .filter((name) => {
          const words = tokenizeText(name);
          return words.length > 0 && written.includes(` ${words.join(' ')} `);
        }),
    ),
  );
  const [only] = names;
  return names.size === 1 && only ? `${opening[1]} ${only} ${last.slice(opening[0].length)}` : null;
}

/** An auxiliary opening a question, after an "and" that joins it to what came before ("and does B …"). */
const leadingAuxiliary = new RegExp(`^(?:and\\s+)?(?:${auxiliaries}|must|may)\\b\\s*`, 'i');

/** Words asking the same of another product ("also", "too"). */
const alsoTokens = new Set(askVocabulary.alsoWords.flatMap((word) => tokenizeText(word)));

/**
 * "A uses X; does B also use X?" or "A uses X, B too?": a statement about some products before a yes/no asking the
 * same of another, split into the question to answer ("does B also use X?", "does B use X?") and the statement; null
 * for any other question.
 */
export function splitPremise(question: string, index: FactIndex): { asking: string; premise: string } | null {
  const match = /^([^?]*[^?\s])[.;,]\s+([^.;,?]+\?)\s*$/.exec(question.trim());
  if (!match) return null;
  // Stryker disable next-line StringLiteral: both groups of the pattern take part in every match, so the defaults are never used.
  const [, premise = '', asking = ''] = match;
  // Only a yes/no asks the same again; "also, which X does B use?" asks something new.
  if (
    !tokenizeText(asking).some((token) => alsoTokens.has(token)) ||
    isCondition(premise) ||
    /\b(?:what|which|how|where|when|why|who)\b/i.test(asking)
  )
    return null;
  const named = (text: string) =>
    readQuestion(text, index)
      .products.filter((product) => product.certainty === 1)
      .map((product) => product.id);
  const before = named(premise);
  const [after, ...more] = named(asking);
  if (!after || more.length > 0 || before.length === 0 || before.includes(after)) return null;
  const opensAsking = leadingAuxiliary.test(asking);
  // Stryker disable next-line OptionalChaining: the product was just read from the index.
  const product = index.byId.get(after)?.nameTokens ?? new Set<string>();
  const names = new Set([...product, ...alsoTokens]);
  // Stryker disable next-line OptionalChaining: the products were just read from the index.
  const premiseNames = new Set(before.flatMap((id) => [...(index.byId.get(id)?.nameTokens ?? [])]));
  const askedWords = tokenizeText(asking.replace(leadingAuxiliary, ''));
  // "…, B too?" says no more than its product: it asks the statement again of B.
  if (askedWords.every((token) => names.has(token) || stopwords.has(token))) {
    const said = premise
      .split(/\s+/)
      .filter((word) => !tokenizeText(word).some((token) => premiseNames.has(token)))
      .join(' ');
    // The asked product (with its "also") is the subject ("is B also one?" says nothing beyond B); a statement with a copula ("A is
    // an internal tool") is asked with it ("is B an internal tool?").
    // Stryker disable next-line Regex: the asking part ends at its only "?", so anchoring it or allowing other characters after it changes nothing.
    const unmarked = asking.replace(/\?\s*$/, '');
    const subject = unmarked
      .split(/\s+/)
      .filter((word) => tokenizeText(word).some((token) => names.has(token)))
      .join(' ');
    const copula = /^(is|are|was|were)\s+(.*)$/i.exec(said);
    return { asking: copula ? `${copula[1]} ${subject} ${copula[2]}?` : `does ${subject} ${said}?`, premise };
  }
  if (opensAsking) return { asking, premise };
  // "B also use X?" with no auxiliary opens with B: a yes/no as "does B also use X?" is.
  // Stryker disable next-line Regex,StringLiteral: the asking part starts after the spaces that end the statement, so its first word is the same at any split and always there.
  return tokenizeText(asking.split(/\s+/)[0] ?? '').some((token) => product.has(token)) ? { asking: `does ${asking}`, premise } : null;
}

const moveFromWords = new Set(askVocabulary.moveCues.from.flatMap((word) => tokenizeText(word)));
const moveToWords = new Set(askVocabulary.moveCues.to.flatMap((word) => tokenizeText(word)));
const joiningWords = new Set(tokenizeText('or and'));

/**
 * Of several clouds a question names, the one it asks about: the one right after "which" or "what" ("which GCP
 * services"), else the destination of a move ("off AWS to GCP", "to GCP from AWS"); undefined when neither says.
 */
function findAskedCloud(tokens: readonly string[]): string | undefined {
  // A cloud asked beside another ("which AWS or GCP service") picks neither.
  // Stryker disable next-line StringLiteral: past the last word no cloud and no joining word stands, whatever the fallback.
  const alone = (at: number) => cloudTokens.has(tokens[at] ?? '') && !joiningWords.has(tokens[at + 1] ?? '');
  const asked = tokens.flatMap((token, at) => (token === whichToken || token === whatToken ? [at + 1, at + 2].filter(alone) : []));
  const [first] = asked;
  // Stryker disable next-line StringLiteral: an asked position always holds a cloud word.
  if (first !== undefined) return cloudTokens.get(tokens[first] ?? '');
  // Stryker disable next-line StringLiteral: past the last word no cloud stands, whatever the fallback.
  const from = tokens.findIndex((token, at) => moveFromWords.has(token) && cloudTokens.has(tokens[at + 1] ?? ''));
  // The move's two ends may come in either order ("off AWS to GCP", "to GCP from AWS").
  // Stryker disable next-line StringLiteral: past the last word no cloud stands, whatever the fallback.
  const to = tokens.findIndex((token, at) => moveToWords.has(token) && cloudTokens.has(tokens[at + 1] ?? ''));
  // Stryker disable next-line StringLiteral: a found move word is followed by its cloud word.
  return from >= 0 && to >= 0 ? cloudTokens.get(tokens[to + 1] ?? '') : undefined;
}

/** Words of a minimum or recommended figure ("minimum CPU", "recommended RAM"). */
const boundScopeWords = new Set(
  [...askVocabulary.scopeCues.minimum, ...askVocabulary.scopeCues.recommended].flatMap((word) => tokenizeText(word)),
);

/** Words that ask for a total over the deployment ("total", "overall"). */
const totalCues = new Set(askVocabulary.computeCues.flatMap((word) => tokenizeText(word)));

/** Nouns that count running copies ("nodes", "replicas"), not multipliers ("x", "times"). */
const copyNounTokens = new Set(
  askVocabulary.countNouns.flatMap((word) => tokenizeText(word)).filter((token) => token.length > 1 && token !== 'time'),
);

/** Words that can follow what "how many" counts ("how many X does it create"). */
const countedVerbs = new Set(tokenizeText(`${auxiliaries.replace(/\|/g, ' ')} must run create need`));

/**
 * "How many provisioner daemons does X start?" of a thing X's sources count only with a vague word ("runs multiple
 * provisioner daemons"): the decline's reason, quoting the sentence that says so, and the fact to cite; null otherwise.
 */
function describeVagueCount(index: FactIndex, reading: Reading): { reason: string; fact: IndexedFact } | null {
  const [only] = reading.products;
  if (!only || reading.products.length !== 1) return null;
  const words = findAskingText(reading.text).split(/\s+/);
  const countAt = words.findIndex((word, at) => /^how$/i.test(word) && /^many$/i.test(words[at + 1] ?? ''));
  if (countAt < 0) return null;
  // What is counted: up to three words after "how many", before a function word, a verb ("… daemons does it start") or
  // "per" ("partitions per topic" counts partitions).
  const counted: string[] = [];
  for (const word of words.slice(countAt + 2, countAt + 5)) {
    const tokens = tokenizeText(word);
    if (tokens.length !== 1 || tokens.some((token) => stopwords.has(token) || countedVerbs.has(token) || distributiveWords.has(token)))
      break;
    counted.push(word.replace(/[^\p{L}\d-]+$/u, ''));
  }
  const head = tokenizeText(counted.at(-1) ?? '')[0];
  // An amount ("how many GB"), a resource ("how many vCPUs") or copies ("how many nodes") is for the other rules.
  if (head === undefined || counted.some((word) => tokenizeText(word).some(isQuantityUnit)) || resourceWordOf.has(head)) return null;
  const fact = findVagueCountOf(index, only.id, head);
  if (!fact) return null;
  const sentence = fact.text.split(/(?<=[.;])\s+/).find((piece) => tokenizeText(piece).includes(head)) ?? fact.text;
  // Stryker disable next-line OptionalChaining: the one product a reading names is in the index, so the lookup never misses.
  const product = index.byId.get(only.id)?.architecture.product ?? only.id;
  return {
    reason: `The vendor documents archkb holds for ${product} state no number of ${counted.join(' ')}; they say only (${fact.title.slice(fact.title.lastIndexOf(': ') + 2)}): "${trimStop(sentence)}."`,
    fact,
  };
}

/** The head words of a part's name that are not the product's own name ("job queue" of "Acme job queue"). */
function listPartWords(index: FactIndex, architectureId: string, name: string): string[] {
  // Stryker disable next-line OptionalChaining: the one product a reading names is in the index.
  return listNameHeadWords(name).filter((token) => !index.byId.get(architectureId)?.nameTokens.has(token));
}

/**
 * What the one product asked about never states though the question asks for it (CPU or memory figures, a version, a
 * load it is rated for), as the decline's reason; null when the question asks for nothing of the kind.
 */
function describeProductSilence(index: FactIndex, reading: Reading, onePart: boolean, central: boolean): string | null {
  const [only] = reading.products;
  if (!only || reading.products.length !== 1) return null;
  // Stryker disable next-line OptionalChaining: the one product a reading names is in the index, so the lookup never misses.
  const about = `The vendor documents archkb holds for ${index.byId.get(only.id)?.architecture.product ?? only.id} state no`;
  let uncounted: string | null = null;
  // "Does X need three <part> brokers?" offers a number of copies of a part no fact counts: yes or no would be a guess.
  if (onePart && reading.yesNo) {
    const askingWords = tokenizeText(findAskingText(reading.text));
    const named = findNamedPart(index, only.id, reading) ?? findCountedPart(index, only.id, askingWords);
    const words = named ? listPartWords(index, only.id, named.name) : [];
    const counted = named ? [...words, ...(index.byId.get(only.id)?.components.get(named.id)?.technologyTokens ?? [])] : [];
    if (named && offersCopyCount(askingWords, counted) && !statesFigureOf(index, only.id, named.id, words))
      return `${about} number of ${named.name} instances to run.`;
  }
  // Resource words only decline a question that asks for figures ("how much", a total, the requirements), not one that
  // mentions them in passing ("one container with a volume attached").
  const asksFigures =
    reading.expectsNumber ||
    reading.compute ||
    // A minimum or recommended amount of a resource ("minimum CPU") asks for figures however long the question is.
    // Stryker disable next-line StringLiteral: the fallback stands for no next word, and no text but a resource word counts, so any other fallback reads the same.
    reading.tokens.some((token, at) => boundScopeWords.has(token) && resourceWordOf.has(reading.tokens[at + 1] ?? '')) ||
    (central && (reading.attributes.has('requirement') || reading.attributes.has('sizing-rule')));
  if (onePart && asksFigures) {
    // A resource word inside the name of a component the question names ("file storage") asks for no figure of that resource.
    const asked = new Set(reading.tokens);
    const nameWords = new Set(
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: the one product a reading names is in the index, so the lookup never misses.
      [...(index.byId.get(only.id)?.components.values() ?? [])]
        .map((component) => listNameHeadWords(component.name))
        .filter((words) => words.length >= 2 && words.every((token) => asked.has(token)))
        .flat(),
    );
    // A resource only a sentence before the question names ("It runs with a volume. Is that for production?") sets the scene.
    const asking = findAskingText(reading.text);
    const askingTokens = new Set(tokenizeText(asking));
    const onlyInScene = (resource: string) =>
      asking !== reading.text &&
      reading.tokens.some((token) => resourceWordOf.get(token) === resource) &&
      ![...askingTokens].some((token) => resourceWordOf.get(token) === resource);
    // "The size of the persistent volume" asks for the figure of the resource its name holds.
    const asksSize = reading.tokens.some((token) => sizeWords.has(token));
    // "With one volume" (or "with a PVC") counts a thing the resource word names, as "two nodes" does: it asks for no
    // amount of storage, unless the resource is also written with an amount ("20 GB of storage on one volume").
    const countsThingOf = (resource: string) => {
      const at = reading.tokens.flatMap((token, position) => (resourceWordOf.get(token) === resource ? [position] : []));
      // Stryker disable next-line StringLiteral: the first word has no word before it, and an empty one is no count.
      return (
        at.length > 0 &&
        at.every((position) => countTokens.has(reading.tokens[position - 1] ?? '') || articleTokens.has(reading.tokens[position - 1] ?? ''))
      );
    };
    const resources = reading.resources.filter(
      (resource) =>
        !onlyInScene(resource) &&
        !(reading.yesNo && countsThingOf(resource)) &&
        (asksSize || !reading.tokens.some((token) => nameWords.has(token) && resourceWordOf.get(token) === resource)),
    );
    const unstated = listUnstatedResources(index, only.id, resources);
    const figures = resources.filter((r) => r !== 'nodes');
    if (unstated.length > 0 && unstated.length === figures.length)
      return `${about} ${unstated.map((r) => resourceLabels[r].noun).join(' or ')} figures.`;
    // "How much memory for the cache?": the one part named, on no host that states figures for it, may state none.
    // The parts of one name ("the X clusters" of two sites) must all state none.
    // A total over the deployment ("drop X: total memory?") names a part only to leave it out or add it.
    const asksTotal = reading.compute && reading.tokens.some((token) => totalCues.has(token));
    // A resource word naming a kind of node ("how many storage nodes") counts those nodes: it asks no figure of a part,
    // unless a word of that resource also stands alone ("how much disk for the storage node").
    const nodeKinds = new Set(
      figures.filter((resource) =>
        reading.tokens.every((token, at) => resourceWordOf.get(token) !== resource || copyNounTokens.has(reading.tokens[at + 1] ?? '')),
      ),
    );
    const partFigures = figures.filter((r) => !nodeKinds.has(r));
    // Stryker disable next-line ArrayDeclaration: a stand-in part states what the whole product states, and every figure it leaves out returned above.
    const parts = asksTotal || partFigures.length === 0 ? [] : findNamedParts(index, only.id, reading);
    const partUnstated =
      parts.length > 0
        ? partFigures.filter((r) => parts.every((part) => listUnstatedResources(index, only.id, [r], part.id).length > 0))
        : [];
    if (partUnstated.length > 0 && partUnstated.length === partFigures.length)
      return `${about} ${partUnstated.map((r) => resourceLabels[r].noun).join(' or ')} figures for ${joinWords(parts.map((part) => part.name))}.`;
    // "How many X replicas?" of a part no fact gives a number for: a count from another part would be a guess.
    // "How many PostgreSQL databases does it create?" counts the named part itself.
    const askingWords = tokenizeText(findAskingText(reading.text));
    const named = findNamedPart(index, only.id, reading);
    const namedWords = named ? listPartWords(index, only.id, named.name) : [];
    const countAt = askingWords.findIndex((token, at) => token === 'how' && askingWords[at + 1] === 'many');
    // The part's name must be what is counted: a verb follows it ("… databases does it create"), not another noun ("topics").
    const lastNamed = askingWords.findLastIndex((token, at) => at > countAt + 1 && at < countAt + 6 && namedWords.includes(token));
    // "From how many people is X advised?" counts a load, not copies of X.
    const loadWords = new Set([
      ...peopleWords,
      ...(index.byId.get(only.id)?.architecture.loadDrivers ?? []).flatMap((driver) => listDriverWords(driver)),
    ]);
    const countsPart =
      // Stryker disable next-line StringLiteral: the next word is only looked up when it exists, so the fallback is never used.
      countAt >= 0 &&
      !loadWords.has(askingWords[countAt + 2] ?? '') &&
      lastNamed > 0 &&
      (askingWords[lastNamed + 1] === undefined || countedVerbs.has(askingWords[lastNamed + 1] ?? '')) &&
      // "How many GB of X does it need" asks an amount of X, not how many X run.
      !askingWords.slice(countAt + 2, lastNamed).some(isQuantityUnit);
    const copied = asksCopyCount(askingWords) || countsPart ? named : null;
    if (copied && !statesFigureOf(index, only.id, copied.id, namedWords)) return `${about} number of ${copied.name} instances to run.`;
    // "How many service replicas per zone?" naming no part: no fact of the product counts copies of anything; said last,
    // after what a load would say.
    const copies = !named && asksCopyCount(askingWords) ? findCopyNoun(askingWords) : null;
    if (copies && !statesCountOf(index, only.id)) uncounted = `${about} number of ${copies}s to run.`;
    if (asksVersion(reading.tokens) && statesNoVersion(index, only.id)) return `${about} versions.`;
    // "How many realms can a cluster hold?": a thing no fact counts, which is no part, resource or load, has no number.
    // Only a thing of one word ("how many realms can …"): in a longer phrase which word is counted is a guess.
    // "The max number of tenants per cluster" counts tenants as "how many tenants" does.
    const numberAt = askingWords.findIndex((token, at) => token === 'number' && askingWords[at + 1] === 'of');
    const thingAt = countAt >= 0 ? countAt : numberAt;
    const [thing, after] = thingAt >= 0 ? askingWords.slice(thingAt + 2) : [];
    // The product's name may follow ("how many tenants Frobcore recommends"), or what each is counted per ("how many
    // GPUs per workspace").
    const counted =
      after === undefined ||
      stopwords.has(after) ||
      measureAdjectives.has(after) ||
      distributiveWords.has(after) ||
      // Stryker disable next-line OptionalChaining: the one product a reading names is in the index, so the lookup never misses.
      index.byId.get(only.id)?.nameTokens.has(after)
        ? thing
        : undefined;
    if (
      counted !== undefined &&
      !namedWords.includes(counted) &&
      !resourceWordOf.has(counted) &&
      !copyNounTokens.has(counted) &&
      !isLoadWord(index, counted) &&
      !countsThing(index, only.id, counted)
    )
      return `${about} number of ${counted}s.`;
  }
  // "Which Google Cloud managed database holds X?" of a product naming no managed service on that cloud: none is stated,
  // and a neighbouring fact (another cloud's service, the part's purpose) would only look like an answer.
  const askedCloud = reading.clouds.length === 1 ? reading.clouds[0] : findAskedCloud(reading.tokens);
  const cloud = clouds.find((entry) => entry.id === askedCloud);
  if (
    onePart &&
    cloud &&
    findAskedAttribute(reading.attributes) === 'managed-service' &&
    // Stryker disable next-line ArrayDeclaration: every indexed product has a list of facts, so the fallback is never used.
    !(index.factsByArchitecture.get(only.id) ?? []).some(
      // Stryker disable next-line ConditionalExpression: only a managed service's text opens with a cloud's name.
      (fact) => fact.attribute === 'managed-service' && fact.text.startsWith(`${cloud.label}: `),
    )
  )
    return `${about} ${cloud.label} managed service.`;
  // "What retention does X recommend?" of a product whose facts never use the word: nothing in them answers it.
  const unheld = onePart ? findUnheldAsked(index, only.id, tokenizeText(findAskingText(reading.text))) : null;
  if (unheld) {
    const written = new RegExp(`\\b(?:what|which)\\s+([\\p{L}-]+)`, 'iu').exec(findAskingText(reading.text))?.[1] ?? unheld;
    return `${about} ${written.toLowerCase()}.`;
  }
  // "What's the default start timeout?" of a product whose facts name no timeout: none of its settings is one.
  const kind = onePart ? findUnheldSettingKind(index, only.id, tokenizeText(findAskingText(reading.text))) : null;
  if (kind) return `${about} ${kind}.`;
  // "How many logins can it handle?" asks for a load; "which login methods does it handle?" does not.
  // A question counting a load ("how many concurrent users …", "the max number of workspaces …") asks for one however
  // long it goes on.
  const asking = tokenizeText(findAskingText(reading.text));
  const countsLoad = (at: number) => {
    const [before, previous] = [asking[at - 2], asking[at - 1]];
    return (before === 'how' && (previous === 'many' || previous === 'much')) || (before === 'number' && previous === 'of');
  };
  const opensWithLoad = asking.some(
    (token, at) =>
      // Stryker disable next-line StringLiteral: the word before exists whenever at > 0, so the fallback is never used.
      isLoadWord(index, token) && (countsLoad(at) || (at > 0 && !isLoadWord(index, asking[at - 1] ?? '') && countsLoad(at - 1))),
  );
  // "The max run time, in minutes?" asks for a time a setting holds, however "max" reads.
  // "Max open conns?" names a setting's words ("MaxOpenConns"): it asks the setting's value, not a load the product serves.
  const asksLoad =
    reading.attributes.has('rated-load') &&
    (central || opensWithLoad) &&
    !namesSettingOf(index, only.id, asking) &&
    (reading.expectsNumber || reading.extreme !== null) &&
    !asksInTimeUnit.test(reading.text) &&
    !namesTimeSpan(asking);
  // "On the minimum HA spec" asks what a stated setup serves; "with 8 GB" gives an amount the rules can size from.
  const ofStatedSetup = reading.scopes.length > 0 && !reading.numbers.some((number) => number.measure !== undefined);
  // "How many replicas for 1,000 users?" of a product sized by no load: nothing in its sources grows with users.
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: the one product a reading names is in the index, so the lookup never misses.
  const drivers = index.byId.get(only.id)?.architecture.loadDrivers ?? [];
  // Stryker disable next-line StringLiteral: no load word is an empty text or a text with spaces, so a number at the end of the question gives no load either way.
  const givenLoad = reading.numbers.find((number) => !number.measure && isLoadWord(index, reading.tokens[number.position + 1] ?? ''));
  // A yes/no about an amount at a load ("does it need more replicas at 5,000 users?") asks the same of a rule by load.
  const asksAmount = reading.yesNo ? reading.resources.length > 0 : reading.expectsNumber;
  if (asksAmount && drivers.length === 0 && givenLoad && !reading.attributes.has('rated-load')) {
    const token = reading.tokens[givenLoad.position + 1] ?? '';
    // A misspelt load word ("usres") was read as the load it stands for, so the driver's own word names it.
    const load = reading.text.match(new RegExp(`\\b${token}[\\w-]*`, 'i'))?.[0] ?? nameLoadWord(index, token) ?? 'load';
    return `${about} sizing by load: no figure in them grows with the number of ${load}.`;
  }
  // A load named only in an aside ("max namespaces per cluster (one per user)?") says what is counted, not what is asked.
  const outside = new Set(tokenizeText(dropAsides(reading.text)));
  const aside = new Set(tokenizeText((reading.text.match(/\([^)]*\)/g) ?? []).join(' ')).filter((token) => !outside.has(token)));
  const unbracketed = reading.tokens.filter((token) => !aside.has(token));
  if (!reading.yesNo && asksUnstatedLoad(index, only.id, unbracketed, asksLoad, ofStatedSetup))
    // Stryker disable next-line OptionalChaining: the one product a reading names is in the index, so the lookup never misses.
    return (index.byId.get(only.id)?.architecture.loadDrivers.length ?? 0) > 0
      ? `${about} load it was rated or tested for: its sizing rules say what each unit of load needs, not how much load a setup serves.`
      : `${about} load it was rated or tested for, and no measure of load it is sized by.`;
  return uncounted;
}

/**
 * "Does the chart ship default CPU requests?" asks whether figures are given at all: the fact saying none are is a no
 * ("does it leave them unset?" asks the other way round, a yes). Null unless a yes/no of one product, with no figure of
 * its own, meets such a fact.
 */
function answerResourceSilence(index: FactIndex, reading: Reading, scope: readonly string[], silence: string): Draft | null {
  const said =
    reading.yesNo && reading.numbers.length === 0 && scope.length === 1
      ? findResourceSilence(
          index,
          // Stryker disable next-line StringLiteral: the scope holds exactly one id here.
          scope[0] ?? '',
          reading.resources.filter((resource) => resource !== 'nodes'),
          listQueryTokens(index, reading),
        )
      : null;
  if (!said) return null;
  const verdict = isQuestionNegated(reading.text) || reading.tokens.some((token) => unsetWords.has(token)) ? 'Yes' : 'No';
  return {
    // Stryker disable next-line StringLiteral: nothing reads this draft's kind: the answer and its route are set to yes-no.
    kind: 'yes-no',
    text: `${verdict}. ${silence} ${trimStop(writeFact(said))}.`,
    facts: [said],
    coverage: 0.85,
    strength: 0.85,
  };
}

/**
 * Answers a question and returns the features its confidence is scored from; `answerQuestion` is this without them,
 * and the calibration script fits the confidence model on them.
 */
export function answerWithFeatures(asked: string, architectures: readonly Architecture[], options: AnswerOptions = {}): Scored {
  const index = getFactIndex(architectures);
  const question = rewordQuestion(readLetter(readSnippets(asked), index));
  // "X also wants a Y. Is that where X keeps A?": the question is asked of the one part the sentence before it names.
  const pointed = namePointedPart(question, index);
  if (pointed) {
    const of = answerWithFeatures(pointed, architectures, options);
    return { ...of, answer: { ...of.answer, question } };
  }
  // "A uses X; does B also use X?" asks of B; what the sources say of A follows, for comparison.
  const premised = splitPremise(question, index);
  if (premised) {
    const of = answerWithFeatures(premised.asking, architectures, options);
    const said = of.answer.answer === null ? null : answerWithFeatures(`${premised.premise}.`, architectures, options).answer;
    if (!said?.answer || said.kind !== 'lookup') return { ...of, answer: { ...of.answer, question } };
    // The statement's own page is cited too, after the answer's first sources.
    const limit = options.maxSources ?? 6;
    const own = of.answer.sources.slice(0, Math.max(1, limit - 2));
    const sources = [...own, ...said.sources.filter((source) => !own.some((s) => s.url === source.url))].slice(0, limit);
    return {
      answer: {
        ...of.answer,
        question,
        answer: `${of.answer.answer} For comparison, ${said.answer}`,
        sources,
      },
      features: of.features,
    };
  }
  // "The box that keeps the ledger — what runs it?": the part that does it is found first, then
  // the question is asked of it by name.
  const described = findDescribedPart(question);
  if (described) {
    const found = answerWithFeatures(`${described.before}which part ${described.clause}?`, architectures, options).answer;
    const [lead] = found.sources;
    const name = found.kind === 'lookup' && lead?.url.includes('#component-') ? lead.title.slice(lead.title.lastIndexOf(': ') + 2) : '';
    if (name) {
      const of = answerWithFeatures(`${described.before}the ${name} \u2014 ${described.after}`, architectures, options);
      return { ...of, answer: { ...of.answer, question } };
    }
  }
  const read = readQuestion(question, index);
  // On a product's page, a product only guessed from a part's name ("which message broker …") gives way to the page's.
  const page = options.architectureId;
  const guessedOnly = read.products.length > 0 && read.products.every((p) => p.certainty < 1 && p.id !== page);
  const reading = page !== undefined && index.byId.has(page) && guessedOnly ? { ...read, products: [{ id: page, certainty: 1 }] } : read;
  const limit = options.maxSources ?? 6;
  // Stryker disable next-line StringLiteral: every use of this evidence goes through decline(), which replaces its route.
  const none: ConfidenceFeatures = { ...readConfidenceFeatures(null, reading), route: 'lookup' };
  if (reading.unanswerable) {
    return decline(
      question,
      reading.unanswerable,
      listNearestPages(
        index,
        reading.products.map((p) => p.id),
      ),
      'declined-topic',
      none,
    );
  }
  const foreign = [...reading.otherProducts.map((p) => p.name.replace(/\b\p{L}/gu, (c) => c.toUpperCase())), ...reading.unknownNames];
  if (foreign.length > 0 && (reading.products.length === 0 || asksOfMissingProduct(index, reading))) {
    return decline(
      question,
      `archkb has no architecture for ${foreign.join(' or ')}. Nearest in archkb: ${suggestPeers(index, reading)}.`,
      [],
      'declined-unknown-product',
      none,
    );
  }
  const scope = chooseScope(index, reading, options);
  // With no product, category or page to go by, an answer would be about whichever product happened to match best.
  const pageScoped = options.architectureId !== undefined && index.byId.has(options.architectureId);
  if (reading.products.length === 0 && reading.category === null && !pageScoped && !reading.filter) {
    return decline(
      question,
      `The question names no product archkb holds, so it cannot say whose answer to give. Nearest in archkb: ${suggestPeers(index, reading)}.`,
      [],
      'declined-no-product',
      none,
    );
  }
  // A name nothing in archkb places, asked about a product it holds ("does product X need Frobnicator?"), is not mentioned there.
  // A name the product never mentions decides a short or yes/no question; in a long one it may be an aside.
  // Stryker disable next-line Regex: the reading's text has its runs of spaces collapsed to one, so one space and several split alike.
  // A label before the question ("Frobcore pods: what …?") adds no words to it.
  const central = reading.yesNo || dropLeadingLabel(reading.text).split(/\s+/).length <= 12;
  // In a question of several sentences, names in the sentences that set the scene ("people in a far region complain") are
  // context, and so are those of a claim put to a check ("Sales told us X runs on Frobcore. True?"), which the yes/no rules judge.
  const asking = findAskingText(reading.text, false);
  // A name given only as an example of what the question asks about ("arm64, e.g. Graviton") is an aside.
  const exemplified = (name: string) =>
    new RegExp(`\\b(?:e\\.?g\\.?|such as|like|for example|for instance)\\s+(?:[\\p{L}\\d-]+\\s+){0,2}${escapeRegExp(name)}\\b`, 'iu').test(
      reading.text,
    );
  const inAsking = (names: string[]) => names.filter((name) => asking.includes(name) && !exemplified(name));
  // In a longer question, a name is still what is asked when it heads the "which"/"what", up to three words after it
  // ("which HSM products …", "which cloud Frob endpoint …"), or is one of the options offered right after it ("which
  // encryption mode (SSE-A or SSE-B) …").
  const heads = (name: string) => {
    const written = escapeRegExp(name);
    return new RegExp(`\\b(?:which|what)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}(?:\\([^)]*)?${written}\\b`, 'iu').test(asking);
  };
  const unknownAsked = inAsking(reading.unknownNames).filter((name) => central || heads(name));
  const unplaced = unknownAsked.length > 0 ? unknownAsked : inAsking(reading.unmentionedNames).filter((name) => central || heads(name));
  // In a question of several parts, a name in one part declines that part, not the parts that do not use it.
  const partsWithout = splitQuestion(question).filter((part) => !unplaced.some((name) => part.includes(name)));
  if (unplaced.length > 0 && reading.otherProducts.length === 0 && reading.compare === false && partsWithout.length === 0) {
    // Stryker disable next-line OptionalChaining,StringLiteral: the products a reading names are all in the index; a reading of two products compares, so this decline has one name to join.
    const about = reading.products.map((p) => index.byId.get(p.id)?.architecture.product ?? p.id).join(' and ');
    return decline(
      question,
      `The vendor documents archkb holds for ${about} do not mention ${unplaced.join(' or ')}.`,
      listNearestPages(index, scope),
      'declined-unmentioned',
      none,
    );
  }
  // A setting named exactly that the product's documents never write is what the question asks about, in every part.
  const [onlyProduct] = reading.products;
  const unheldSetting =
    reading.products.length === 1 && onlyProduct && !reading.compare ? findUnheldSetting(index, onlyProduct.id, asking) : null;
  if (unheldSetting) {
    // Stryker disable next-line OptionalChaining: the one product a reading names is in the index.
    const about = index.byId.get(onlyProduct?.id ?? '')?.architecture.product ?? '';
    return decline(
      question,
      `The vendor documents archkb holds for ${about} do not mention ${unheldSetting}.`,
      listNearestPages(index, scope),
      'declined-unmentioned',
      none,
    );
  }
  const vague = splitQuestion(question).length === 1 ? describeVagueCount(index, reading) : null;
  if (vague) {
    const cited: Draft = { kind: 'lookup', text: null, facts: [vague.fact], coverage: 0, strength: 0 };
    return decline(question, vague.reason, listSources(cited, index, limit), 'declined-absence', none);
  }
  // "The default CPU for services.api.resources?": a setting the sources write answers, whatever figures they lack.
  const heldSetting = reading.products.length === 1 && namesHeldSetting(index, reading.products[0]?.id ?? '', findAskingText(reading.text));
  const silence = heldSetting ? null : describeProductSilence(index, reading, splitQuestion(question).length === 1, central);
  const denied = silence ? answerResourceSilence(index, reading, scope, silence) : null;
  if (denied) {
    return {
      answer: { question, answer: denied.text, kind: 'yes-no', sources: listSources(denied, index, limit, reading.variants) },
      features: {
        ...readConfidenceFeatures(denied, reading, listQueryTokens(index, reading), (token) => weighToken(index, token, scope)),
        route: 'yes-no',
      },
    };
  }
  if (silence) return decline(question, `${sayMissing(reading)}${silence}`, listNearestPages(index, scope), 'declined-absence', none);
  // "Which message broker does X recommend?" of a product with no such part, whose sources never use the words.
  // Stryker disable next-line StringLiteral: the scope holds exactly one id here.
  const unheld = scope.length === 1 && reading.products.length === 1 ? findUnheldRole(index, scope[0] ?? '', reading.tokens) : null;
  if (unheld) {
    // Stryker disable next-line OptionalChaining,StringLiteral: the scope holds exactly one id here, of a product in the index.
    const product = index.byId.get(scope[0] ?? '')?.architecture.product ?? '';
    return decline(
      question,
      `The vendor documents archkb holds for ${product} name no ${unheld}.`,
      listNearestPages(index, scope),
      'declined-absence',
      none,
    );
  }
  const draft = answerParts(question, index, reading, scope, options, unplaced);
  const query = listQueryTokens(index, reading);
  const evidence: ConfidenceFeatures = {
    ...readConfidenceFeatures(draft, reading, query, (token) => weighToken(index, token, scope)),
    route: draft.kind,
  };
  const context = createAnswerContext(index, reading, scope);
  const about =
    // Stryker disable next-line OptionalChaining: the products a reading names are all in the context's index, so the lookup never misses.
    reading.products.map((p) => findIndexed(context, p.id)?.architecture.product ?? p.id).join(' and ') ||
    // Stryker disable next-line OptionalChaining: a reading's category is one of the categories the index was built from, so the lookup never misses.
    (reading.category ? categories.find((c) => c.id === reading.category)?.plural : '') ||
    'the products in archkb';
  // A fact saying the sources are silent on what is asked beats a neighbouring fact that only looks like an answer.
  const absence =
    draft.kind === 'compute' || draft.kind === 'compare' || reading.products.length === 0 || splitQuestion(question).length > 1
      ? null
      : findAbsence(index, scope, reading.variants, query, draft, 0.6, findAskedAttribute(reading.attributes));
  if (absence) {
    return decline(
      question,
      `The vendor documents archkb holds for ${about} state no ${trimStop(absence.text).replace(/^(?:the|a|an|any)\s+/i, '')}.`,
      listSources({ ...draft, facts: [absence.fact] }, index, 3),
      'declined-absence',
      evidence,
    );
  }
  // "Which server release were the figures measured on?": a version of something no fact of the answer gives is unstated.
  const versioned =
    draft.kind === 'lookup' && splitQuestion(question).length === 1
      ? // Only the asking sentence asks for a version: "we upgraded our release last week. What are we missing?" does not.
        findVersionSubject(
          tokenizeText(findAskingText(reading.text)),
          (token) => index.nameOwners.has(token) || index.componentOwners.has(token),
        )
      : null;
  // A part named by a word of its own ("FCU", its initials) has its version given in a fact about it.
  const versionedParts = new Set(
    versioned && !index.nameOwners.has(versioned)
      ? scope.flatMap((id) =>
          // Stryker disable next-line OptionalChaining,ArrayDeclaration: the scope holds only ids of products in the index, so the lookup never misses.
          [...(index.byId.get(id)?.components ?? [])].filter(([, component]) => component.tokens.has(versioned)).map(([part]) => part),
        )
      : // Stryker disable next-line ArrayDeclaration: no component id is a stand-in text, so a stand-in part matches no fact either way.
        [],
  );
  if (
    versioned &&
    !draft.facts.some(
      (fact) =>
        statesVersionOf(fact.text, versioned) ||
        // The word alone ("defaults to the chart's app version") gives no version: the fact must write one.
        (fact.component !== null &&
          versionedParts.has(fact.component) &&
          fact.tokens.includes(versionToken) &&
          listVersionWords(fact.text).length > 0),
    )
  ) {
    const name = reading.text.match(new RegExp(`\\b${versioned}\\w*`, 'i'))?.[0] ?? versioned;
    return decline(
      question,
      `The vendor documents archkb holds for ${about} state no ${name} version.`,
      listSources({ ...draft, facts: draft.facts.slice(0, 3) }, index, 3),
      'declined-absence',
      evidence,
    );
  }
  // "Which IP range does X call out from?", "the liveness probe's HTTP path?": a value of a kind no fact of the answer
  // writes is unstated, however close the fact.
  const absent =
    draft.kind === 'lookup' ? findUnwrittenKind(findAskingText(reading.text), draft.facts, splitQuestion(question).length === 1) : null;
  if (absent) {
    return decline(
      question,
      `The vendor documents archkb holds for ${about} state no ${absent}.`,
      listSources({ ...draft, facts: draft.facts.slice(0, 3) }, index, 3),
      'declined-absence',
      evidence,
    );
  }
  // "Which ports does X expose?": an answer with no port in it answers something else; the port is unstated.
  // A question of several parts says which part is unstated, part by part.
  if (
    draft.kind === 'lookup' &&
    asksPort.test(findAskingText(reading.text)) &&
    !draft.facts.some(statesPort) &&
    splitQuestion(question).length === 1
  ) {
    const statesPorts = scope.some((id) => (index.factsByArchitecture.get(id) ?? []).some((fact) => fact.attribute === 'port'));
    const [lead] = draft.facts;
    return decline(
      question,
      `The vendor documents archkb holds for ${about} state no ${statesPorts && lead?.component ? `port for ${lead.subject}` : 'ports'}.`,
      listSources({ ...draft, facts: draft.facts.slice(0, 3) }, index, 3),
      'declined-absence',
      evidence,
    );
  }
  // "Which instance type …" of a product whose documents name no cloud size anywhere: the size is unstated, unless the
  // answer's lead speaks of the kind asked ("pick the node type by memory"), which is the vendor's word on it.
  if (
    draft.kind === 'lookup' &&
    asksCloudSize(reading.content) &&
    scope.length > 0 &&
    scope.every((id) => !statesCloudSize(index, id)) &&
    !draft.facts.some((fact) => namesCloudSize(fact.text)) &&
    !(draft.facts[0]?.tokens.some((token) => kindTokens.has(token)) && !deniesKind.test(draft.facts[0].text))
  ) {
    // The part the question names, when an answer fact is about it, is what has no size; else the answer's lead.
    const lead =
      draft.facts.find((fact) => fact.component && reading.content.some((token) => fact.subjectTokens.has(token))) ?? draft.facts[0];
    return decline(
      question,
      `The vendor documents archkb holds for ${about} state no instance type or size${lead?.component ? ` for ${lead.subject}` : ''}.`,
      listSources({ ...draft, facts: draft.facts.slice(0, 3) }, index, 3),
      'declined-absence',
      evidence,
    );
  }
  if (draft.text === null || isWeak(draft)) {
    const nearest = listSources({ ...draft, facts: draft.facts.slice(0, 3) }, index, 3);
    return decline(
      question,
      draft.declined ?? `The vendor documents archkb holds for ${about} do not state this; the nearest facts are listed as sources.`,
      nearest.length > 0 ? nearest : listNearestPages(index, scope),
      'declined-unstated',
      evidence,
    );
  }
  return {
    answer: {
      question,
      answer: `${sayMissing(reading)}${nameAsInVariant(draft.text, draft.facts, reading.variants)}`,
      kind: draft.kind,
      sources: listSources(draft, index, limit, reading.variants),
    },
    features: evidence,
  };
}

/**
 * Answers a question from the knowledge base without a language model: reads it into products, attributes, numbers
 * and an operation, answers from the facts of the model (or a computation over them), and declines, naming what is
 * not stated, when nothing in the model answers it. Confidence is a calibrated estimate that the answer is right.
 */
export function answerQuestion(question: string, architectures: readonly Architecture[], options: AnswerOptions = {}): Answer {
  const { answer, features } = answerWithFeatures(question, architectures, options);
  const { answer: text, kind, sources, declined } = answer;
  return { question, answer: text, confidence: scoreConfidence(features), kind, ...(declined ? { declined } : {}), sources };
}

import { askVocabulary, clouds, roles, type FactAttribute, type SizingResource } from '../model/index.ts';
import {
  countWordPattern,
  countWordValues,
  dropAsides,
  escapeRegExp,
  measureEditDistance,
  stopwords,
  tokenizeQuestion,
  tokenizeText,
} from './normalize-question.ts';
import { cuesOf, weighToken } from './select-facts.ts';
import type { FactIndex, IndexedFact } from './types.ts';

/** One thing a fact says the sources do not state ("the proxy product or size"), with its words. */
export interface Absence {
  fact: IndexedFact;
  /** The unstated thing, in archkb's words. */
  text: string;
  tokens: ReadonlySet<string>;
  /** Words of the rest of the fact, where it states something rather than its silence. */
  stated: ReadonlySet<string>;
}

/** Ways archkb's facts say a source is silent: "Not stated: a, b", "gives no a, no b", "sets no a", "no a is stated", "a is not stated". */
const absencePatterns: readonly RegExp[] = [
  /\bnot stated(?: by the vendor)?:\s*([^.]+)/gi,
  /\b(?:gives|states|names|lists|says|sets) no(?:thing about)? ([^.;]+)/gi,
  /\bno ([^.;]+?) (?:is|are) (?:stated|given|named)/gi,
  /(?:^|[.;,]\s*)([^.;,]+?) (?:is|are) not (?:stated|given|said)/gi,
  /\bdoes not (?:state|say|give|name) ([^.;]+)/gi,
];

const cache = new WeakMap<FactIndex, Map<string, Absence[]>>();

/** Splits a clause listing several unstated things into one item each ("a, b and any c" gives three). */
function splitItems(clause: string): string[] {
  return dropAsides(clause)
    .split(/,\s*(?:and\s+|or\s+|nor\s+)?|;\s*|\s+nor\s+|,?\s+and no\s+|\bno\s+/i)
    .map((item) => item.trim())
    .filter((item) => item.length > 2);
}

/** Every absence the facts of one architecture state, read once per index. */
export function listAbsences(index: FactIndex, architectureId: string): Absence[] {
  let byArchitecture = cache.get(index);
  if (!byArchitecture) {
    byArchitecture = new Map();
    cache.set(index, byArchitecture);
  }
  const cached = byArchitecture.get(architectureId);
  if (cached) return cached;
  const absences: Absence[] = [];
  for (const fact of index.factsByArchitecture.get(architectureId) ?? []) {
    // A disagreement quotes both sides; what one side does not say is not a silence of the sources.
    if (fact.attribute === 'conflict') continue;
    const found: { item: string; clause: string }[] = [];
    for (const pattern of absencePatterns) {
      for (const match of fact.text.matchAll(pattern))
        for (const item of splitItems(match[1] ?? '')) found.push({ item, clause: match[0] });
    }
    if (found.length === 0) continue;
    const rest = found.reduce((text, { clause }) => text.replace(clause, ' '), fact.text);
    const stated = new Set(tokenizeQuestion(rest).tokens.filter((token) => !stopwords.has(token)));
    for (const { item } of found) {
      const tokens = new Set(tokenizeQuestion(item).tokens.filter((token) => !stopwords.has(token)));
      if (tokens.size > 0) absences.push({ fact, text: item, tokens, stated });
    }
  }
  byArchitecture.set(architectureId, absences);
  return absences;
}

/**
 * Whether the question holds a word of a part's name that the silent fact does not hold and another fact of the answer
 * has in its subject: "how does the frontend reach the services?" asks about the frontend, not about what the service
 * note leaves unsaid.
 */
function namesOtherPart(index: FactIndex, query: readonly string[], silent: IndexedFact, facts: readonly IndexedFact[]): boolean {
  const own = new Set([...silent.tokens, ...silent.subjectTokens]);
  return query.some(
    (token) =>
      index.componentOwners.has(token) &&
      !own.has(token) &&
      facts.some((fact) => fact !== silent && fact.component !== silent.component && fact.subjectTokens.has(token)),
  );
}

/**
 * The absence that explains a question best, when it explains it better than the answer found: either its share of the
 * question's weight reaches `floor` and beats the answer's coverage, or the answer's best fact is the very fact that
 * states the silence and the silence covers more of the question than the rest of that fact. Null otherwise.
 */
export function findAbsence(
  index: FactIndex,
  architectureIds: readonly string[],
  variants: ReadonlyMap<string, string>,
  query: readonly string[],
  answer: { coverage: number; facts: readonly IndexedFact[] },
  floor = 0.6,
  asked: FactAttribute | null = null,
): Absence | null {
  const total = query.reduce((sum, token) => sum + weighToken(index, token, architectureIds), 0);
  if (total === 0) return null;
  const share = (tokens: ReadonlySet<string>) =>
    query.filter((token) => tokens.has(token)).reduce((sum, token) => sum + weighToken(index, token, architectureIds), 0) / total;
  const lead = answer.facts[0];
  const held = new Set(
    answer.facts
      .filter((fact) => fact !== lead || !listAbsences(index, fact.architecture).some((a) => a.fact === fact))
      .flatMap((fact) => [...fact.tokens, ...fact.subjectTokens]),
  );
  // The thing the answer is about holds a fact of the kind asked ("what is it for": its purpose).
  const answersAsked =
    asked !== null &&
    lead !== undefined &&
    (index.factsByArchitecture.get(lead.architecture) ?? []).some(
      (fact) => fact.attribute === asked && fact.component !== null && fact.component === lead.component,
    );
  let best: { absence: Absence; share: number } | null = null;
  for (const id of architectureIds) {
    const variant = variants.get(id) ?? index.defaultVariants.get(id) ?? '';
    for (const absence of listAbsences(index, id)) {
      if (!absence.fact.variants.includes(variant)) continue;
      // Asked what a thing is for, and the thing has that fact: a silence about something else it does is no answer.
      if (answersAsked && ![...cuesOf(asked as FactAttribute)].some((cue) => absence.tokens.has(cue))) continue;
      const covered = share(absence.tokens);
      // The answer's facts already hold every asked word the silence names: the silence is about something narrower.
      const beyond = query.some((token) => absence.tokens.has(token) && !held.has(token));
      const decisive =
        (covered >= floor && covered > answer.coverage && beyond) ||
        // A fact that gives figures and adds that nothing smaller is stated answers with the figures, not the silence.
        (absence.fact === lead &&
          !namesOtherPart(index, query, absence.fact, answer.facts) &&
          covered >= floor / 2 &&
          covered > share(absence.stated) &&
          ![...absence.stated].some((token) => /\d/.test(token)));
      if (decisive && (!best || covered > best.share)) best = { absence, share: covered };
    }
  }
  return best?.absence ?? null;
}

const shareWords = new Set(askVocabulary.shareWords.flatMap((word) => tokenizeText(word)));
const resourceTokens = new Map<SizingResource, Set<string>>();
for (const [word, resource] of Object.entries(askVocabulary.resourceWords)) {
  const tokens = resourceTokens.get(resource) ?? new Set<string>();
  for (const token of tokenizeText(word)) tokens.add(token);
  resourceTokens.set(resource, tokens);
}

/** The kinds of fact that give resource figures; a purpose's "2.0" next to "core logic" is no CPU figure. */
const figureAttributes = new Set<FactAttribute>([
  'requirement',
  'sizing-rule',
  'limit-rule',
  'threshold',
  'rated-load',
  'setting',
  'note',
  'conflict',
  'host',
  'managed-service',
]);

/**
 * The resources asked for (CPU, memory, storage, IOPS; not node counts) that no fact of an architecture, in any of its
 * variants, gives a figure for (of one component, when given), so a request for figures its sources never give is declined.
 */
export function listUnstatedResources(
  index: FactIndex,
  architectureId: string,
  resources: readonly SizingResource[],
  component?: string,
): SizingResource[] {
  // Of one component, its own facts: the caller leaves out a component whose figures a host states for it.
  const facts = (index.factsByArchitecture.get(architectureId) ?? []).filter(
    (fact) => component === undefined || fact.component === component,
  );
  // A fact naming a resource only to say it is not stated ("no CPU or memory is stated") gives no figure for it.
  const silent = listAbsences(index, architectureId);
  // The fact's own words, not its subject's: "2 nodes" of a component named "File storage" is no storage figure.
  // A resource word naming a kind of node ("one storage node") counts the nodes, not the resource.
  const statesIt = (fact: IndexedFact, tokens: ReadonlySet<string> | undefined) =>
    tokenizeText(fact.text).some(
      (token, at, all) =>
        tokens?.has(token) &&
        !countNounTokens.has(all[at + 1] ?? '') &&
        !silent.some((absence) => absence.fact === fact && absence.tokens.has(token)),
    );
  // A utilisation target ("80 % CPU") is a share of whatever the pod gets, not a CPU or memory figure.
  const isShare = (fact: IndexedFact) => fact.tokens.some((token) => shareWords.has(token));
  return resources.filter(
    (resource) =>
      resource !== 'nodes' &&
      !facts.some(
        (fact) =>
          figureAttributes.has(fact.attribute) && fact.statesQuantity && !isShare(fact) && statesIt(fact, resourceTokens.get(resource)),
      ),
  );
}

/** The auxiliaries that open a yes/no question ("does", "should"), as canonical tokens. */
const auxiliaryTokens: ReadonlySet<string> = new Set(askVocabulary.yesNoOpeners.flatMap((word) => tokenizeText(word)));

/** Words that count copies of a part ("replicas", "nodes"), as canonical tokens. */
export const countNounTokens: ReadonlySet<string> = new Set(askVocabulary.countNouns.flatMap((word) => tokenizeText(word)));

/**
 * Whether a question asks how many copies of something to run ("how many X replicas", "how many pods of X"): it opens
 * with "how many" and a word counting copies follows within four words (a product name may come between).
 */
export function asksCopyCount(askingTokens: readonly string[]): boolean {
  const [how, many, ...rest] = askingTokens;
  // The count ends at its verb: "how many zones should the nodes span" counts zones, not nodes.
  const window = rest.slice(0, 4);
  const verbAt = window.findIndex((token) => auxiliaryTokens.has(token));
  return (
    (how === 'how' && many === 'many' && window.slice(0, verbAt < 0 ? undefined : verbAt).some((token) => countNounTokens.has(token))) ||
    findNamedCopyCount(askingTokens) !== null
  );
}

// Stryker disable next-line StringLiteral: tokenizing gives the words back, and with no text the defaults are the same words.
const [countToken = 'count', numberToken = 'number'] = tokenizeText('count number');

/** The noun of copies a count names without "how many" ("node count", "the number of replicas"), or null. */
function findNamedCopyCount(tokens: readonly string[]): string | null {
  const counted = tokens.find((token, at) => copyNouns.has(token) && tokens[at + 1] === countToken);
  if (counted) return counted;
  const at = tokens.findIndex((token, i) => token === numberToken && tokens[i + 1] === ofToken);
  return at < 0 ? null : (tokens.slice(at + 2, at + 5).find((token) => copyNouns.has(token)) ?? null);
}

/** Whether a token counts two copies or more ("3", "three"); one copy ("one container") asks of a shape, not a count. */
export function isPluralCount(token: string): boolean {
  const count = /^\d+$/.test(token) ? Number(token) : askVocabulary.countWords[token];
  return count !== undefined && count >= 2;
}

/**
 * Whether a question offers a number of copies of a part ("needs three replicas", "3 <part> brokers"): a number of two
 * or more followed by a word counting copies within three words, or right before the part's own words.
 */
export function offersCopyCount(askingTokens: readonly string[], partWords: readonly string[]): boolean {
  return askingTokens.some(
    (token, at) =>
      isPluralCount(token) &&
      (partWords.includes(askingTokens[at + 1] ?? '') || askingTokens.slice(at + 1, at + 4).some((next) => copyNouns.has(next))),
  );
}

/** Count nouns that name copies of something running ("replicas", "pods"), not multipliers ("x", "times"). */
const copyNouns = new Set(
  askVocabulary.countNouns.flatMap((word) => tokenizeText(word)).filter((token) => token.length > 1 && token !== 'time'),
);

/** The noun of copies a count asks for ("replica" in "how many service replicas per zone", "node count"), or null. */
export function findCopyNoun(askingTokens: readonly string[]): string | null {
  const at = askingTokens.findIndex((token, i) => token === 'how' && askingTokens[i + 1] === 'many');
  return at < 0 ? findNamedCopyCount(askingTokens) : (askingTokens.slice(at + 2, at + 6).find((token) => copyNouns.has(token)) ?? null);
}

/** A number of copies of something running, in figures or words ("3 replicas", "one instance", "2 x", "nodes: 2"). */
const countedCopies = new RegExp(
  `(?:\\b\\d[\\d,.]*|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|single))\\s*(?:×|x\\b)?\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${askVocabulary.countNouns
    .filter((word) => word.length > 1 && !/^times?$/.test(word))
    .join(
      '|',
    )})\\b|\\b(?:${askVocabulary.countNouns.filter((word) => word.length > 1 && !/^times?$/.test(word)).join('|')})\\w*\\s*[=:]\\s*\\d`,
  'iu',
);

/**
 * Whether any fact of an architecture gives a number of copies of anything running ("3 replicas", "one instance per
 * cluster", "2 nodes"): a question counting replicas of a product whose facts count none has no answer in them.
 */
export function statesCountOf(index: FactIndex, architectureId: string): boolean {
  return (index.factsByArchitecture.get(architectureId) ?? []).some((fact) => countedCopies.test(fact.text));
}

/** Facts whose figure counts no copies: a load threshold ("above 10,000 users"), a purpose's release ("OAuth 2.0"). */
const uncountingAttributes = new Set<FactAttribute>(['threshold', 'purpose']);

/** Words that count copies when written before a name: number words ("two") and vague counts ("multiple"). */
const copyCountWords = [...Object.keys(askVocabulary.countWords), ...askVocabulary.severalCues.filter((word) => word !== 'other')].join(
  '|',
);

/**
 * Whether any fact of an architecture gives a number of copies of one component: its own facts with a figure (save
 * those that count none, unless they name copies), or another fact that names it in full beside a number of
 * copies ("run 2 Frobcore replicas" in a variant's summary; a name beside "pod" and no count is none).
 */
export function statesFigureOf(index: FactIndex, architectureId: string, componentId: string, nameWords: readonly string[]): boolean {
  const namesIt = (fact: IndexedFact) =>
    nameWords.length > 0 && nameWords.every((word) => fact.tokens.includes(word)) && countedCopies.test(fact.text);
  // "Starts multiple job workers": a number or a vague count right before the part's own name counts copies of it.
  const last = nameWords.at(-1);
  const head = last === undefined ? undefined : escapeRegExp(last);
  const countsItself = head ? new RegExp(`\\b(?:\\d+|${copyCountWords})\\s+(?:[\\p{L}-]+\\s+)?${head}`, 'iu') : null;
  // "The one disk the ledger writes to": a count in words before the last word of the part's own name, as written.
  const written = index.byId.get(architectureId)?.components.get(componentId)?.name.split(/\s+/).at(-1)?.toLowerCase();
  const countsInWords = written ? new RegExp(`\\b${countWordPattern}\\s+${escapeRegExp(written)}\\b`, 'iu') : null;
  const countsOwn = (fact: IndexedFact) =>
    countedCopies.test(fact.text) ||
    countsItself?.test(fact.text) === true ||
    countsInWords?.test(fact.text) === true ||
    !uncountingAttributes.has(fact.attribute);
  return (index.factsByArchitecture.get(architectureId) ?? []).some(
    (fact) =>
      (fact.statesQuantity || (fact.component === componentId && countsInWords?.test(fact.text) === true)) &&
      (fact.component === componentId ? countsOwn(fact) : namesIt(fact)),
  );
}

/**
 * The fact of an architecture that says one of the asked resources is not given ("the chart sets no CPU or memory"),
 * preferring the one about the part the question's words (its content words without product names) name most;
 * null when no fact says so.
 */
export function findResourceSilence(
  index: FactIndex,
  architectureId: string,
  resources: readonly SizingResource[],
  content: readonly string[],
): IndexedFact | null {
  const asked = resources.flatMap((resource) => [...(resourceTokens.get(resource) ?? [])]);
  const silences = listAbsences(index, architectureId).filter((absence) => asked.some((token) => absence.tokens.has(token)));
  const naming = (absence: Absence) => content.filter((token) => absence.fact.subjectTokens.has(token)).length;
  const named = silences.reduce<Absence | undefined>(
    (best, absence) => (naming(absence) > (best ? naming(best) : 0) ? absence : best),
    undefined,
  );
  return (named ?? silences[0])?.fact ?? null;
}

const [whichToken = 'which', whatToken = 'what'] = tokenizeText('which what');

/**
 * "Which message broker does X recommend?": the kind of part a question asks for right after "which" or "what", when
 * it is a role none of the architecture's parts has, in any variant, and no fact of it uses the kind's words. Null when
 * the kind is one it has, mentions, or when the question asks for no kind of part.
 */
export function findUnheldRole(index: FactIndex, architectureId: string, tokens: readonly string[]): string | null {
  const at = tokens.findIndex((token) => token === whichToken || token === whatToken);
  const entry = index.byId.get(architectureId);
  if (at < 0 || !entry) return null;
  const held = new Set(entry.resolved.flatMap((resolved) => resolved.components.map((component) => component.role)));
  for (const role of roles) {
    const words = tokenizeText(role.label).filter((token) => !stopwords.has(token));
    if (words.length === 0 || !words.every((word, i) => tokens[at + 1 + i] === word)) continue;
    const mentioned = (index.factsByArchitecture.get(architectureId) ?? []).some((fact) =>
      words.every((word) => fact.tokens.includes(word) || fact.subjectTokens.has(word)),
    );
    // "Message broker" reads "message broker" in a sentence; an acronym ("CDN") keeps its capitals.
    const label = /^\p{Lu}\p{Lu}/u.test(role.label) ? role.label : role.label.charAt(0).toLowerCase() + role.label.slice(1);
    return held.has(role.id) || mentioned ? null : label;
  }
  return null;
}

const loadWordsCache = new WeakMap<FactIndex, ReadonlySet<string>>();
const loadNouns = new Set(askVocabulary.loadNouns.words.flatMap((word) => tokenizeText(word)));
const loadNounCompounds = new Set(askVocabulary.loadNouns.notBefore.flatMap((word) => tokenizeText(word)));

/** Every word of every product's load drivers ("users", "workspaces", "logins"), read once per index. */
/** The words a load driver is written in ("requests per second", "request per second"), canonical. */
export function listDriverWords(driver: { label: string; singular?: string }): string[] {
  return tokenizeText(`${driver.label} ${driver.singular ?? ''}`);
}

function listLoadWords(index: FactIndex): ReadonlySet<string> {
  let words = loadWordsCache.get(index);
  if (!words) {
    words = new Set(
      index.architectures
        .flatMap((entry) => entry.architecture.loadDrivers)
        .flatMap(listDriverWords)
        .filter((token) => !stopwords.has(token) && token !== 'per' && token !== 'second'),
    );
    loadWordsCache.set(index, words);
  }
  return words;
}

/** Whether a word names a load some product is sized by ("users", "workspaces"). */
export function isLoadWord(index: FactIndex, token: string): boolean {
  return listLoadWords(index).has(token);
}

/** The word of a load driver's label that a load token stands for ("users" for "user"), to name a misspelt load. */
export function nameLoadWord(index: FactIndex, token: string): string | undefined {
  return index.architectures
    .flatMap((entry) => entry.architecture.loadDrivers)
    .flatMap((driver) => driver.label.split(/\s+/))
    .find((word) => tokenizeText(word).includes(token));
}

/**
 * Whether a question asks how much load a product handles ("max concurrent users") of a product whose sources state no
 * rated or tested load, and either no load measure or a question about what one of its stated setups serves, so
 * nothing in archkb can answer it.
 */
export function asksUnstatedLoad(
  index: FactIndex,
  architectureId: string,
  tokens: readonly string[],
  asksRated: boolean,
  ofStatedSetup = false,
): boolean {
  const entry = index.byId.get(architectureId);
  if (!entry || !asksRated) return false;
  if ((index.factsByArchitecture.get(architectureId) ?? []).some((fact) => fact.attribute === 'rated-load')) return false;
  const loadWords = listLoadWords(index);
  const drivers = entry.architecture.loadDrivers;
  // Only the words that say what the load is: "the" in "jobs waiting in the queue" names no load.
  const ownWords = new Set(
    drivers
      .flatMap((driver) => [...tokenizeText(driver.id.replace(/-/g, ' ')), ...listDriverWords(driver)])
      .filter((token) => !stopwords.has(token) && token !== 'per' && token !== 'second'),
  );
  // A product sized per unit of load answers from its rules, unless the question asks what one of its stated setups
  // ("the minimum HA spec") serves, or counts a load its rules are not written in ("users" of rules per request).
  const ownLoad = tokens.some((token) => ownWords.has(token));
  if (drivers.length > 0 && !ofStatedSetup && ownLoad) return false;
  // "How large a load can the minimum setup serve?" asks for a load it names no measure of.
  const namesLoad = (token: string, at: number) =>
    // Stryker disable next-line StringLiteral: no compound word is a stand-in text, so a load noun ending the question reads the same.
    loadNouns.has(token) && !loadNounCompounds.has(tokens[at + 1] ?? '') && (drivers.length === 0 || ofStatedSetup);
  return tokens.some((token, at) => loadWords.has(token) || namesLoad(token, at));
}

const severalWords = new Set(askVocabulary.severalCues.flatMap((word) => tokenizeText(word)));

/**
 * Whether any fact of an architecture counts a thing by the given word: a number or a count word at most three words
 * before it ("6 Pods", "three availability zones", "several clusters").
 */
export function countsThing(index: FactIndex, architectureId: string, token: string): boolean {
  const facts = index.factsByArchitecture.get(architectureId) ?? [];
  // A word no fact of the product uses is counted by none of them, unless it is a function word, a misspelling of a
  // word some fact uses, or a group the layout repeats per zone ("subnets"), which the other rules read.
  if (!facts.some((fact) => fact.tokens.includes(token)))
    return (
      stopwords.has(token) ||
      [-2, -1, 0, 1, 2].some((by) =>
        (index.vocabularyByLength.get(token.length + by) ?? []).some((word) => measureEditDistance(word, token, 2) <= 2),
      ) ||
      (index.byId.get(architectureId)?.resolved ?? []).some((variant) =>
        variant.groups.some((group) => tokenizeText(group.label).includes(token)),
      )
    );
  return facts.some((fact) => {
    const words = tokenizeText(fact.text);
    return words.some(
      (word, at) =>
        word === token &&
        words
          .slice(Math.max(0, at - 3), at)
          .some((before) => /^\d[\d,.]*$/.test(before) || countWordValues.has(before) || severalWords.has(before)),
    );
  });
}

/** Words between a number and a thing that make the number count something else ("3 partitions per topic"). */
export const distributiveWords: ReadonlySet<string> = new Set(tokenizeText('per each every of'));

/**
 * "How many provisioner daemons does it start?": the fact that counts the thing only with a vague word ("runs multiple
 * provisioner daemons"), when no fact of the architecture gives a number of it; null when one does or none counts it.
 */
export function findVagueCountOf(index: FactIndex, architectureId: string, token: string): IndexedFact | null {
  // The count must be of the thing itself: in "3 partitions per topic" the number counts partitions, not topics.
  const countedBy = (fact: IndexedFact, counts: (word: string, previous: string | undefined) => boolean) => {
    const words = tokenizeText(fact.text);
    return words.some((word, at) => {
      if (word !== token) return false;
      const start = Math.max(0, at - 3);
      const before = words.slice(start, at);
      const from = before.findLastIndex((word, offset) => counts(word, words[start + offset - 1]));
      return from >= 0 && !before.slice(from + 1).some((between) => distributiveWords.has(between) || countNounTokens.has(between));
    });
  };
  const facts = index.factsByArchitecture.get(architectureId) ?? [];
  if (facts.some((fact) => countedBy(fact, (before) => /^\d[\d,.]*$/.test(before) || countWordValues.has(before)))) return null;
  // "Caps how many users it serves (about 10,000)" asks its own count; the "many" of "how many" counts nothing.
  return (
    facts.find((fact) =>
      countedBy(fact, (before, previous) => severalWords.has(before) && before !== 'other' && !askingCountWords.has(previous ?? '')),
    ) ?? null
  );
}

/** Words before "many" or "much" that make them ask a count rather than give a vague one. */
const askingCountWords = new Set(tokenizeText('how'));
const askedAuxiliaries = new Set(tokenizeText('does do did is are was were can could should will would must'));
const frameWords = new Set(askVocabulary.answerFrameWords.flatMap((word) => tokenizeText(word)));
// Kinds of part ("broker", "proxy") are for findUnheldRole, which knows what a product's parts are called.
const partKindWords = new Set(
  [...roles.map((role) => role.label), ...askVocabulary.generalTechnologyWords, ...askVocabulary.genericNameWords].flatMap((word) =>
    tokenizeText(word),
  ),
);
const cueWords = new Set(Object.values(askVocabulary.attributeCues).flatMap((words) => words.flatMap((word) => tokenizeText(word))));

/**
 * "What retention does X recommend?": the one word a question asks for, right after its "what" or "which" and before an
 * auxiliary, when no fact of the architecture uses it and it cues no kind of fact. Null when the question asks for a
 * kind of fact ("which port does …"), a thing its facts name, or names no such word.
 */
export function findUnheldAsked(index: FactIndex, architectureId: string, askingTokens: readonly string[]): string | null {
  const at = askingTokens.findIndex((token) => token === whichToken || token === whatToken);
  const [asked, auxiliary, subject] = at < 0 ? [] : askingTokens.slice(at + 1, at + 4);
  // Asked of the product itself ("what retention does the vendor recommend"), whose facts are all there is to search.
  const named = index.byId.get(architectureId)?.nameTokens;
  if (asked === undefined || auxiliary === undefined || !askedAuxiliaries.has(auxiliary) || !named?.has(subject ?? '')) return null;
  if (
    stopwords.has(asked) ||
    cueWords.has(asked) ||
    frameWords.has(asked) ||
    partKindWords.has(asked) ||
    /\d/.test(asked) ||
    index.nameOwners.has(asked)
  )
    return null;
  // Only a thing some product's facts name: a word none uses ("in what situations") frames the question instead.
  if (!index.documentFrequency.get(asked)) return null;
  const facts = index.factsByArchitecture.get(architectureId) ?? [];
  // A host name is given by writing one ("api.example.com"), whatever word the fact calls it by.
  if (hostnameTokens.has(asked) && facts.some((fact) => writesHostname.test(fact.text))) return null;
  return facts.some((fact) => fact.tokens.includes(asked) || fact.subjectTokens.has(asked)) ? null : asked;
}

const hostnameTokens = new Set(askVocabulary.hostnameWords.flatMap((word) => tokenizeText(word)));
/** A host name of at least three labels ending in letters ("api.example.com"), not a version ("3.2.1") or a file ("values.yaml"). */
const writesHostname = /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?){1,}\.[a-z]{2,}\b/i;

/** A setting's exact name of three or more parts joined by "-" or "_" ("cache-entry-limit", "MAX_QUEUE_DEPTH"). */
const settingNamePattern = /(?<![\p{L}\p{N}/.-])\p{L}[\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+){2,}(?![\p{L}\p{N}-])/gu;

const rawStopwords = new Set(askVocabulary.stopwords);
const compoundTails = new Set(askVocabulary.compoundTailWords);

/** Each cloud's id and the words of its name, lower-cased ("aws", "google"). */
const cloudNameWords = new Set(clouds.flatMap((cloud) => [cloud.id, ...cloud.label.toLowerCase().split(/\s+/)]));

/** A name written with its separators and case ignored, so "CACHE_ENTRY_LIMIT" meets "cache-entry-limit". */
function flattenName(text: string): string {
  return text.toLowerCase().replace(/[-_]/g, '');
}

/**
 * A setting the question names exactly ("is cache-entry-limit set?") that no fact of the architecture writes,
 * in any case or with either separator; prose joined by hyphens ("all-in-one") holds a stopword and is no name. Null otherwise.
 */
export function findUnheldSetting(index: FactIndex, architectureId: string, text: string): string | null {
  const facts = index.factsByArchitecture.get(architectureId) ?? [];
  let held: ReadonlySet<string> | undefined;
  const holds = (token: string) => (held ??= new Set(facts.flatMap((fact) => fact.tokens))).has(token);
  const names = [...text.matchAll(settingNamePattern)]
    .map(([name]) => name)
    // A region ("eu-central-1") or cloud size ends in a number; prose ("end-of-life", "all-in-one") holds a stopword.
    .filter((name) => name.split(/[-_]/).every((part) => !/^\d+$/.test(part) && !rawStopwords.has(part.toLowerCase())))
    // A run ending in a describing word ("refresh-token-heavy", "node-local-only") describes; it names no setting.
    .filter((name) => !compoundTails.has(name.split(/[-_]/).at(-1)?.toLowerCase() ?? ''))
    .filter((name) => !namesCloudSize(name))
    // A name opening with a cloud's ("aws_msk_configuration") is that cloud's resource type in the asker's own code.
    .filter((name) => !cloudNameWords.has(name.split(/[-_]/)[0]?.toLowerCase() ?? ''))
    // Prose the vocabulary reads as fewer words ("long-term-support" as LTS) is no setting's name when the facts hold them.
    .filter((name) => {
      const tokens = tokenizeText(name);
      return !(tokens.length < name.split(/[-_]/).length && tokens.every(holds));
    });
  if (names.length === 0) return null;
  const written = flattenName(facts.map((fact) => `${fact.subject} ${fact.text}`).join(' '));
  return names.find((name) => !written.includes(flattenName(name))) ?? null;
}

const settingKinds = new Set(askVocabulary.settingKindWords.flatMap((word) => tokenizeText(word)));
const askedLinks = new Set(tokenizeText("is are 's the a an default"));

/**
 * "What's the default start timeout …?": the kind of setting a "what is the …" asks for, when it is the last word of the
 * phrase after the opener and no fact of the architecture uses it. Null otherwise.
 */
export function findUnheldSettingKind(index: FactIndex, architectureId: string, askingTokens: readonly string[]): string | null {
  const at = askingTokens.findIndex((token) => token === whichToken || token === whatToken);
  if (at < 0) return null;
  let start = at + 1;
  while (askedLinks.has(askingTokens[start] ?? '')) start += 1;
  // The kind ends a short noun phrase ("the default workspace start timeout"), not a clause further on.
  const kindAt = askingTokens.findIndex((token, position) => position >= start && position <= start + 3 && settingKinds.has(token));
  const kind = askingTokens[kindAt];
  if (kind === undefined || askingTokens.slice(start, kindAt).some((token) => stopwords.has(token))) return null;
  const facts = index.factsByArchitecture.get(architectureId) ?? [];
  return facts.some((fact) => fact.tokens.includes(kind) || fact.subjectTokens.has(kind)) ? null : kind;
}

/** The canonical word a fact stating a version carries, whether or not its text writes it. */
export const [versionToken = 'version'] = tokenizeText('version');

/**
 * Whether no fact of an architecture states a version ("16.x", "PostgreSQL 13+", "version 4"), apart from facts that
 * only say versions are not stated: then "what version of …" has no answer in archkb.
 */
export function statesNoVersion(index: FactIndex, architectureId: string): boolean {
  const silent = new Set(
    listAbsences(index, architectureId)
      .filter((absence) => absence.tokens.has(versionToken))
      .map((absence) => absence.fact),
  );
  // "Version control" names no version; "v3.4.0" does.
  const names = (fact: IndexedFact) => /\bversions?\b|\d\.x\b|\d\+|\bv\d+(?:\.\d+)+/i.test(fact.text.replace(/\bversion control\b/gi, ''));
  return !(index.factsByArchitecture.get(architectureId) ?? []).some(
    (fact) => fact.tokens.includes(versionToken) && !silent.has(fact) && names(fact),
  );
}

/** Whether a question asks for a version. */
export function asksVersion(tokens: readonly string[]): boolean {
  return tokens.some((token, at) => token === versionToken && !isRelease(tokens, at));
}

/** Words that make "version" a release in an upgrade ("the new version"), which asks for no version number. */
const releaseAgeTokens = new Set(askVocabulary.releaseAgeWords.flatMap((word) => tokenizeText(word)));

/** Whether the version word at a position is a release in an upgrade: "new version", "new X version". */
function isRelease(tokens: readonly string[], at: number): boolean {
  return releaseAgeTokens.has(tokens[at - 1] ?? '') || releaseAgeTokens.has(tokens[at - 2] ?? '');
}

const spanQuestionTokens = new Set(askVocabulary.spanQuestionWords.flatMap((word) => tokenizeText(word)));
const versionWords = new Set(askVocabulary.versionWords.flatMap((word) => tokenizeText(word)));
const [ofToken = 'of'] = tokenizeText('of');

/**
 * What a question asks the version of: the nearest name word up to two words before "version" ("Redis version",
 * "Postgres min version"), else the one after "version of"; null when no name is there ("minimum version") or when the
 * question asks how long or how often ("how long are versions supported").
 */
export function findVersionSubject(tokens: readonly string[], isName: (token: string) => boolean): string | null {
  if (tokens.some((token) => spanQuestionTokens.has(token))) return null;
  const at = tokens.findIndex((token, i) => versionWords.has(token) && !isRelease(tokens, i));
  if (at < 0) return null;
  const candidates = [tokens[at - 1], tokens[at - 2], tokens[at + 1] === ofToken ? tokens[at + 2] : undefined];
  return candidates.find((token): token is string => token !== undefined && !stopwords.has(token) && isName(token)) ?? null;
}

/** Whether a text names a cloud size: "cache.t3.medium", "db.r8g.16xlarge", "m6i.large", "Standard_D4s_v5", "n2-standard-4". */
export function namesCloudSize(text: string): boolean {
  return /\b(?:[a-z]+\.)?[a-z]+\d+[a-z]*\.(?:\d*x)?(?:nano|micro|small|medium|large|xlarge|metal)\b|\bStandard_[A-Z]\w*|\b[a-z]\d[a-z]?-(?:standard|highmem|highcpu)-\d+\b/.test(
    text,
  );
}

/** The token "instance type", "node class" and "SKU" leave in a question (see the vocabulary's phrases). */
const [skuToken = 'sku'] = tokenizeText('sku');

/** Whether a question's content words ask for a cloud size ("which instance type", "what SKU"). */
export function asksCloudSize(content: readonly string[]): boolean {
  return content.includes(skuToken);
}

const sizeCache = new WeakMap<FactIndex, Map<string, boolean>>();

/**
 * Whether an architecture states any cloud size at all: a fact naming one, or a managed option with its size or tier
 * ("D2s v3"), in any variant. Read once per index.
 */
export function statesCloudSize(index: FactIndex, architectureId: string): boolean {
  let byArchitecture = sizeCache.get(index);
  if (!byArchitecture) {
    byArchitecture = new Map();
    sizeCache.set(index, byArchitecture);
  }
  const cached = byArchitecture.get(architectureId);
  if (cached !== undefined) return cached;
  const components = index.byId.get(architectureId)?.architecture.components ?? [];
  const states =
    (index.factsByArchitecture.get(architectureId) ?? []).some((fact) => namesCloudSize(fact.text)) ||
    components.some(
      (component) =>
        (component.managed ?? []).some((option) => option.sku !== undefined) ||
        Object.values(component.overrides ?? {}).some((override) => (override?.managed ?? []).some((option) => option.sku !== undefined)),
    );
  byArchitecture.set(architectureId, states);
  return states;
}

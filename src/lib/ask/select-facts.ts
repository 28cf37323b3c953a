import { askVocabulary, type FactAttribute } from '../model/index.ts';
import { listOpposites } from './judge-polarity.ts';
import { countWordValues, stopwords, tokenizeText } from './normalize-question.ts';
import type { FactIndex, IndexedFact, Reading } from './types.ts';

/** BM25 parameters: term saturation and length normalisation. */
const K1 = 1.2;
const B = 0.6;

/** The one attribute the question cues most strongly, if one stands above the rest ("managed services" three times). */
export function findAskedAttribute(attributes: ReadonlyMap<FactAttribute, number>): FactAttribute | null {
  const ranked = [...attributes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/** Attributes that describe a component in general; a question rarely asks for them by name, so they rank lower. */
export const background: ReadonlySet<FactAttribute> = new Set(['role', 'technology', 'summary', 'load-driver']);

const cueSets = new Map<FactAttribute, ReadonlySet<string>>();

/** The cue words of an attribute, canonical. */
export function cuesOf(attribute: FactAttribute): ReadonlySet<string> {
  let cues = cueSets.get(attribute);
  if (!cues) {
    cues = new Set((askVocabulary.attributeCues[attribute] ?? []).flatMap((word) => tokenizeText(word)));
    cueSets.set(attribute, cues);
  }
  return cues;
}

/** Whether a fact states a quantity, in digits or words ("several"), for questions whose answer must be one. */
export function holdsNumber(fact: IndexedFact): boolean {
  return fact.statesQuantity;
}

const everyWords = new Set(askVocabulary.everyCues.flatMap((word) => tokenizeText(word)));

/** The name words of the variant a question picked for an architecture (empty when it picked none). */
function variantWords(index: FactIndex, reading: Reading, architectureId: string): ReadonlySet<string> {
  const variant = reading.variants.get(architectureId);
  if (!variant) return new Set();
  return index.byId.get(architectureId)?.variantTokens.get(variant) ?? new Set();
}

/** A fact with its score for one question and the question tokens it covers. */
export interface ScoredFact {
  fact: IndexedFact;
  score: number;
  covered: Set<string>;
}

/** The counts ranking weighs words by: how many facts there are, how many hold each word, and their mean length. */
interface Statistics {
  n: number;
  documentFrequency: ReadonlyMap<string, number>;
  averageLength: number;
}

const ownStatistics = new WeakMap<FactIndex, Map<string, Statistics>>();

/**
 * The statistics for a scope: the facts of the products a question is about, so adding or changing another product
 * never changes its answers; a question across every product is weighed by the whole index.
 */
export function readStatistics(index: FactIndex, scope: readonly string[]): Statistics {
  if (scope.length === 0 || scope.length >= index.architectures.length) {
    return { n: index.facts.length, documentFrequency: index.documentFrequency, averageLength: index.averageLength };
  }
  let cache = ownStatistics.get(index);
  if (!cache) {
    cache = new Map();
    ownStatistics.set(index, cache);
  }
  const key = scope.length === 1 ? (scope[0] ?? '') : [...scope].sort().join('\u0000');
  const cached = cache.get(key);
  if (cached) return cached;
  const facts = scope.flatMap((id) => index.factsByArchitecture.get(id) ?? []);
  const documentFrequency = new Map<string, number>();
  for (const fact of facts) for (const token of new Set(fact.tokens)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const statistics = {
    n: facts.length,
    documentFrequency,
    averageLength: facts.reduce((sum, fact) => sum + fact.tokens.length, 0) / Math.max(1, facts.length),
  };
  // Bounded, so questions over ever new sets of products cannot grow it without limit.
  if (cache.size < 1_000) cache.set(key, statistics);
  return statistics;
}

/** Inverse document frequency of a token over the scope's facts; a word no fact holds weighs like a middling one. */
export function weighToken(index: FactIndex, token: string, scope: readonly string[] = []): number {
  const { n, documentFrequency } = readStatistics(index, scope);
  const df = documentFrequency.get(token) ?? 0;
  // Words the index has never seen are often filler in a long question ("evaluating"); they count, but not as names.
  if (df === 0) return 0.5 * Math.log(1 + (n - 0.5) / 1.5);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The question tokens ranking uses: content tokens minus the words that name the products themselves. */
export function listQueryTokens(index: FactIndex, reading: Reading): string[] {
  // A product the question leaves out ("other than X") sets the scene with its name; one asked about as used stays.
  const names = new Set([
    ...reading.products.flatMap((p) => [...(index.byId.get(p.id)?.nameTokens ?? [])]),
    ...reading.leftOut.flatMap((id) => [...(index.byId.get(id)?.nameTokens ?? [])].filter((token) => reading.scene.includes(token))),
  ]);
  const categoryNames = reading.category ? (index.categoryTokens.get(reading.category) ?? new Set<string>()) : new Set<string>();
  // "The X pods" means the product's own service, whose name holds the product's: there the name is a word to match.
  // "The X application containers" too: a lead word may stand between the name and the unit word.
  const unitAt = (at: number) =>
    unitTokens.has(reading.tokens[at] ?? '') ||
    (unitLeadTokens.has(reading.tokens[at] ?? '') && unitTokens.has(reading.tokens[at + 1] ?? ''));
  const ownService = new Set(reading.tokens.filter((token, at) => names.has(token) && unitAt(at + 1)));
  // "An X deployment" is the product itself, which every fact of it is about; so is "the X high availability setup",
  // whose words between name one of its layouts.
  const layoutWords = new Set(
    reading.products.flatMap((p) => [...(index.byId.get(p.id)?.variantTokens.values() ?? [])].flatMap((tokens) => [...tokens])),
  );
  const namedBefore = (at: number) => {
    let before = at - 1;
    while (before > at - 4 && layoutWords.has(reading.tokens[before] ?? '') && !names.has(reading.tokens[before] ?? '')) before--;
    return names.has(reading.tokens[before] ?? '') ? before : -1;
  };
  const wholeProduct = new Set(
    reading.tokens.filter(
      (token, at) =>
        wholeProductTokens.has(token) &&
        namedBefore(at) >= 0 &&
        // "X install methods" names a fact about installing; only a phrase ending at the word means the whole product.
        !reading.content.includes(reading.tokens[at + 1] ?? '') &&
        // "One X deployment", "per X deployment" count deployments, which a limit per deployment answers.
        !countingTokens.has(reading.tokens[namedBefore(at) - 1] ?? '') &&
        !/^\d+$/.test(reading.tokens[namedBefore(at) - 1] ?? ''),
    ),
  );
  const listLength = new Set(reading.tokens.filter((_, at) => isListLength(reading.tokens, at)));
  const tokens = [
    ...new Set(
      reading.content.filter(
        (token) =>
          (!names.has(token) || ownService.has(token)) && !categoryNames.has(token) && !wholeProduct.has(token) && !listLength.has(token),
      ),
    ),
  ];
  // Every architecture archkb holds is self-hosted, so beside other words "self-hosted" narrows nothing.
  const narrowing = tokens.filter((token) => !catalogueScopeTokens.has(token));
  return narrowing.length > 0 ? narrowing : tokens;
}

/** Nouns a list question counts ("the four items"). */
const enumeratedTokens = new Set(askVocabulary.enumeratedNouns.flatMap((word) => tokenizeText(word)));
const definiteTokens = new Set(tokenizeText('the these those its their all'));

/**
 * Whether the token at `at` is a count saying how long the list asked for is ("name the four items", "the 4 items"):
 * a definite count, not a load ("for 4 items per second").
 */
export function isListLength(tokens: readonly string[], at: number): boolean {
  const token = tokens[at] ?? '';
  return (
    (/^\d+$/.test(token) || countWordValues.has(token)) &&
    enumeratedTokens.has(tokens[at + 1] ?? '') &&
    definiteTokens.has(tokens[at - 1] ?? '')
  );
}

/** Words that describe every architecture in archkb, not one fact. */
const catalogueScopeTokens = new Set(askVocabulary.catalogueScopeWords.flatMap((word) => tokenizeText(word)));

/** Words that, right after a product's name, mean the whole product ("an X deployment"). */
/** Words that count what follows ("one X deployment", "per X deployment"). */
const countingTokens = new Set([...Object.keys(askVocabulary.countWords), ...tokenizeText('per each every')]);

const wholeProductTokens = new Set(askVocabulary.wholeProductWords.flatMap((word) => tokenizeText(word)));

/** Words that, right after a product's name, mean its own running service ("the X pods"). */
const unitTokens = new Set(askVocabulary.unitWords.flatMap((word) => tokenizeText(word)));
const unitLeadTokens = new Set(askVocabulary.unitLeadWords.flatMap((word) => tokenizeText(word)));

/** How much a variant's name word counts in a fact about that whole variant, which implies it without saying it. */
const IMPLIED_WEIGHT = 0.5;

/** Facts that list a variant's parts: they name the parts, not the variant, so its name is not implied in them. */
const listing: ReadonlySet<FactAttribute> = new Set(['group', 'components', 'variants']);

/** How much a word of the scene-setting sentences weighs against a word of the asking sentence. */
const SCENE_WEIGHT = 0.5;

/** Words of what befalls a deployment ("fail", "stop", "keep running"), which a "what happens if" asks for. */
const outcomeWords = new Set(
  [...askVocabulary.outcomeCues.fail, ...askVocabulary.outcomeCues.survive].flatMap((word) => tokenizeText(word)),
);

/** How much more a fact stating an outcome weighs in answer to "what happens if …". */
const OUTCOME_BOOST = 1.5;

/** How much more a fact counting the thing a "how many" asks for ("three clusters") weighs than one counting others. */
const COUNTED_BOOST = 1.3;

/** How much more it weighs again when it is the count of the part named before the noun ("how many database nodes"). */
const WHOSE_BOOST = 1.5;

/** The words that may be the noun a "how many" asks a count of ("how many clusters"); none without "how many". */
function findCountedNouns(tokens: readonly string[]): string[] {
  const at = tokens.findIndex((token, i) => token === 'how' && tokens[i + 1] === 'many');
  // The counted noun may follow a word naming its kind ("how many PostgreSQL databases"), so the next two words are tried.
  return at >= 0 ? tokens.slice(at + 2, at + 4) : [];
}

/** How much more a setting weighs when its part is the one whose settings are asked ("what Redis settings …"). */
const OWNER_BOOST = 1.4;

// Stryker disable next-line StringLiteral: tokenizing gives both words back, and with no text the defaults are the same words, so no stand-in changes them.
const [whatToken = 'what', whichToken = 'which'] = tokenizeText('what which');

/**
 * Whether a fact is a setting of the part a "what X settings" names: the words between the question word and the word
 * cueing settings all name the fact's part, whatever else the question says ("… for the workers").
 */
function ownsAskedSetting(index: FactIndex, reading: Reading, fact: IndexedFact): boolean {
  if (fact.attribute !== 'setting' || fact.component === null) return false;
  // Stryker disable next-line OptionalChaining: a fact's product and part are always in the index it came from, so the lookups never miss.
  const names = index.byId.get(fact.architecture)?.components.get(fact.component)?.tokens;
  const { tokens } = reading;
  const at = tokens.findIndex((token) => token === whatToken || token === whichToken);
  if (!names || at < 0) return false;
  const cues = cuesOf(fact.attribute);
  const cue = tokens.findIndex((token, i) => i > at + 1 && i <= at + 3 && cues.has(token));
  // Stryker disable next-line ArrayDeclaration: with no cue the owner names no part either way, since no part's name holds a stand-in word.
  const owner = cue < 0 ? [] : tokens.slice(at + 1, cue).filter((token) => !stopwords.has(token));
  return owner.length > 0 && owner.every((token) => names.has(token));
}

/** Whether a fact gives a count of the noun: a number or count word right before it, one word between at most. */
function countsNoun(fact: IndexedFact, noun: string): boolean {
  const isCount = (token: string | undefined) => token !== undefined && (/^\d+$/.test(token) || countWordValues.has(token));
  return fact.tokens.some((token, at) => token === noun && (isCount(fact.tokens[at - 1]) || isCount(fact.tokens[at - 2])));
}

/** Scores one fact against the question: BM25 over its text, a bonus for naming its subject, a bonus for the asked attribute. */
export function scoreFact(
  index: FactIndex,
  reading: Reading,
  query: readonly string[],
  fact: IndexedFact,
  scope: readonly string[] = [],
): ScoredFact {
  const { averageLength } = readStatistics(index, scope);
  const covered = new Set<string>();
  let score = 0;
  const length = fact.tokens.length;
  // A fact about the whole of a product's only variant holds that variant's name ("HA on AWS") without repeating it.
  const entry = index.byId.get(fact.architecture);
  const only = entry?.architecture.variants.length === 1 ? entry.architecture.variants[0]?.id : undefined;
  // Only a product's one variant: when there are several, a word of one's name ("multi") may mean something else.
  const implied =
    fact.component === null && !listing.has(fact.attribute) && only !== undefined ? entry?.variantTokens.get(only) : undefined;
  for (const token of query) {
    let tf = 0;
    for (const t of fact.tokens) if (t === token) tf++;
    if (tf === 0 && implied?.has(token)) tf = IMPLIED_WEIGHT;
    const inSubject = fact.subjectTokens.has(token);
    // A yes/no question is answered as much by the opposite word ("the same?" — "different names") as by its own.
    const opposite = tf === 0 && !inSubject && reading.yesNo && [...listOpposites(token)].some((t) => fact.tokens.includes(t));
    if (opposite) tf = 0.8;
    if (tf === 0 && !inSubject) continue;
    covered.add(token);
    // A word only the scene-setting sentences use counts for less than the words of the question itself.
    const idf = weighToken(index, token, scope) * (reading.scene.includes(token) ? SCENE_WEIGHT : 1);
    score += (idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * length) / averageLength));
    // The words of the variant the question picked chose that variant; they do not name one of its parts.
    if (inSubject && !(fact.component === null && variantWords(index, reading, fact.architecture).has(token))) score += idf * 0.8;
  }
  // A group's member list answers "which components", not a question about one of its members.
  if (fact.attribute === 'group' && !reading.tokens.some((token) => everyWords.has(token))) score *= 0.6;
  // A number the question names ("PostgreSQL 13") picks, among facts already relevant, the one stating it.
  if (score > 0)
    for (const number of reading.numbers)
      if (fact.tokens.includes(String(Math.abs(number.value)))) score += weighToken(index, String(Math.abs(number.value)), scope);
  const cue = reading.attributes.get(fact.attribute) ?? 0;
  if (score > 0 && cue > 0) score *= 1 + 0.35 * Math.min(cue, 3);
  if (background.has(fact.attribute) && cue === 0) score *= 0.6;
  if (reading.expectsNumber && holdsNumber(fact)) score *= 1.3;
  if (
    score > 0 &&
    /\bwhat\s+(?:happens|would\s+happen|will\s+happen)\b/i.test(reading.text) &&
    fact.tokens.some((t) => outcomeWords.has(t))
  )
    score *= OUTCOME_BOOST;
  const counted = findCountedNouns(reading.tokens);
  if (score > 0 && counted.some((noun) => countsNoun(fact, noun))) score *= COUNTED_BOOST;
  // "How many database nodes": the word before the counted noun names whose count it is.
  // A fact's subject holds no small word, so "how many of the nodes" boosts nothing here.
  const [whose = '', noun = ''] = counted;
  if (fact.subjectTokens.has(whose) && countsNoun(fact, noun)) score *= WHOSE_BOOST;
  if (score > 0 && ownsAskedSetting(index, reading, fact)) score *= OWNER_BOOST;
  // The words that cued this fact's attribute are answered by it, even when its text does not repeat them.
  if (score > 0) for (const token of query) if (cuesOf(fact.attribute).has(token)) covered.add(token);
  if (fact.basis === 'inferred') score *= 0.9;
  const variant = reading.variants.get(fact.architecture);
  if (variant && !fact.variants.includes(variant)) score *= 0.5;
  // With no variant named, the architecture's first (default) variant is the one meant, all else equal.
  if (!variant && !fact.variants.includes(index.defaultVariants.get(fact.architecture) ?? '')) score *= 0.7;
  return { fact, score, covered };
}

/** Candidates after which a question over many products stops adding the facts of its commonest words. */
const MAX_CANDIDATES = 600;

/**
 * The facts of a large scope that can score at all: those holding a query word (or, for a yes/no question, its
 * opposite) in their text or subject. Below the cap, scoring only these gives the same ranking as scoring every fact.
 */
function listCandidates(index: FactIndex, reading: Reading, query: readonly string[], architectureIds: readonly string[]): IndexedFact[] {
  const inScope = new Set(architectureIds);
  const words = [...new Set([...query, ...(reading.yesNo ? query.flatMap((token) => [...listOpposites(token)]) : [])])];
  // Rarest words first; once enough candidates are in, the commonest words (which add little to any score) are skipped.
  words.sort((a, b) => (index.postings.get(a)?.length ?? 0) - (index.postings.get(b)?.length ?? 0));
  const candidates = new Set<IndexedFact>();
  for (const word of words) {
    if (candidates.size >= MAX_CANDIDATES) break;
    for (const fact of index.postings.get(word) ?? []) {
      if (inScope.has(fact.architecture)) candidates.add(fact);
      if (candidates.size >= MAX_CANDIDATES) break;
    }
  }
  // A fact about the whole of a product's only variant holds that variant's name without a posting for it (scoreFact
  // counts it as implied), so the words of that name bring in those facts as well.
  for (const id of architectureIds) {
    const entry = index.byId.get(id);
    const only = entry?.architecture.variants.length === 1 ? entry.architecture.variants[0]?.id : undefined;
    const named = only === undefined ? undefined : entry?.variantTokens.get(only);
    if (!named || !words.some((word) => named.has(word))) continue;
    for (const fact of index.factsByArchitecture.get(id) ?? [])
      if (fact.component === null && !listing.has(fact.attribute)) candidates.add(fact);
  }
  return [...candidates];
}

/** Relative difference below which two scores are equal: length normalisation alone can part two facts by less. */
const TIE = 1e-3;

/** Whether two scores are equal within the tie: the ranking cannot choose between their facts. */
export function isTiedScore(a: number, b: number): boolean {
  return Math.abs(b - a) <= TIE * Math.max(a, b);
}

/**
 * Best first. On a tie (scores within a thousandth of each other), a fact that says something (a purpose) goes before
 * one that only labels (a role), then model order, so the ranking does not hang on how long a label is.
 */
export function compareScored(a: ScoredFact, b: ScoredFact): number {
  return (
    (isTiedScore(a.score, b.score) ? 0 : b.score - a.score) ||
    Number(background.has(a.fact.attribute)) - Number(background.has(b.fact.attribute)) ||
    (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0)
  );
}

/** Every fact of the architectures in scope, scored and sorted best first (zero scores dropped). */
export function rankFacts(index: FactIndex, reading: Reading, architectureIds: readonly string[]): ScoredFact[] {
  const query = listQueryTokens(index, reading);
  const facts =
    architectureIds.length <= 3
      ? architectureIds.flatMap((id) => index.factsByArchitecture.get(id) ?? [])
      : listCandidates(index, reading, query, architectureIds);
  return facts
    .map((fact) => scoreFact(index, reading, query, fact, architectureIds))
    .filter((scored) => scored.score > 0)
    .sort(compareScored);
}

/** What a fact is about, for grouping: its component, or the host or group a whole-variant fact names; null otherwise. */
function subjectKey(fact: IndexedFact): string | null {
  if (fact.component !== null) return `${fact.architecture}/${fact.component}`;
  if (fact.attribute === 'requirement') return `${fact.architecture}/${fact.text.split(': ')[0] ?? ''}`;
  return null;
}

/**
 * Picks the facts an answer is made of: the best one, then facts that explain question words the chosen ones do not,
 * while they stay close to the best score; at most `limit`. Down to `reach` times the best score, only facts that explain a
 * word no chosen fact explains are kept.
 */
export function selectFacts(
  ranked: readonly ScoredFact[],
  limit = 4,
  floor = 0.4,
  asked: FactAttribute | null = null,
  reach = floor,
): ScoredFact[] {
  const [best, ...rest] = ranked;
  if (!best) return [];
  const chosen: ScoredFact[] = [best];
  const covered = new Set(best.covered);
  for (const candidate of rest) {
    if (chosen.length >= limit || candidate.score < best.score * Math.min(floor, reach)) break;
    const adds = [...candidate.covered].filter((token) => !covered.has(token));
    // Below the floor, within reach, only a fact that explains a word no chosen fact does still answers.
    if (candidate.score < best.score * floor) {
      if (adds.length === 0) continue;
      chosen.push(candidate);
      for (const token of candidate.covered) covered.add(token);
      continue;
    }
    // More facts of the same kind about the same thing (each cloud's managed service, each scope's figures) belong together.
    const key = subjectKey(candidate.fact);
    const sameSubject = key !== null && chosen.some((c) => subjectKey(c.fact) === key && c.fact.attribute === candidate.fact.attribute);
    // The kind of fact the question asks for ("which managed services") answers it even when a list fact led with its words.
    const askedKind = asked !== null && candidate.fact.attribute === asked && best.fact.attribute !== asked;
    // A fact about another part scoring nearly as high as the best is a second answer, not a repeat of the first.
    const close = candidate.score >= best.score * 0.85 && candidate.fact.component !== best.fact.component;
    if (adds.length === 0 && !sameSubject && !askedKind && !close) continue;
    chosen.push(candidate);
    for (const token of candidate.covered) covered.add(token);
  }
  return chosen;
}

/** Share of the question's weight that the chosen facts cover, 0 to 1. */
export function measureCoverage(
  index: FactIndex,
  query: readonly string[],
  chosen: readonly ScoredFact[],
  scope: readonly string[] = [],
  scene: readonly string[] = [],
): number {
  const covered = new Set(chosen.flatMap((scored) => [...scored.covered]));
  const measure = (tokens: readonly string[]) => {
    const total = tokens.reduce((sum, token) => sum + weighToken(index, token, scope), 0);
    return total === 0
      ? 0
      : tokens.filter((token) => covered.has(token)).reduce((sum, token) => sum + weighToken(index, token, scope), 0) / total;
  };
  // Words only the scene-setting sentences use need no answer of their own, but count when the facts explain them too.
  const asked = scene.length > 0 ? query.filter((token) => !scene.includes(token)) : [];
  return Math.max(measure(query), measure(asked));
}

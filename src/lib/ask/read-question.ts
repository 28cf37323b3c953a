import type { CloudId } from '../../schemas/cloud-ref.ts';
import type { RequirementScope } from '../../schemas/requirement.ts';
import { askVocabulary, clouds, factAttributes, type FactAttribute, type SizingResource } from '../model/index.ts';
import {
  correctToken,
  countWordValues,
  dropAsides,
  findInitials,
  leadingAssertion,
  isSizeOfCopies,
  listLeftOutPhrases,
  listNameHeadWords,
  measureEditDistance,
  normalizeQuestionText,
  opensAsking,
  quantityUnitWords,
  resourceWordOf,
  stemToken,
  stopwords,
  tokenizeQuestion,
  tokenizeText,
} from './normalize-question.ts';
import { readWordCounts } from './compute/read-loads.ts';
import { findFacets } from './find-facets.ts';
import { endsWithQuestionTag } from './judge-polarity.ts';
import { isListLength, weighToken } from './select-facts.ts';
import type { FactIndex, IndexedArchitecture, Reading } from './types.ts';

const vocabulary = askVocabulary;
const stemmedSet = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)).concat(words.map(stemToken)));
const yesNoOpeners = new Set(vocabulary.yesNoOpeners);
const negativeCues = stemmedSet(vocabulary.negativeNecessityCues);
const positiveCues = stemmedSet(vocabulary.positiveNecessityCues);
const necessityNegators = stemmedSet(vocabulary.necessityNegators);

/**
 * Whether a word asking for necessity at a position is negated right before it, past any other such word ("not needed",
 * "isn't strictly required", "no need"): that asks whether the thing can go, not whether it is needed.
 */
function isNegatedCue(tokens: readonly string[], at: number): boolean {
  let before = at - 1;
  while (before >= 0 && positiveCues.has(tokens[before] ?? '')) before--;
  return necessityNegators.has(tokens[before] ?? '');
}
const computeCues = stemmedSet(vocabulary.computeCues);
const compareCues = stemmedSet(vocabulary.compareCues);
const explicitCompareCues = stemmedSet(vocabulary.explicitCompareCues);
const filterCues = new Set(vocabulary.filterCues);
const productNouns = stemmedSet(vocabulary.productNouns);
const weakKindWords = stemmedSet(vocabulary.weakKindWords);
const scopePrepositions = stemmedSet(vocabulary.scopePrepositions);
const trialRunTokens = stemmedSet(vocabulary.trialRunWords);
const minCues = stemmedSet(vocabulary.extremeCues.min);
const maxCues = stemmedSet(vocabulary.extremeCues.max);
const moreCues = stemmedSet(vocabulary.comparativeCues.more);
const lessCues = stemmedSet(vocabulary.comparativeCues.less);
const requestCues = stemmedSet(vocabulary.requestLimitCues.request);
const limitCues = stemmedSet(vocabulary.requestLimitCues.limit);
/** Words that set a limit aside ("before headroom", "without the limit"), leaving the request it is built on. */
const setAsideTokens = stemmedSet(vocabulary.limitSetAsideWords);
const shareWords = stemmedSet(vocabulary.shareWords);
const kindWords = stemmedSet(vocabulary.kindWords);
const attributeCues = new Map(
  Object.entries(vocabulary.attributeCues)
    .filter(([attribute]) => (factAttributes as readonly string[]).includes(attribute))
    .map(([attribute, words]) => [attribute as FactAttribute, stemmedSet(words)] as const),
);
const statementVerbs = stemmedSet(vocabulary.statementVerbs);

/** The words that cue an attribute ("connects" of a connection). */
export function listAttributeCues(attribute: FactAttribute): string[] {
  return [...(attributeCues.get(attribute) ?? [])];
}

/**
 * Whether a question asks only for an attribute and names nothing it is of ("which options are listed?"): every content
 * word cues an attribute or only says that the sources give it.
 */
export function asksOnlyAttribute(reading: Reading): boolean {
  const cues = [...reading.attributes.keys()].flatMap((attribute) => listAttributeCues(attribute));
  return (
    reading.products.length === 0 &&
    reading.content.length > 0 &&
    reading.content.every((token) => cues.includes(token) || statementVerbs.has(token))
  );
}

const aimTokens = stemmedSet(vocabulary.aimVerbs);
const aimQualifierTokens = stemmedSet(vocabulary.aimQualifiers);

/** Whether the word at `at` is what a plan aims at ("to save some RAM", "to free up memory"): why, not what is asked. */
function isAimOfPlan(tokens: readonly string[], at: number): boolean {
  return findAimVerb(tokens, at) >= 0;
}

/** Where the verb of the aim whose object is the word at `at` stands ("to save some RAM"), or -1. */
function findAimVerb(tokens: readonly string[], at: number): number {
  let before = at - 1;
  while (before > 0 && /^(?:up|some|more)$/.test(tokens[before] ?? '')) before -= 1;
  const aimed =
    (aimTokens.has(tokens[before] ?? '') && tokens[before - 1] === 'to') ||
    (aimQualifierTokens.has(tokens[before] ?? '') && tokens[before - 1] === 'for');
  return aimed ? before : -1;
}

/** How many content words of its own make a scene long enough to drown a short asking sentence naming a part. */
const LONG_SCENE = 5;

/** The words of each plan's aim, from its verb to its object ("save", "some", "memory"): they set the scene. */
function listAimWords(tokens: readonly string[]): string[] {
  return tokens.flatMap((_, at) => {
    const verb = findAimVerb(tokens, at);
    return verb >= 0 ? tokens.slice(verb, at + 1) : [];
  });
}

/** Scopes most specific first: "the minimal HA cluster" is the HA figures, not the bare minimum. */
const scopeOrder: readonly RequirementScope[] = [
  'high-availability',
  'production',
  'example',
  'tested',
  'default',
  'reference',
  'recommended',
  'minimum',
];
const scopeCues = scopeOrder.map((scope) => [scope, stemmedSet(vocabulary.scopeCues[scope] ?? [])] as const);
const wholeCues = stemmedSet(vocabulary.wholeCues);
const genericWords = stemmedSet(vocabulary.genericNameWords);
/** Words every entry is called ("reference architecture"), which name no variant. */
const catalogueWords = stemmedSet(vocabulary.catalogueWords);
const resourceNouns = stemmedSet(vocabulary.resourceNouns);
const categoryCommonWords = stemmedSet(vocabulary.categoryCommonWords);
const categoryKindTokens = new Set([...productNouns, ...categoryCommonWords, ...stemmedSet(vocabulary.categoryKindWords)]);
/** The cloud each word of a cloud's name or id stands for ("gcp", "azure"). */
export const cloudTokens = new Map<string, CloudId>(
  clouds.flatMap((cloud) => [...tokenizeText(cloud.label), cloud.id].map((token) => [token, cloud.id as CloudId] as const)),
);
/** Each word of each cloud's name, lower-cased ("google", "cloud"). */
const cloudLabelWords = new Set(clouds.flatMap((cloud) => cloud.label.toLowerCase().split(/\s+/)));
const otherProducts = Object.entries(vocabulary.knownOtherProducts).flatMap(([category, names]) =>
  names.map((name) => ({ name, category, tokens: tokenizeText(name) })),
);
const unanswerable = vocabulary.unanswerableTopics.map((topic) => {
  const weighed = (topic.weighed ?? []).map((word) => word.replace(/\s+/g, '\\s+')).join('|');
  const tails = (topic.weighedTails ?? []).join('|');
  const amounts = (topic.amountCues ?? []).map((cue) => cue.replace(/\s+/g, '\\s+')).join('|');
  const modifierTails = (topic.modifierTails ?? []).join('|');
  const modifierHeads = (topic.modifierHeads ?? []).join('|');
  return {
    words: new Set(topic.words.flatMap((w) => tokenizeText(w))),
    reason: topic.reason,
    weighed: new Set((topic.weighed ?? []).flatMap((w) => tokenizeText(w))),
    // An amount: one of the topic's amount cues or a currency sign.
    amount: new RegExp(`[$\\u20ac\\u00a3]|\\b(?:${amounts || '(?!)'})\\b`, 'i'),
    // Weighing: a weighed word with a word of what it weighs up to two words after it ("costs less", "cost/complexity downsides").
    weighing: new RegExp(`\\b(?:${weighed || '(?!)'})\\b(?:\\W+[\\p{L}-]+){0,2}?\\W+(?:${tails || '(?!)'})\\b`, 'iu'),
    // A topic word joined to a quality ("cost-effective") or after a resource ("CPU cost") describes something rather
    // than asking the topic.
    modifier: new RegExp(
      `\\b(?:${topic.words.join('|')})[\\s-]+(?:${modifierTails || '(?!)'})\\b|\\b(?:${modifierHeads || '(?!)'})[\\s-]+(?:${topic.words.join('|')})\\b`,
      'gi',
    ),
  };
});

/**
 * Whether a question of a declined topic asks only what a vendor weighs in words ("which costs less to run?", "what
 * extra cost items"), no amount, of a product whose facts use those words: its facts answer it.
 */
function asksWeighedTopic(
  index: FactIndex,
  topic: (typeof unanswerable)[number],
  asked: readonly string[],
  lower: string,
  products: readonly { id: string }[],
): boolean {
  if (asked.length === 0 || !asked.every((token) => topic.weighed.has(token))) return false;
  if (topic.amount.test(lower) || !topic.weighing.test(lower)) return false;
  return products.some((product) =>
    (index.factsByArchitecture.get(product.id) ?? []).some((fact) => fact.tokens.some((token) => topic.weighed.has(token))),
  );
}

/** Whether `tokens` holds `phrase` as consecutive tokens. */
function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return findPhrase(tokens, phrase) >= 0;
}

/** Where a phrase of tokens starts in a text's tokens, or -1. */
function findPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phrase.every((token, j) => tokens[i + j] === token)) return i;
  return -1;
}

/** Words that count one ("one cluster"), which write a name's "single" ("Single cluster") as well. */
const oneTokens = stemmedSet(Object.keys(vocabulary.countWords).filter((word) => vocabulary.countWords[word] === 1));
const singleTokens = stemmedSet(vocabulary.singleWords);

/**
 * Whether a question writes out the head of a variant's name of two words or more ("single-cluster" or "one cluster" for
 * "Single cluster (…)"), the product's own name allowed between its words ("a single Acme cluster").
 */
export function writesVariantName(index: FactIndex, tokens: readonly string[], architectureId: string, variantId: string): boolean {
  const entry = index.byId.get(architectureId);
  const variant = entry?.architecture.variants.find((candidate) => candidate.id === variantId);
  const head = variant ? listNameHeadWords(variant.name) : [];
  const single = head.find((token) => singleTokens.has(token));
  const unnamed = tokens
    .filter((token) => !entry?.nameTokens.has(token) || head.includes(token))
    .map((token) => (single && oneTokens.has(token) ? single : token));
  return head.length >= 2 && containsPhrase(unnamed, head);
}

/** How many facts of architectures other than `own` contain a token: high means the word is common, not a name. */
function countElsewhere(index: FactIndex, token: string, own: string): number {
  const mine = (index.factsByArchitecture.get(own) ?? []).filter((fact) => fact.tokens.includes(token)).length;
  return (index.documentFrequency.get(token) ?? 0) - mine;
}

/** One value per architecture id and index, made once (an index is rebuilt whenever the catalogue changes). */
function createIndexCache<T>(): (index: FactIndex, id: string, make: () => T) => T {
  const caches = new WeakMap<FactIndex, Map<string, T>>();
  return (index, id, make) => {
    let cache = caches.get(index);
    if (!cache) {
      cache = new Map();
      caches.set(index, cache);
    }
    let value = cache.get(id);
    if (value === undefined) {
      value = make();
      cache.set(id, value);
    }
    return value;
  };
}

const distinctiveCache = createIndexCache<Set<string>>();

/** The tokens that name an architecture without being everyday words of the other architectures' facts. */
function listDistinctiveTokens(index: FactIndex, entry: IndexedArchitecture): Set<string> {
  return distinctiveCache(index, entry.architecture.id, () => findDistinctiveTokens(index, entry));
}

/** The tokens that name an architecture without being everyday words of the other architectures' facts, worked out. */
function findDistinctiveTokens(index: FactIndex, entry: IndexedArchitecture): Set<string> {
  const idTokens = new Set(tokenizeText(entry.architecture.id.replace(/-/g, ' ')));
  // An alias is given to name the product, so even a two-letter one ("KC") counts.
  const aliasTokens = new Set(entry.architecture.aliases.flatMap((alias) => tokenizeText(alias)));
  const distinct = new Set(
    [...entry.nameTokens].filter(
      (token) =>
        aliasTokens.has(token) ||
        (token.length >= 3 && !stopwords.has(token) && (idTokens.has(token) || countElsewhere(index, token, entry.architecture.id) <= 2)),
    ),
  );
  return distinct;
}

/** Links the architectures a question names, dropping a name that is really a component of another named product. */
function linkProducts(index: FactIndex, tokens: readonly string[]): { id: string; certainty: number }[] {
  const present = new Set(tokens);
  // Only architectures whose names hold a word of the question can be named by it; in catalogue order, as before.
  const candidates = new Set(tokens.flatMap((token) => index.nameOwners.get(token) ?? []));
  const linked = index.architectures
    .filter((entry) => candidates.has(entry))
    .map((entry) => {
      const distinctive = listDistinctiveTokens(index, entry);
      const hits = [...distinctive].filter((token) => present.has(token));
      return { entry, hits };
    })
    .filter(({ hits }) => hits.length > 0);
  // "Product A in Product B" names B's component that is A, not the product A; "B's X compared with A's" names A, and
  // so does "A vs B", the two set on either side of the comparison.
  const compared = tokens.findIndex((token) => explicitCompareCues.has(token));
  const sideOf = (hits: readonly string[]) =>
    compared < 0
      ? 'none'
      : hits.every((token) => tokens.indexOf(token) > compared)
        ? 'after'
        : hits.every((token) => tokens.indexOf(token) < compared)
          ? 'before'
          : 'both';
  const named = linked.filter(
    ({ hits }, index) =>
      sideOf(hits) === 'after' ||
      !linked.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          !(sideOf(hits) === 'before' && sideOf(other.hits) === 'after') &&
          hits.every((token) => [...other.entry.components.values()].some((c) => c.tokens.has(token))),
      ),
  );
  return named.map(({ entry, hits }) => ({ id: entry.architecture.id, certainty: Math.min(1, 0.7 + 0.3 * hits.length) }));
}

const soleOwnerCache = new WeakMap<FactIndex, Map<string, string | null>>();

/** Each word of the facts with the one architecture whose facts use it, or null when several do; made once per index. */
function mapSoleOwners(index: FactIndex): Map<string, string | null> {
  let owners = soleOwnerCache.get(index);
  if (!owners) {
    owners = new Map();
    for (const [id, facts] of index.factsByArchitecture)
      for (const fact of facts)
        for (const token of fact.tokens) {
          const owner = owners.get(token);
          if (owner === undefined) owners.set(token, id);
          else if (owner !== id) owners.set(token, null);
        }
    soleOwnerCache.set(index, owners);
  }
  return owners;
}

/**
 * The product a question names no component of but speaks in the words only its facts use ("a devfile for the
 * Frobcore editor"): at least two such words, all of one product. Empty otherwise.
 */
function linkByOwnWords(index: FactIndex, tokens: readonly string[]): { id: string; certainty: number }[] {
  const owners = mapSoleOwners(index);
  const votes = new Map<string, number>();
  for (const token of new Set(tokens)) {
    if (token.length < 4 || stopwords.has(token) || knownWords.has(token)) continue;
    const owner = owners.get(token);
    if (owner) votes.set(owner, (votes.get(owner) ?? 0) + 1);
  }
  const [only] = votes;
  return votes.size === 1 && only && only[1] >= 2 ? [{ id: only[0], certainty: 0.6 }] : [];
}

/** Words that ask about two products together ("vs", "both", "than"). */
const jointWords = new Set([...explicitCompareCues, ...stemmedSet(vocabulary.jointProductWords)]);

/** Words that point back at something named before ("its"). */
const pointingTokens = stemmedSet(vocabulary.pointingWords);
const ownerPointingTokens = stemmedSet(vocabulary.ownerPointingWords);
const copyNounTokens = new Set(
  vocabulary.countNouns.flatMap((word) => tokenizeText(word)).filter((token) => token.length > 1 && token !== 'time'),
);

/** Whether some of the words are ones only a product's own name holds, so they name it. */
function isNamedIn(index: FactIndex, id: string, words: ReadonlySet<string>): boolean {
  const entry = index.byId.get(id);
  return entry !== undefined && [...listDistinctiveTokens(index, entry)].some((token) => words.has(token));
}

/**
 * "We weigh B as well. What would B need?", archkb lacking B: the asking sentence asks of a peer product archkb lacks
 * (one of a category archkb holds, not a tool such a product uses) when it names one before any product archkb holds and
 * sets none side by side, so the held one only sets the scene.
 */
export function asksOfMissingProduct(index: FactIndex, reading: Reading): boolean {
  const heldCategories = new Set<string>([...index.byId.values()].map((entry) => entry.architecture.category));
  const names = reading.otherProducts.filter((product) => heldCategories.has(product.category)).map((product) => product.name);
  if (names.length === 0 || reading.products.length === 0) return false;
  const asking = tokenizeText(findAskingText(reading.text));
  if (asking.some((token) => jointWords.has(token) || (compareCues.has(token) && token !== whichToken))) return false;
  const missingAt = names.map((name) => findPhrase(asking, tokenizeText(name))).filter((at) => at >= 0);
  if (missingAt.length === 0) return false;
  const heldAt = asking.findIndex((token) => reading.products.some((product) => isNamedIn(index, product.id, new Set([token]))));
  return heldAt < 0 || Math.min(...missingAt) < heldAt;
}

/**
 * "We run A. Can B use our database too?": the products the asking sentence names come first, so an answer about
 * several opens with the one asked about; the rest keep their order.
 */
function putAskedFirst(
  index: FactIndex,
  products: { id: string; certainty: number }[],
  askingTokens: ReadonlySet<string> | null,
): { id: string; certainty: number }[] {
  if (products.length < 2 || askingTokens === null) return products;
  const asked = (product: { id: string }) => isNamedIn(index, product.id, askingTokens);
  return [...products.filter(asked), ...products.filter((product) => !asked(product))];
}

/**
 * "We run A today. Does B need a cache?": of several products linked, those only a scene-setting sentence names are
 * where the asker stands, not what is asked, unless the asking sentence compares them or points back at one.
 */
function dropSceneProducts(
  index: FactIndex,
  products: { id: string; certainty: number }[],
  askingOrder: readonly string[] | null,
): { id: string; certainty: number }[] {
  if (products.length < 2 || askingOrder === null) return products;
  const askingTokens = new Set(askingOrder);
  const asked = products.filter((product) => isNamedIn(index, product.id, askingTokens));
  // "Does B require for its setup": a possessive after the asked product's name is that product's own, unless what it
  // owns is a part only the scene's product has ("can B reuse its canvas").
  const namedAt = askingOrder.findIndex((token) => asked.some((product) => isNamedIn(index, product.id, new Set([token]))));
  const isAsked = (id: string) => asked.some((product) => product.id === id);
  const ownsScenePart = (at: number) =>
    askingOrder
      .slice(at + 1, at + 3)
      .some(
        (token) =>
          (index.componentOwners.get(token) ?? []).some((id) => !isAsked(id)) &&
          !(index.postings.get(token) ?? []).some((fact) => isAsked(fact.architecture)),
      );
  const pointsBack = askingOrder.some(
    (token, at) => pointingTokens.has(token) && !(namedAt >= 0 && at > namedAt && ownerPointingTokens.has(token) && !ownsScenePart(at)),
  );
  if (pointsBack || askingOrder.some((token) => jointWords.has(token))) return products;
  return asked.length > 0 ? asked : products;
}

const originPatterns = vocabulary.originPatterns.map((pattern) => new RegExp(pattern, 'giu'));

/**
 * "Moving from A to B: is Redis required?": the product a move leaves is where the asker comes from; the question asks
 * of the one it goes to, unless it sets the two side by side ("vs", "both", "than").
 */
function dropOriginProducts(
  index: FactIndex,
  products: { id: string; certainty: number }[],
  text: string,
): { id: string; certainty: number }[] {
  if (products.length < 2 || tokenizeText(text).some((token) => jointWords.has(token) || (compareCues.has(token) && token !== whichToken)))
    return products;
  const left = new Set(originPatterns.flatMap((pattern) => [...text.matchAll(pattern)].flatMap((match) => tokenizeText(match[1] ?? ''))));
  // A product named again beyond its move ("from A to B: A's guide gives …") is asked about as well.
  const beyond = new Set(
    tokenizeText(originPatterns.reduce((rest, pattern) => rest.replace(pattern, (match, from: string) => match.replace(from, ' ')), text)),
  );
  const kept = products.filter((product) => !isNamedIn(index, product.id, left) || isNamedIn(index, product.id, beyond));
  return kept.length > 0 ? kept : products;
}

/** A setting's name as a values file or an environment writes it: dotted ("api.cache.size") or joined by underscores ("API_CACHE_SIZE"). */
const settingName = /(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}]*(?:\.\p{L}[\p{L}\p{N}]*){2,}|\p{L}[\p{L}\p{N}]*(?:_[\p{L}\p{N}]+){2,}/gu;

const settingTextCache = new WeakMap<FactIndex, Map<string, string>>();

/** Each architecture's facts as one lower-case text, to look setting names up in; made once per index. */
function mapSettingTexts(index: FactIndex): Map<string, string> {
  let texts = settingTextCache.get(index);
  if (!texts) {
    texts = new Map(
      [...index.factsByArchitecture].map(([id, facts]) => [
        id,
        facts
          .map((fact) => `${fact.subject} ${fact.text}`)
          .join(' ')
          .toLowerCase(),
      ]),
    );
    settingTextCache.set(index, texts);
  }
  return texts;
}

/**
 * A text without the uses of a topic word that only describe something ("cost-effective", "a CPU cost"), nor, unless
 * an amount is asked, the later "that cost" pointing back at such a use.
 */
function dropModifierUses(lower: string, topic: { modifier: RegExp; words: ReadonlySet<string>; amount: RegExp }): string {
  const dropped = lower.replace(topic.modifier, ' ');
  // "What does that cost per month?" asks an amount of the topic, whatever it points at.
  if (dropped === lower || topic.amount.test(lower)) return dropped;
  return dropped.replace(/\b(?:that|this|such\s+an?|such)\s+([\p{L}-]+)/gu, (whole, word: string) =>
    tokenizeText(word).some((token) => topic.words.has(token)) ? ' ' : whole,
  );
}

/** A word written in camel case ("MaxOpenConns"), as a setting's key is. */
const camelKey = /(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}]*\p{Ll}\p{Lu}[\p{L}\p{N}]*/gu;

/**
 * Whether a text names a setting that an architecture's facts write: dotted or joined by underscores, three parts or
 * more, or a camel-case key that is a whole part of one of its settings' names ("MaxOpenConns") and no part's name.
 */
export function namesHeldSetting(index: FactIndex, architectureId: string, text: string): boolean {
  const written = mapSettingTexts(index).get(architectureId) ?? '';
  if ([...text.matchAll(settingName)].some(([name]) => written.includes(name.toLowerCase()))) return true;
  const keys = [...text.matchAll(camelKey)]
    .map(([key]) => key.toLowerCase())
    .filter((key) => !tokenizeText(key).some((token) => index.componentOwners.has(token)));
  if (keys.length === 0) return false;
  const parts = new Set(
    (index.byId.get(architectureId)?.resolved ?? [])
      .flatMap((variant) => variant.components.flatMap((component) => component.settings ?? []))
      .flatMap((setting) => setting.name.toLowerCase().split(/[._\s-]+/)),
  );
  return keys.some((key) => parts.has(key));
}

/**
 * The one product whose facts write a setting the question names exactly ("what is the default of
 * services.cache.password?"): a name of three parts or more is one product's own, though no product is named.
 */
function linkBySetting(index: FactIndex, question: string): { id: string; certainty: number }[] {
  const names = [...question.matchAll(settingName)].map(([name]) => name.toLowerCase());
  if (names.length === 0) return [];
  const owners = new Set([...mapSettingTexts(index)].filter(([, text]) => names.some((name) => text.includes(name))).map(([id]) => id));
  return owners.size === 1 ? [...owners].map((id) => ({ id, certainty: 0.7 })) : [];
}

/** How many times the weight of one product's own component words must exceed the next product's to name it. */
const OWNED_MARGIN = 2;

/** The one product whose component the question names when it names no product ("X-daemon"), linked a little less surely. */
function linkByComponent(index: FactIndex, tokens: readonly string[]): { id: string; certainty: number }[] {
  // Each product with the weight of the question's component words, a word several products use shared among them.
  const weights = new Map<string, number>();
  const owners = new Set<string>();
  for (const token of new Set(tokens)) {
    const ids = index.componentOwners.get(token) ?? [];
    if (ids.length === 0 || stopwords.has(token) || token.length < 4) continue;
    const [only] = ids;
    if (ids.length === 1 && only) owners.add(only);
    for (const id of ids) weights.set(id, (weights.get(id) ?? 0) + weighToken(index, token) / ids.length);
  }
  if (owners.size === 1) return [...owners].map((id) => ({ id, certainty: 0.7 }));
  // One product's words weighing far more than any other's ("CheCluster" against "certificates") name that product.
  const [first, second] = [...weights].filter(([id]) => owners.has(id)).sort((a, b) => b[1] - a[1]);
  const runnerUp = Math.max(0, ...[...weights].filter(([id]) => id !== first?.[0]).map(([, weight]) => weight));
  if (first && second && first[1] >= runnerUp * OWNED_MARGIN) return [{ id: first[0], certainty: 0.6 }];
  // Words of several products' components ("provider", "infrastructure"): a component named in full decides.
  const asked = new Set(tokens);
  const fullyNamed = [...owners].filter((id) =>
    [...(index.byId.get(id)?.components.values() ?? [])].some((component) => {
      const words = listNameHeadWords(component.name);
      return words.length > 0 && words.every((token) => asked.has(token));
    }),
  );
  if (fullyNamed.length === 1) return fullyNamed.map((id) => ({ id, certainty: 0.7 }));
  // A technology one product runs as a component ("MinIO") names that product, though another lists it as an example.
  if (owners.size === 0) {
    const running = new Set(
      [...asked].flatMap((token) =>
        (listTechnologies(index).get(token) ?? []).filter(({ words }) => words.every((word) => asked.has(word))).map(({ id }) => id),
      ),
    );
    if (running.size === 1) return [...running].map((id) => ({ id, certainty: 0.6 }));
  }
  // Several named in full ("frobcored" and "user boards"): the one named by words no other product's parts use decides.
  const distinct = fullyNamed.length > 1 ? listDistinctlyNamedOwners(index, tokens).filter((id) => fullyNamed.includes(id)) : [];
  return distinct.length === 1 ? distinct.map((id) => ({ id, certainty: 0.6 })) : [];
}

const technologiesCache = new WeakMap<FactIndex, Map<string, { words: string[]; id: string }[]>>();

/** Each architecture's component technologies by their first word ("minio"), their words free of generic ones; made once per index. */
function listTechnologies(index: FactIndex): Map<string, { words: string[]; id: string }[]> {
  let technologies = technologiesCache.get(index);
  if (!technologies) {
    technologies = new Map();
    for (const entry of index.architectures) {
      const seen = new Set<string>();
      for (const component of entry.resolved.flatMap((variant) => variant.components)) {
        const words = tokenizeText(component.technology ?? '').filter((token) => !stopwords.has(token));
        const [first] = words;
        if (!first || words.some((word) => genericWords.has(word)) || seen.has(words.join(' '))) continue;
        seen.add(words.join(' '));
        technologies.set(first, [...(technologies.get(first) ?? []), { words, id: entry.architecture.id }]);
      }
    }
    technologiesCache.set(index, technologies);
  }
  return technologies;
}

/** Products with a component the question names in full ("frobcored") by words only that product's components use. */
function listDistinctlyNamedOwners(index: FactIndex, tokens: readonly string[]): string[] {
  const asked = new Set(tokens);
  return index.architectures
    .filter((entry) =>
      [...entry.components.values()].some((component) => {
        const words = listNameHeadWords(component.name);
        return words.length > 0 && words.every((token) => asked.has(token) && (index.componentOwners.get(token) ?? []).length === 1);
      }),
    )
    .map((entry) => entry.architecture.id);
}

/** Token runs of the words that leave a product out of a question across products ("other than", "besides"). */
const exclusionCueRuns = vocabulary.productExclusionCues.map((cue) => tokenizeText(cue));
const productUseVerbs = stemmedSet(vocabulary.productUseVerbs);
const placeWords = new Set(vocabulary.productPlaceWords.flatMap((word) => tokenizeText(word)));

/**
 * The products a question across products names only to leave out: one after an exclusion cue ("which products other
 * than X need Y?"), and one that products are asked to use ("which products use X?": a verb of use right after the
 * word for products; "which tools does X use?" asks of X).
 */
function findLeftOutProducts(
  index: FactIndex,
  tokens: readonly string[],
  linked: readonly { id: string }[],
): { excluded: string[]; used: string[] } {
  // "Which tools (listed here) rely on X": a word for products a filter cue asks, its verb one of use.
  const askedAt = tokens.findIndex((token, at) => {
    if (!productNouns.has(token) || !tokens.slice(Math.max(0, at - 4), at).some((before) => filterCues.has(before))) return false;
    const verb = tokens.slice(at + 1).find((after) => !placeWords.has(after));
    return verb !== undefined && productUseVerbs.has(verb);
  });
  const excluded: string[] = [];
  const used: string[] = [];
  for (const { id } of linked) {
    const names = index.byId.get(id)?.nameTokens ?? new Set<string>();
    const at = tokens.findIndex((token) => names.has(token));
    if (at < 0) continue;
    const before = tokens.slice(0, at);
    if (exclusionCueRuns.some((run) => run.length > 0 && run.every((word, offset) => before[before.length - run.length + offset] === word)))
      excluded.push(id);
    else if (askedAt >= 0 && askedAt < at) used.push(id);
  }
  return { excluded, used };
}

/** The category a question names ("identity servers", "internal-tool builders"), by its plural phrase or label. */
function findCategory(index: FactIndex, tokens: readonly string[]): string | null {
  for (const [id, names] of index.categoryTokens) {
    const words = [...names];
    const hits = words.filter((word) => tokens.includes(word)).length;
    if (hits >= Math.min(2, words.length)) {
      const distinctive = words.filter((word) => !categoryCommonWords.has(word));
      if (distinctive.some((word) => tokens.includes(word))) return id;
    }
  }
  // "The three low-code builders", "CDE products": another name of the category before a word for products.
  for (const [id, names] of index.categoryOtherNames) {
    const named = names.some((name) =>
      tokens.some(
        (_, at) =>
          name.length > 0 &&
          name.every((word, offset) => tokens[at + offset] === word) &&
          categoryKindTokens.has(tokens[at + name.length] ?? ''),
      ),
    );
    if (named) return id;
  }
  return null;
}

/**
 * The variant a question means by names only that variant's facts use ("ElastiCache" of a layout on one cloud), when
 * its name is not written: the variant whose own names the question uses most, weighed by rarity. Only names count:
 * a plain word one variant happens to use ("teams") says nothing about the layout meant.
 */
function findVariantOnlyWords(index: FactIndex, entry: IndexedArchitecture, tokens: readonly string[]): string | null {
  const all = entry.architecture.variants.length;
  const votes = new Map<string, number>();
  for (const token of new Set(tokens)) {
    if (stopwords.has(token) || genericWords.has(token) || catalogueWords.has(token) || entry.nameTokens.has(token)) continue;
    const facts = (index.factsByArchitecture.get(entry.architecture.id) ?? []).filter((fact) => fact.tokens.includes(token));
    const variants = new Set(facts.flatMap((fact) => fact.variants));
    const [variant] = variants;
    if (facts.length === 0 || variants.size !== 1 || !variant || all < 2) continue;
    votes.set(variant, (votes.get(variant) ?? 0) + weighToken(index, token, [entry.architecture.id]));
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/** Whether a variant's summary opens with a sentence holding two words (no counts) in a row that the question holds in a row too. */
function opensSummaryWith(entry: IndexedArchitecture, variantId: string, tokens: readonly string[]): boolean {
  const summary = entry.architecture.variants.find((variant) => variant.id === variantId)?.summary ?? '';
  // A count ("at least three") is no word of the layout's aim.
  const worded = (token: string) => !stopwords.has(token) && !countWordValues.has(token) && !/\d/.test(token);
  const lead = tokenizeText(summary.split(/(?<=[.:;])\s/)[0] ?? '').filter(worded);
  const asked = tokens.filter(worded);
  const pairs = new Set(lead.slice(1).map((token, at) => `${lead[at]} ${token}`));
  return asked.slice(1).some((token, at) => pairs.has(`${asked[at]} ${token}`) && !entry.nameTokens.has(token));
}

/** Negation words of one token ("not", "without"), before a word the asker rules out; "can't" splits into a word that affirms. */
const negationTokens: ReadonlySet<string> = new Set(
  askVocabulary.negationWords.map((word) => tokenizeText(word)).flatMap((tokens) => (tokens.length === 1 ? tokens : [])),
);

/** Variants a question names, per linked architecture. */
function findVariants(
  index: FactIndex,
  tokens: readonly string[],
  products: readonly { id: string }[],
  names: readonly string[],
): Map<string, string> {
  const found = new Map<string, string>();
  // "Plain Kubernetes, not OpenShift": a word right after a negation names the variant the asker does not run.
  const named = tokens.filter((_, at) => !negationTokens.has(tokens[at - 1] ?? ''));
  const namedClouds = new Set(named.flatMap((token) => (cloudTokens.has(token) ? [cloudTokens.get(token)] : [])));
  for (const { id } of products) {
    const entry = index.byId.get(id);
    if (!entry || entry.architecture.variants.length < 2) continue;
    // A variant written for a cloud the question names is the one meant ("Product on Azure").
    const forCloud = entry.architecture.variants.find((variant) => variant.cloud && namedClouds.has(variant.cloud));
    if (forCloud) {
      found.set(id, forCloud.id);
      continue;
    }
    // A variant whose name before its parenthesis ("Multi-cluster") the question writes out in full is the one meant.
    const written = entry.architecture.variants.filter((variant) => {
      const head = listNameHeadWords(variant.name);
      return head.length >= 2 && containsPhrase(named, head);
    });
    if (written.length === 1 && written[0]) {
      found.set(id, written[0].id);
      continue;
    }
    const own = listDistinctiveTokens(index, entry);
    let best: { id: string; score: number } | null = null;
    for (const [variantId, variantTokens] of entry.variantTokens) {
      const words = [...variantTokens].filter((token) => !own.has(token) && !stopwords.has(token) && !catalogueWords.has(token));
      const hits = words.filter((token) => named.includes(token));
      // A generic word ("cluster") or a component's name ("High-availability CouchDB") names a variant only next to a
      // specific word of its name, or when the question uses all of it; alone it is just a word of the question.
      // A component only this variant has names the variant as well as its own words do ("ECS Fargate").
      const elsewhere = new Set(
        entry.resolved.filter((r) => r.variant.id !== variantId).flatMap((r) => r.components.map((component) => component.id)),
      );
      const componentWords = new Set(
        [...entry.components.entries()].filter(([componentId]) => elsewhere.has(componentId)).flatMap(([, c]) => [...c.tokens]),
      );
      // The variant's own one-word id ("Product on Frobshift") names it even when a part elsewhere is named after it too.
      const isId = (token: string) => token === variantId && !genericWords.has(token);
      const specific = hits.filter((token) => isId(token) || (!componentWords.has(token) && !genericWords.has(token)));
      const counted =
        hits.length === words.length ? hits : specific.length > 0 ? hits.filter((token) => isId(token) || !componentWords.has(token)) : [];
      const score = counted.reduce((sum, token) => sum + weighToken(index, token, [id]), 0);
      // Variants whose names the question uses alike ("region" of "Single cluster / region" and "Multi cluster /
      // region"): the one whose summary opens with two words the question writes together ("scale across regions") wins.
      const tied = best !== null && Math.abs(score - best.score) < 1e-9;
      if (tied && best && opensSummaryWith(entry, variantId, named) && !opensSummaryWith(entry, best.id, named))
        best = { id: variantId, score };
      if (score > 0 && (!best || score > best.score)) best = { id: variantId, score };
    }
    const only = best ? null : findVariantOnlyWords(index, entry, names);
    if (best) found.set(id, best.id);
    else if (only) found.set(id, only);
  }
  return found;
}

/**
 * The question's main clause: without a leading condition ("If the registry goes down, can …") or a short topic label
 * ("Product X HA - what …", "Quick one: does …"), whose first word says whether it asks yes or no.
 */
export function findMainClause(lower: string): string {
  // A label may hold a version ("chart 3.x - does it …"), so only a full stop before a space ends it; a clause that
  // opens asking ("does it need two parts: a and b?") is no label.
  const labelled = opensAsking.test(lower) ? null : /^(?:[^:?!.]|\.(?=\S)){1,60}?(?::\s+|\s+-{1,2}\s+|\s+\u2013\s+)(?=\p{L})/u.exec(lower);
  let rest = labelled ? lower.slice(labelled[0].length) : lower;
  // Conditions can follow one another ("For X on AWS, if we keep two zones, what …"); the question follows them all.
  for (let count = 0; count < 3; count++) {
    const condition = leadingCondition.exec(rest);
    // "For prod we can pull it from there, right?": a lone word after the comma is a closing tag, not the question.
    if (!condition || !/\p{L}+\W+\p{L}/u.test(rest.slice(condition[0].length))) break;
    rest = rest.slice(condition[0].length);
  }
  // "Surely X needs Y?": the adverb puts the claim as a question, and the clause after it is what is asked.
  rest = rest.replace(leadingAssertion, '');
  // "Out of the box, does X …?": a short framing phrase before a comma and an opener only sets the scene.
  const framing = framingPhrase.exec(rest);
  if (framing && !whWord.test(framing[0])) rest = rest.slice(framing[0].length);
  // "If our vault has an outage does X go down?": a condition with no comma ends before the last auxiliary that opens
  // the question, unless that one offers an alternative ("… or is it fine").
  // The condition needs words of its own: "when should we expect downtime?" asks when; a "what" after it asks what.
  const unmarked =
    conditionOpener.test(rest) && !whWord.test(rest.replace(/^\p{L}+/u, ''))
      ? [...rest.matchAll(unmarkedQuestionOpener)].at(-1)
      : undefined;
  if (unmarked?.index !== undefined && /\?\s*$|^[^.!?]*$/.test(rest) && rest.slice(0, unmarked.index).split(/\s+/).length >= 3)
    rest = rest.slice(unmarked.index + 1);
  // "We're deploying X for 8k users, do we need Y?": the asker's situation comes first, the question after its comma.
  const scene = leadingScene.exec(rest);
  return scene && opensAsking.test(rest.slice(scene[0].length)) ? rest.slice(scene[0].length) : rest;
}

/** Up to four words and a comma before a yes/no opener ("Out of the box, does …"). */
const framingPhrase = new RegExp(`^(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+,\\s*(?=(?:${vocabulary.yesNoOpeners.join('|')})\\s)`, 'u');

/** A condition's opening word, and a question opener inside a clause that no comma marks off ("… outage does X go down?"). */
// "When does X need Y?" asks when: an auxiliary right after the opener (or after an adverb, "when exactly does") makes it
// the question word, not a condition.
const conditionOpener =
  /^(?:if|when|once|after|while|assuming|suppose)\b(?!(?:\s+(?:exactly|precisely|really|actually|usually|typically))?\s+(?:is|are|was|were|does|do|did|can|could|should|must|will|would)\b)[^,]*$/;
const unmarkedQuestionOpener = new RegExp(
  `(?<!\\b(?:or|and|that|which|what|it|this))\\s((?:${vocabulary.yesNoOpeners.filter((word) => !/^ha/.test(word)).join('|')})\\s+\\p{L})`,
  'gu',
);

/** The words a statement about the asker's own situation opens with ("we're", "our"), as one alternation. */
export const sceneOpeners = vocabulary.sceneSubjects.map((word) => word.replace(/'/g, "['\u2019]")).join('|');
const placePrepositions = new Set(tokenizeText('in on into'));
/** Up to 120 characters of a clause before its comma; a comma between digits ("6,000") separates thousands, not clauses. */
const clauseText = '(?:[^,?]|,(?=\\d{3})){1,120}';
const leadingScene = new RegExp(`^(?:${sceneOpeners})\\s+${clauseText},\\s*`);

/** A condition or a purpose ("to save effort") opening a clause, up to its comma. */
const leadingCondition = new RegExp(
  `^(?:(?:even\\s+)?(?:${vocabulary.conditionOpeners.map((word) => word.replace(/\s+/g, '\\s+')).join('|')})\\b|to\\s+(?!(?:what|which|whom|whose|where|how)\\b))${clauseText},\\s*(?=\\p{L})`,
  'u',
);

const outcomeFail = new Set(vocabulary.outcomeCues.fail);
const outcomeSurvive = new Set(vocabulary.outcomeCues.survive);
const outcomeDependence = new Set(vocabulary.outcomeCues.dependence);
const outcomeConditions = new RegExp(`\\b(?:${vocabulary.outcomeCues.conditions.join('|')})\\b`);

/**
 * The yes/no question a dash puts after a scene ("a Y outage mid-day — does X keep serving?"), or a lone outcome word
 * asked after it ("X goes down while pods run — safe?"); null otherwise.
 */
function findDashedQuestion(main: string): string | null {
  const after = main.split(/\s+[\u2013\u2014]\s+/).at(-1) ?? main;
  const words = after.match(/\p{L}+/gu) ?? [];
  const asks = yesNoOpeners.has(words[0] ?? '') || (words.length === 1 && outcomeSurvive.has(words[0] ?? ''));
  return after !== main && /\?\s*$/.test(after) && asks ? after : null;
}

/** Whether the main clause asks if the deployment goes down or keeps going, read before its trailing condition. */
function findAskedOutcome(main: string): 'fail' | 'survive' | null {
  // The scene before a dashed question names the failure; the question after it says which outcome is asked.
  const asked = findDashedQuestion(main) ?? main;
  const predicate = (asked.split(outcomeConditions)[0] ?? asked).split(/[^\p{L}]+/u);
  if (predicate.some((word) => outcomeDependence.has(word))) return null;
  // "Stop working" asks about failure although "work" alone would ask about survival.
  if (predicate.some((word) => outcomeFail.has(word))) return 'fail';
  return predicate.some((word) => outcomeSurvive.has(word)) ? 'survive' : null;
}

const exclusionPatterns = vocabulary.exclusionPatterns.map((pattern) => new RegExp(pattern, 'gu'));
const sumExclusionPatterns = vocabulary.sumExclusionPatterns.map((pattern) => new RegExp(pattern, 'gu'));

/** Whether a left-out phrase names a part the named products size on its own ("without the proxy container"). */
function namesPart(index: FactIndex, products: readonly { id: string }[], phrase: string): boolean {
  const words = tokenizeText(phrase).filter((token) => !stopwords.has(token));
  const parts = products.flatMap((product) =>
    (index.byId.get(product.id)?.architecture.components ?? []).flatMap((component) =>
      (component.requirements ?? []).flatMap((requirement) => (requirement.part ? [tokenizeText(requirement.part)] : [])),
    ),
  );
  return parts.some((part) => part.length > 0 && part.every((token) => words.includes(token)));
}

/** The words of what the question leaves out ("leave the operator out", "excluding the database"). */
function findExcludedTokens(lower: string, productNames: ReadonlySet<string> = new Set()): string[] {
  const left = listLeftOutPhrases(lower, exclusionPatterns).map((phrase) => {
    // "Other than X need Y": a phrase opening with a product's name leaves out that product, not what it goes on to ask.
    const words = tokenizeText(phrase);
    const named = words.findIndex((token) => !productNames.has(token));
    return named > 0 ? words.slice(0, named) : words;
  });
  return [...new Set(left.flat().filter((token) => !stopwords.has(token)))];
}

const contrastPatterns = vocabulary.contrastPatterns.map((pattern) => new RegExp(pattern, 'gu'));

/** The words of the alternatives a question sets aside ("on plain Kubernetes rather than Frobshift"). */
function findContrastedTokens(lower: string): ReadonlySet<string> {
  return new Set(contrastPatterns.flatMap((pattern) => [...lower.matchAll(pattern)].flatMap((match) => tokenizeText(match[1] ?? ''))));
}

/** Every word the vocabulary file knows (synonyms, cues), so a capitalised cue word ("HA", "AWS") is never taken for a name. */
const knownWords = new Set(
  Object.values(vocabulary)
    .flatMap((value) =>
      Array.isArray(value)
        ? value.flat(2)
        : typeof value === 'object' && value !== null
          ? [...Object.keys(value), ...Object.values(value).flat(2)]
          : [],
    )
    .filter((word): word is string => typeof word === 'string')
    .flatMap((word) => tokenizeText(word))
    .concat([...quantityUnitWords]),
);
/** Words of the topics archkb never holds: never typos of a word it does ("bill" is not "will"). */
const unanswerableWords = new Set(unanswerable.flatMap((topic) => [...topic.words]));

/** Corrects typos towards the index's words, never touching numbers, stopwords or cue words. */
function correctTokens(index: FactIndex, tokens: readonly string[]): { tokens: string[]; corrected: number } {
  let corrected = 0;
  let budget = 8;
  const out = tokens.map((token) => {
    if (
      /\d/.test(token) ||
      stopwords.has(token) ||
      knownWords.has(token) ||
      unanswerableWords.has(token) ||
      index.vocabulary.has(token) ||
      budget <= 0
    )
      return token;
    budget--;
    // Function words are mistyped too ("dose" for "does", "shoud" for "should"); short ones are corrected only towards other function words.
    if (token.length >= 4 && token.length <= 8) {
      // Beyond four letters only a missing, extra or swapped letter counts: "night" is a word, not a typo of "might".
      const stop = [...stopwords, ...spelledOpeners].find(
        (word) =>
          word.length >= 4 &&
          measureEditDistance(token, word, 1) <= 1 &&
          (token.length === 4 || word.length !== token.length || [...word].sort().join('') === [...token].sort().join('')),
      );
      if (stop) {
        corrected++;
        return tokenizeText(stop)[0] ?? stop;
      }
    }
    const fixed =
      correctWrittenForm(token) ??
      correctShortName(index, token) ??
      correctToken(token, index.vocabulary, index.vocabularyByLength, index.corrections) ??
      correctCueWord(token);
    if (fixed && fixed !== token) {
      corrected++;
      return fixed;
    }
    return token;
  });
  return { tokens: out, corrected };
}

/**
 * A four-letter word missing one letter of a product's or a cloud's five-letter name ("codr", "azur"), the name's first
 * letter kept: a short word is corrected by a dropped letter only towards such a name, which a question names far more
 * often than any other word of that length.
 */
function correctShortName(index: FactIndex, token: string): string | null {
  if (token.length !== 4) return null;
  const names = [...new Set([...index.nameOwners.keys(), ...cloudTokens.keys()])].filter(
    (name) => name.length === 5 && name[0] === token[0] && [...name].some((_, at) => name.slice(0, at) + name.slice(at + 1) === token),
  );
  return names.length === 1 ? (names[0] ?? null) : null;
}

/** Words that ask for a kind of fact, long enough that one slip in them is a typo ("framwork"), not another word. */
const longCueWords = [...new Set(Object.values(vocabulary.attributeCues).flat())].filter(
  (word) => word.length >= 7 && /^\p{L}+$/u.test(word),
);

/**
 * A slip of a word that asks for a kind of fact ("framwork" for "framework") as that word: a missing, extra or swapped
 * letter, never a changed one ("manager" is a word, not a slip of "managed"); null when none is that close.
 */
function correctCueWord(token: string): string | null {
  const cue = longCueWords.find(
    (word) =>
      word[0] === token[0] &&
      Math.abs(word.length - token.length) <= 1 &&
      measureEditDistance(token, word, 1) <= 1 &&
      (word.length !== token.length || [...word].sort().join('') === [...token].sort().join('')),
  );
  return cue ? (tokenizeText(cue)[0] ?? cue) : null;
}

/** Openers as written whose token is cut shorter ("does" is kept as "doe"), so a slip of them ("dose") is still one. */
const spelledOpeners = vocabulary.yesNoOpeners.filter((word) => !stopwords.has(word));

/** Words people write for a canonical one ("postgres"), long enough that one slip in them is a typo, not another word. */
const writtenForms = Object.keys(vocabulary.synonyms).filter((word) => word.length >= 6 && /^\p{L}+$/u.test(word));

/**
 * A slip of a word people write for a canonical one ("postgress" for "postgres") as the canonical word, before a rarer
 * name one edit away ("postgrest") is tried; null when no such word is one edit away.
 */
function correctWrittenForm(token: string): string | null {
  const written = writtenForms.find(
    (form) => form[0] === token[0] && Math.abs(form.length - token.length) <= 1 && measureEditDistance(token, form, 1) <= 1,
  );
  return written ? (tokenizeText(written)[0] ?? written) : null;
}

/** A word of a question written as a name, with its tokens and those of a word that glosses it in brackets. */
interface NameWord {
  word: string;
  tokens: string[];
  /** Letters then digits ("arm64"): a platform or protocol named in any case. */
  identifier: boolean;
  /**
   * Tokens of the name that glosses it: the other word of a bracketed pair ("arm64 (Graviton)") or a model code right
   * after it ("Graviton c7g"); empty when there is none.
   */
  alias: string[];
}

/** Whether a name's gloss is made only of words in `known`, so the name is that known thing's other name. */
function isGlossedBy(name: NameWord, known: ReadonlySet<string>): boolean {
  return name.alias.length > 0 && name.alias.every((token) => known.has(token) || stopwords.has(token));
}

/** The words a question writes as names (capitalised after the first word, or mixed case), with their tokens. */
function listNameWords(text: string): NameWord[] {
  const words = text.split(/\s+/);
  const names: NameWord[] = [];
  let exampleAt = -2;
  for (const [i, raw] of words.entries()) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    // A capital that only opens a sentence ("… users. Roughly how much …") says nothing; an inner one ("PgBouncer") does.
    const opensSentence = i === 0 || /[.!?:;]["')\]]*$/.test(words[i - 1] ?? '');
    const capitalised = opensSentence ? /\p{Ll}\p{Lu}/u.test(word) : /^\p{Lu}|\p{Ll}\p{Lu}/u.test(word);
    // Letters then digits ("arm64", "ipv6") name a platform or protocol in any case.
    const identifier = /^\p{L}{2,}\d+$/u.test(word);
    if (word.length < 3 || !/^\p{L}/u.test(word) || /^v\d/i.test(word) || !(capitalised || identifier)) continue;
    // A name given as an example ("arm64 instances like Graviton") illustrates what is asked; it is not what is asked.
    // So is a name of several words ("such as Cloud Graviton"): each capitalised word right after an example word.
    if (
      /^(?:like|e\.g\.?|eg|including)$/i.test(words[i - 1] ?? '') ||
      /^such as$/i.test(words.slice(Math.max(0, i - 2), i).join(' ')) ||
      exampleAt === i - 1
    ) {
      exampleAt = i;
      continue;
    }
    // "arm64 (Graviton)" and "Graviton (c7g)": the word in brackets and the one before it name the same thing; so do a
    // name and the model code right after it ("Graviton c7g").
    const next = words[i + 1] ?? '';
    const beside = raw.startsWith('(')
      ? words[i - 1]
      : next.startsWith('(') || /^(?!v\d)\p{Ll}+\d+\p{Ll}*[.,;:?!]?$/u.test(next)
        ? next
        : undefined;
    // Only a name glosses a name: "a cache (Frobnicator)" still asks about Frobnicator.
    const glossed = beside?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') ?? '';
    const named = /^(?!v\d)\p{L}{1,}\d/u.test(glossed) || /^\p{Lu}|\p{Ll}\p{Lu}/u.test(glossed);
    // An initialism in brackets after a common word ("a workspace (CDE)") abbreviates that word, not a new thing asked.
    const abbreviates = raw.startsWith('(') && /^\p{Lu}{2,6}$/u.test(word) && /^\p{Ll}{3,}$/u.test(glossed);
    // A name asked about twice ("Which X …? Is X okay?") is one name.
    if (!names.some((name) => name.word === word))
      names.push({ word, tokens: tokenizeText(word), identifier, alias: named || abbreviates ? tokenizeText(glossed) : [] });
  }
  return names;
}

/**
 * Names of products archkb does not know: capitalised or mixed-case words after the first ("Does Frobnicator need
 * Redis?") whose words the index, the vocabulary and typo correction all fail to place. Version-like words are not names,
 * nor is a name glossed in brackets by a word archkb knows ("Graviton (c7g)").
 */
function findUnknownNames(text: string, index: FactIndex): string[] {
  return listNameWords(text)
    .filter(
      (name) =>
        name.tokens.length > 0 &&
        !isGlossedBy(name, index.vocabulary) &&
        !cloudLabelWords.has(name.word.toLowerCase()) &&
        name.tokens.every(
          (token) =>
            !index.vocabulary.has(token) &&
            !stopwords.has(token) &&
            !knownWords.has(token) &&
            // An inner capital ("FrobDB") writes a name on purpose, not a typo of a word archkb holds.
            (/\p{Ll}\p{Lu}/u.test(name.word) ||
              correctToken(token, index.vocabulary, index.vocabularyByLength, index.corrections) === null),
        ),
    )
    .map(({ word }) => word);
}

const ownWordsCache = createIndexCache<ReadonlySet<string>>();

/** Every word one architecture's facts, names and variants hold, read once per index. */
function listOwnWords(index: FactIndex, id: string): ReadonlySet<string> {
  return ownWordsCache(index, id, () => {
    const entry = index.byId.get(id);
    return new Set([
      ...(index.factsByArchitecture.get(id) ?? []).flatMap((fact) => [...fact.tokens, ...fact.subjectTokens]),
      ...(entry?.nameTokens ?? []),
      ...[...(entry?.variantTokens.values() ?? [])].flatMap((tokens) => [...tokens]),
    ]);
  });
}

/**
 * Names archkb knows from other products ("SAML", "LDAP") that the one product asked about never mentions; a name
 * glossed in brackets by a word the product does mention ("Graviton (c7g)") is that word's other name. When the
 * question asks whether a component is needed, names of components other products have are left to the yes/no
 * answerer, which says the product lists no such component.
 */
function findUnmentionedNames(text: string, index: FactIndex, id: string, asksNecessity: boolean): string[] {
  const own = listOwnWords(index, id);
  return listNameWords(text)
    .filter(
      (name) =>
        name.tokens.length > 0 &&
        !isGlossedBy(name, own) &&
        // A word of a cloud's name ("Google" of "Google Cloud") names the cloud, which archkb maps every product onto.
        !cloudLabelWords.has(name.word.toLowerCase()) &&
        name.tokens.every(
          (token) =>
            index.vocabulary.has(token) &&
            !own.has(token) &&
            !stopwords.has(token) &&
            !cloudTokens.has(token) &&
            // Cue words ("CPU", "HA") ask how, not about a named thing; technology names and identifiers still count.
            (!knownWords.has(token) || name.identifier || (index.componentOwners.get(token)?.length ?? 0) > 0) &&
            (!asksNecessity || (index.componentOwners.get(token)?.length ?? 0) === 0),
        ),
    )
    .map(({ word }) => word);
}

/**
 * Corrects again, towards the words of the products the question names, the typos first corrected towards the whole
 * catalogue: "postgress" in a question about a product with PostgreSQL means that, not another product's "PostgREST".
 */
function recorrectTowardsProducts(
  index: FactIndex,
  raw: readonly string[],
  corrected: readonly string[],
  products: readonly { id: string }[],
): string[] {
  if (products.length === 0) return [...corrected];
  return corrected.map((token, i) => {
    const original = raw[i] ?? token;
    if (original === token || correctWrittenForm(original) === token) return token;
    for (const { id } of products) {
      const own = index.vocabularyByArchitecture.get(id);
      const fixed = own ? correctToken(original, new Set(), own, new Map()) : null;
      if (fixed) return fixed;
    }
    return token;
  });
}

/** A verb of wanting to know followed by the question word of the question it embeds ("figure out which …"). */
const embeddedQuestion = new RegExp(
  `\\b(?:${vocabulary.embeddedQuestionCues.map((cue) => cue.replace(/\s+/g, '\\s+')).join('|')})\\s+(?=(?:which|what|whether|how|where|if|why)\\b)`,
  'i',
);

/** Where one sentence ends and the next begins: after a full stop, question or exclamation mark, but not "e.g." or "i.e.". */
export const sentenceBreak = /(?<=[.?!])(?<!\b(?:e\.g|i\.e|etc|vs|incl|approx)\.)\s+(?=\S)/i;

/** A statement joined by ", so" or ", but" to a question ("X is our store, so why is there a Y?"): a sentence of its own. */
const joinedQuestion = /,\s+(?:so|but)\s+(?=(?:why|what|which|how|where|when|who|is|are|does|do|can|should)\b)/i;

/** A label before a colon ("Quick line for the audit sheet: which …") when a question follows it. */
const leadingLabel = /^[^:?!.]{3,80}:\s+(?=(?:what|which|how|where|when|why|who|is|are|does|do|can|could|should|will|if)\b)/i;

/** The text without a label before a colon that a question follows ("Frobcore pods: what disk size …?" is the question). */
export function dropLeadingLabel(text: string): string {
  return text.replace(leadingLabel, '');
}

/** A request that asks as a question does, whatever closes it ("Also please tell which parts …."). */
export const requestSentence =
  /^\s*(?:(?:and|also|plus)\s+)?(?:(?:please|kindly)\s+)?(?:tell|list|name|share|explain|describe|provide|specify|advise)\s+(?:(?:me|us)\s+)?(?:what|which|how|where|when|why|who|whether|if)\b/i;

/** The sentences that ask (those ending in "?" and requests), or the last sentence when none does; the whole text when it is one sentence. */
export function findAskingText(
  text: string,
  // Whether a bare check ("Correct?") takes the claim before it; a name only the claim uses is what the claim offers, not what is asked.
  joinClaim = true,
): string {
  // A label before a colon ("Quick line for the audit sheet: which …") is a sentence of its own when a question follows it.
  const labelled = leadingLabel.exec(text);
  const sentences = (labelled ? `${labelled[0].replace(/:\s+$/, '.')} ${text.slice(labelled[0].length)}` : text)
    .split(new RegExp(`${sentenceBreak.source}|${joinedQuestion.source}`, 'i'))
    .filter((sentence) => sentence.trim() !== '');
  if (sentences.length <= 1) return text;
  const asking = sentences.filter((sentence) => sentence.trim().endsWith('?') || requestSentence.test(sentence));
  if (asking.length === 0) return sentences.at(-1) ?? text;
  // "Claim: X needs Y. Correct?": a check asking nothing of its own asks whether the sentence before it holds.
  const first = sentences.indexOf(asking[0] ?? '');
  const before = sentences[first - 1];
  // A label before the claim ("Assumption in our draft: …") names where it comes from, not what is asked.
  return joinClaim && before !== undefined && asking.every(isBareCheck)
    ? [before.replace(/^\s*[^:?!.]{3,60}:\s+/, ''), ...asking].join(' ')
    : asking.join(' ');
}

/** Words a check of a claim may hold besides function words ("Is that right?", "Is it what the guide states?"). */
const referenceWords = new Set(vocabulary.claimReferenceWords.flatMap((word) => tokenizeText(word)));
// "What the doc says" points at the source; a check asks with another word whether the claim holds ("right", "true").
const checkCues = new Set(
  [...vocabulary.questionTagWords, ...vocabulary.claimCues]
    .flatMap((word) => tokenizeText(word))
    .filter((token) => !referenceWords.has(token)),
);
const checkWords = new Set([...checkCues, ...referenceWords]);

/** A yes/no opener followed by "that" or "this" ("Is that …", "Does this …"), which points back at the sentence before. */
const pointsBackPattern = new RegExp(`^\\s*(?:${vocabulary.yesNoOpeners.join('|')})\\s+(?:that|this)\\b`, 'i');

/** Whether a sentence only asks whether what was said holds ("Correct?", "Can you confirm?"). */
export function isBareCheck(sentence: string): boolean {
  // "What does the vendor say?" asks for what is stated, not whether a claim holds.
  if (/^\W*(?:what|which|how|where|when|why|who)\b/i.test(sentence)) return false;
  const tokens = tokenizeText(sentence);
  // "Is that the stated service?", "Does this match the docs?": a short question about "that" with a check word asks of
  // the sentence before.
  if (pointsBackPattern.test(sentence) && sentence.trim().split(/\s+/).length <= 7 && tokens.some((token) => checkWords.has(token)))
    return true;
  // "Vendor docs?" names where to look; a check holds a word that asks whether something holds ("right", "true"), and a
  // "what" inside refers back to the claim.
  return (
    tokens.some((token) => checkCues.has(token)) &&
    tokens.every((token) => stopwords.has(token) || whWord.test(token) || checkWords.has(token))
  );
}

/** The text with each unknown capitalised acronym of three or more letters that abbreviates one component of a named product written out. */
function expandAcronyms(text: string, index: FactIndex, products: readonly { id: string }[]): string {
  if (products.length === 0 || !/\b\p{Lu}{3,6}s?\b/u.test(text)) return text;
  const names = new Map<string, string[]>();
  for (const { id } of products)
    for (const component of index.byId.get(id)?.components.values() ?? []) {
      const initials = findInitials(component.name.split('(')[0] ?? '');
      if (initials.length >= 3) names.set(initials, [...(names.get(initials) ?? []), component.name.split('(')[0]?.trim() ?? '']);
    }
  return text.replace(/\b(\p{Lu}{3,6})(s?)\b/gu, (word, letters: string) => {
    // An acronym the facts use themselves ("VPC") already means what it says.
    if (index.vocabulary.has(letters.toLowerCase())) return word;
    const [only, ...others] = [...new Set(names.get(letters) ?? [])];
    return only && others.length === 0 ? only : word;
  });
}

const openers = vocabulary.yesNoOpeners.join('|');
const alternativePattern = new RegExp(`^((?:${openers})\\b[^?]*?),?\\s+or\\s+(?:${openers})\\b[^?]*\\?\\s*$`, 'i');

/**
 * A yes/no question followed by its own flip side ("Can we skip X, or does something break without it?") asks one
 * thing: the alternative is dropped, so its words ("without") do not turn the answer round. An alternative that
 * names a part the first clause does not ("is X enough, or should we add Y?") offers another option and stays.
 */
function dropAlternative(text: string, index: FactIndex): string {
  const alternative = alternativePattern.exec(text);
  if (!alternative?.[1]) return text;
  const first = new Set(tokenizeText(alternative[1]));
  const offered = tokenizeText(text.slice(alternative[1].length)).some(
    (token) => !first.has(token) && !stopwords.has(token) && index.componentOwners.has(token) && !genericWords.has(token),
  );
  return offered ? text : `${alternative[1]}?`;
}

export const [whatToken = 'what', whichToken = 'which', listToken = 'list'] = tokenizeText('what which list');
const auxiliaryTokens = new Set(tokenizeText('do does did is are was were can could should will would has have'));

/** The attribute the word after a question's first "what" or "which" cues (two words on, past a name), if any. */
function findAskedKind(tokens: readonly string[]): FactAttribute | null {
  const at = tokens.findIndex((token) => token === whatToken || token === whichToken);
  if (at < 0) return null;
  for (const token of tokens.slice(at + 1, at + 4)) {
    if (auxiliaryTokens.has(token) || stopwords.has(token)) return null;
    for (const [attribute, cues] of attributeCues) {
      if (!cues.has(token)) continue;
      // "Which Frobcore service …" asks for a component; "which managed service …" for a managed one.
      if (!weakKindWords.has(token) || tokens.some((other) => other !== token && cues.has(other))) return attribute;
    }
  }
  return null;
}

const settingNamesCache = new WeakMap<FactIndex, string[][]>();

/** The names of two words or more of every setting in the index ("etcd size"), without their parentheses. */
function listSettingNames(index: FactIndex): string[][] {
  let names = settingNamesCache.get(index);
  if (!names) {
    const written = new Set(
      index.architectures
        .flatMap((entry) => entry.resolved.flatMap((variant) => variant.components.flatMap((component) => component.settings ?? [])))
        .map((setting) => tokenizeText(dropAsides(setting.name)).filter((token) => !stopwords.has(token)))
        .filter((name) => name.length >= 2)
        .map((name) => name.join(' ')),
    );
    names = [...written].map((name) => name.split(' '));
    settingNamesCache.set(index, names);
  }
  return names;
}

/** Whether "what X Y …" opens with the whole name of a setting ("what etcd size should we watch"): it asks that setting. */
function opensWithSettingName(index: FactIndex, tokens: readonly string[]): boolean {
  const at = tokens.findIndex((token) => token === whatToken || token === whichToken);
  return at >= 0 && listSettingNames(index).some((name) => name.every((token, i) => tokens[at + 1 + i] === token));
}

const yesNoPredicates = new Set(vocabulary.yesNoPredicates);
const doingVerbs = new Set(vocabulary.doingVerbs);
const proposalVerbs = new Set(vocabulary.proposalVerbs);
const closingPredicates = new Set(vocabulary.closingPredicates);
const closingTails = new Set(vocabulary.closingTails);
const questionTagWords = new Set(vocabulary.questionTagWords);
const whWord = /\b(?:how|what|which|where|when|why|who)\b/;
/** A phrase meaning "by default" ("out of the box"), which closes a question as those words do. */
const defaultPhrase = new RegExp(vocabulary.defaultPhrases.join('|'), 'g');
/** A closing "…, that's supported (right)?": a pointing word, a judgement and an optional tag word. */
const closingJudgement = new RegExp(
  `,\\s*(?:that|this|it)(?:'s|\u2019s|\\s+is|\\s+s)\\s+(?:${[...vocabulary.yesNoPredicates, ...vocabulary.closingPredicates].join('|')})(?:\\s+(?:${vocabulary.questionTagWords.join('|')}))?\\s*\\?+\\s*$`,
  'i',
);
/** A judgement opening the part after a dash ("… across three zones — supported per the overview?"). */
const dashedJudgement = new RegExp(
  `\\s[\u2014\u2013-]+\\s+(?:${[...vocabulary.yesNoPredicates, ...vocabulary.closingPredicates].join('|')})\\b[^?.!]{0,40}\\?+\\s*$`,
  'i',
);
const scopedOpener = new RegExp(
  `^(?:for|on|in|with)\\s+(?:\\S+\\s+){1,4}?(?:${vocabulary.yesNoOpeners.join('|')})\\b(?:[^?]*\\?|[^?.!]*)\\s*$`,
);

/** Whether a clause ends as a question does: with a question mark, or with no closing mark at all (dictated, or typed in haste). */
function endsAsking(clause: string): boolean {
  return /\?\s*$/.test(clause) || !/[.!?]/.test(clause);
}

/** Words that may stand between a technology and its release ("PostgreSQL version 18"). */
const releaseWords = stemmedSet(vocabulary.versionWords);

/**
 * Whether a number is a release of the technology named right before it ("If we run X on PostgreSQL 18, what …"),
 * which asks for nothing to be computed: no unit, and nothing but a function word or the end after it.
 */
function isReleaseNumber(index: FactIndex, tokens: readonly string[], number: { position: number; unit?: string }): boolean {
  if (number.unit !== undefined) return false;
  const before = releaseWords.has(tokens[number.position - 1] ?? '') ? number.position - 2 : number.position - 1;
  const after = tokens[number.position + 1];
  return index.componentOwners.has(tokens[before] ?? '') && (after === undefined || stopwords.has(after));
}

/** A topic of up to three words before a dash that opens a terse question ("X — …", "X - …"). */
const dashTopic = /^\s*[\p{L}\d][\p{L}\d.-]*(?:\s+[\p{L}\d][\p{L}\d.-]*){0,2}\s+[\u2014\u2013-]+\s+/u;

/** A second question offered as the other choice ("…, or should we add Y?"): the asker wants the choice, not a yes or no. */
const alternativeAsked = new RegExp(`\\bor\\s+(?:${vocabulary.yesNoOpeners.join('|')})\\b`);

/** Whether a question's main clause asks yes or no, by its opener, its "y/n" or a short predicate such as "… supported?". */
function isYesNoClause(main: string): boolean {
  // "Out of the box" closes a question as "by default" does ("HA out of the box?").
  const words = main.replace(defaultPhrase, 'by default').match(/\p{L}+/gu) ?? [];
  const [first = '', second = ''] = /^\p{L}/u.test(main) ? words : ['', ...words];
  // "Should X run on how many nodes?" asks the count, as "how many nodes should X run on?" does.
  // A "how much" after a comma or "and" opens a part of its own ("Does X use Y, and how much …?").
  // Stryker disable next-line StringLiteral: split always gives at least one part, so the fallback is never used.
  if (yesNoOpeners.has(first)) return !/^[^,;]*?\bhow\s+(?:many|much)\b/.test(main.split(/\band\b/)[0] ?? '');
  if (endsWithQuestionTag(main)) return true;
  // "I want X spread over three zones, that's supported right?": a closing "that's <judgement>" asks whether the rest holds.
  if (closingJudgement.test(main)) return true;
  // "X: a Y outage mid-day — does X keep serving?": an outcome asked after a dash, the words before it setting the scene.
  if (findDashedQuestion(main) !== null && findAskedOutcome(main) !== null) return true;
  // "X moving to Y next year — do we need Z?": the question after a dash asks yes or no when it would on its own, the
  // words before it only setting the scene.
  const dashed = findDashedQuestion(main);
  if (dashed !== null && !/[?]/.test(main.slice(0, -dashed.length)) && !alternativeAsked.test(dashed) && isYesNoClause(dashed)) return true;
  // "Someone told me X. Correct?": a tag asked on its own asks whether the sentence before it holds.
  if (words.length === 1 && questionTagWords.has(first) && /\?\s*$/.test(main)) return true;
  // "X needs Y. Correct?" checks a claim; after "What does X need? Y, right?" the question is still what X needs.
  const sentences = main.split(/(?<=[.!?])\s+/);
  const lastSentence = sentences.at(-1) ?? main;
  if (
    sentences.length > 1 &&
    /\?\s*$/.test(lastSentence) &&
    isBareCheck(lastSentence) &&
    // A "what" inside the claim ("X is what runs the queries") asks nothing.
    !sentences.slice(0, -1).some((sentence) => /\?\s*$/.test(sentence) && whWord.test(sentence.toLowerCase()))
  )
    return true;
  if (whWord.test(main)) return false;
  if (/(?:^|\s)(?:y\/n|yes\s+or\s+no)\b/.test(main)) return true;
  // "X stretched over three zones — supported per the overview?": a judgement opening the part after a dash asks whether
  // the plan before the dash holds, however long that plan is.
  if (dashedJudgement.test(main)) return true;
  // "X holds A, so that's the one to watch?": a conclusion drawn from a claim and asked checks the claim.
  if (/\?\s*$/.test(main) && /,\s*so\s+(?:it|that|that's|this|they|we|i|you|there)\b/.test(main)) return true;
  // A scope before the auxiliary ("for productx can …?", "on 3 nodes is it …?") still asks yes or no.
  if (scopedOpener.test(main)) return true;
  // "ok to pull …?", and a topic of up to three words before the opener in terse writing ("productx can A and B be the
  // same?", "productx multi-site can span three zones?").
  if ((yesNoPredicates.has(first) && second === 'to') || (words.slice(1, 4).some((word) => yesNoOpeners.has(word)) && /\?\s*$/.test(main)))
    return true;
  // "If X goes down, product Y stops working?": a short outcome asked with no auxiliary asks yes or no, and so does
  // "Y: keeps serving if X or Z is down?", whose outcome is short before a long condition.
  // A topic before a dash ("X — still serving if Y is down?") names what is asked about; the length is the rest's.
  const body = main.replace(dashTopic, '');
  const beforeCondition = (body.split(outcomeConditions)[0] ?? body).split(/\s+/).filter(Boolean);
  if (findAskedOutcome(main) !== null && endsAsking(main) && (body.split(/\s+/).length <= 8 || beforeCondition.length <= 3)) return true;
  // "X needs Y?", "X: runs without k8s?": a short statement closed by a question mark, its verb one a product does,
  // asks whether it holds; so does one closed by a judgement ("single container for prod — recommended?").
  const short = /\?\s*$/.test(main) && words.length <= 14;
  // The judgement may take a short phrase after it ("multi-AZ recommended for the database?", "bundled by default?").
  const closing = words.findLastIndex((word) => closingPredicates.has(word));
  const closes =
    closing >= 0 && closing >= words.length - 4 && (closing === words.length - 1 || closingTails.has(words[closing + 1] ?? ''));
  // "Setup of user login is needed?": a predicate word right after an auxiliary closes a statement the same way.
  // Stryker disable next-line StringLiteral: a missing word is in neither list, whatever stands for it.
  const predicated = yesNoPredicates.has(words.at(-1) ?? '') && yesNoOpeners.has(words.at(-2) ?? '');
  if (short && (words.slice(0, 7).some((word) => doingVerbs.has(word)) || closes || predicated)) return true;
  // "Run two of X in one cluster for redundancy?": a plan proposed by its verb alone asks whether it works.
  if (short && proposalVerbs.has(first)) return true;
  // "product X cache required?", "queue needed for product Y?": a short question with a predicate word asks yes or no
  // too, unless it asks for an extreme ("max users supported?").
  return (
    words.some((word) => yesNoPredicates.has(word)) &&
    endsAsking(main) &&
    body.split(/\s+/).length <= 8 &&
    !tokenizeText(main).some((token) => minCues.has(token) || maxCues.has(token))
  );
}

/** Shortest word two written pieces may join into: shorter joins ("a" + "ll") are too easily chance. */
const JOINED_LENGTH = 5;

/**
 * Whether a word is one slip from a product's name or a written form of a canonical word of six letters or more, its
 * first letter kept: pieces a dictation split join into it, and the typo correction reads it after.
 */
function isSlipOfName(index: FactIndex, word: string): boolean {
  return [...index.nameOwners.keys(), ...writtenForms].some(
    (name) => name.length > JOINED_LENGTH && name[0] === word[0] && measureEditDistance(word, name, 1) <= 1,
  );
}

/**
 * Joins a name written in pieces, as dictation and quick typing split it ("quill stack", "h a", "a p i"), into
 * the one word the facts use: two pieces when one of them is no word of the index and together they are (or are one slip
 * from a product's name), and a run of
 * single letters when the letters spell a word of the index.
 */
export function joinSplitWords(text: string, index: FactIndex): string {
  const known = (piece: string) => tokenizeText(piece).some((token) => index.vocabulary.has(token) || stopwords.has(token));
  const spelled = text.replace(/\b\p{L}(?:\s+\p{L}\b)+/gu, (run) => {
    const letters = run.split(/\s+/);
    const out: string[] = [];
    for (let at = 0; at < letters.length;) {
      const end = [...Array(letters.length - at).keys()]
        .map((n) => letters.length - n)
        .find((stop) => stop - at >= 2 && index.vocabulary.has(letters.slice(at, stop).join('').toLowerCase()));
      out.push(end ? letters.slice(at, end).join('') : (letters[at] ?? ''));
      at = end ?? at + 1;
    }
    return out.join(' ');
  });
  const words = [...spelled.matchAll(/\p{L}+/gu)];
  let out = '';
  let from = 0;
  for (let at = 0; at < words.length - 1; at++) {
    const [first, second] = [words[at], words[at + 1]];
    // Stryker disable next-line ConditionalExpression: the loop stops before the last word, so both always exist.
    if (!first || !second) continue;
    const gap = spelled.slice(first.index + first[0].length, second.index);
    const joined = `${first[0]}${second[0]}`.toLowerCase();
    if (!/^\s+$/.test(gap) || joined.length < JOINED_LENGTH) continue;
    // Only whole words join ("k" of "k8s" is no piece); a slip of a name only of words the index does not know.
    if (/[\p{L}\d]/u.test(spelled[second.index + second[0].length] ?? '')) continue;
    if (!(index.vocabulary.has(joined) || (!known(first[0]) && !known(second[0]) && isSlipOfName(index, joined)))) continue;
    if (known(first[0]) && known(second[0])) continue;
    out += `${spelled.slice(from, first.index)}${first[0]}${second[0]}`;
    from = second.index + second[0].length;
    at++;
  }
  return out + spelled.slice(from);
}

/** Reads a question into what the engine reasons over: products, variants, attributes, operation, numbers and cues. */
export function readQuestion(question: string, index: FactIndex): Reading {
  const given = dropAlternative(joinSplitWords(normalizeQuestionText(question), index), index);
  const givenRaw = tokenizeQuestion(given);
  const givenFirst = correctTokens(index, givenRaw.tokens);
  const linked = linkProducts(index, givenFirst.tokens);
  // An unknown acronym ("LDS") for a component the named product calls "LedgerDatabase Sync" is read as that name.
  const text = expandAcronyms(given, index, linked);
  const raw = text === given ? givenRaw : tokenizeQuestion(text);
  const first = text === given ? givenFirst : correctTokens(index, raw.tokens);
  const namedProducts = text === given ? linked : linkProducts(index, first.tokens);
  const tokens = recorrectTowardsProducts(index, raw.tokens, first.tokens, namedProducts);
  const corrected = first.corrected;
  // Quotes or a dash before the question ("\"Does X need Y?\"", "- does X …") do not change what it asks.
  const lower = text.toLowerCase().replace(/^[^\p{L}\d]+/u, '');
  const firstWord = (/^[\p{L}]+/u.exec(lower) ?? [''])[0] ?? '';
  // In a question of several sentences, the asking one says whether it asks yes or no.
  const main = findMainClause(findAskingText(lower));
  const attributes = new Map<FactAttribute, number>();
  for (const [attribute, cues] of attributeCues) {
    const score = tokens.filter((token) => cues.has(token)).length;
    if (score > 0) attributes.set(attribute, score);
  }
  // The kind a "what"/"which" asks for is the cue word right after it ("what Redis settings", "which ports"), which
  // outweighs the function words other cues count ("what … does … for").
  const head = opensWithSettingName(index, tokens) ? 'setting' : findAskedKind(tokens);
  if (head) attributes.set(head, (attributes.get(head) ?? 0) + 3);
  // A bare "Why?" after a statement of what happened asks what the parts involved are for, as a head word would.
  if (/(?:^|[.!?]\s+)why\s*\?\s*$/i.test(text)) attributes.set('purpose', (attributes.get('purpose') ?? 0) + 3);
  // "In memory" is a place where no amount is asked; "what does it add up to in vCPUs" asks one.
  const placed = !tokens.some((t) => computeCues.has(t)) && !/\bhow\s+(?:much|many)\b/.test(lower);
  // "CPU target" or "memory utilisation" asks for a share an autoscaler aims at, not an amount of the resource, and
  // "disk IOPS" for operations of the disk, not its size; "keeps sessions in memory" names a place, not an amount.
  const named = [
    ...new Set(
      tokens.flatMap((token, i) =>
        resourceWordOf.has(token) &&
        !(placed && placePrepositions.has(tokens[i - 1] ?? '')) &&
        !shareWords.has(tokens[i + 1] ?? '') &&
        // "Target CPU %" is the share an autoscaler aims at too.
        !shareWords.has(tokens[i - 1] ?? '') &&
        !kindWords.has(tokens[i + 1] ?? '') &&
        !(resourceWordOf.get(token) === 'storageGiB' && resourceWordOf.get(tokens[i + 1] ?? '') === 'iops') &&
        !isAimOfPlan(tokens, i)
          ? [resourceWordOf.get(token) as SizingResource]
          : [],
      ),
    ),
  ];
  // "Total resource requirements" names no resource: CPU and memory are what vendors state; so does "what limits do
  // the copies get", since limits are set on CPU and memory.
  const limitsAsked = /\b(?:what|which)\s+(?:\w+\s+)?limits\b/i.test(findAskingText(text));
  const resources: SizingResource[] =
    (named.length === 0 &&
      tokens.some((t) => computeCues.has(t) || moreCues.has(t) || lessCues.has(t)) &&
      tokens.some((t) => resourceNouns.has(t))) ||
    (limitsAsked && !named.some((resource) => resource === 'vcpu' || resource === 'memoryGiB'))
      ? [...new Set([...named, 'vcpu' as const, 'memoryGiB' as const])]
      : named;
  // A product archkb lacks may still be what a named product's component is ("a registry such as Product A").
  const componentWords = new Set(
    namedProducts.flatMap((p) => [...(index.byId.get(p.id)?.components.values() ?? [])].flatMap((c) => [...c.tokens])),
  );
  const plain = tokenizeText(lower);
  const mentionsOther = otherProducts.filter(
    (product) => containsPhrase(plain, product.tokens) && !product.tokens.every((token) => componentWords.has(token)),
  );
  const unknownNames = findUnknownNames(text, index);
  const [onlyProduct] = namedProducts;
  const unmentionedNames =
    namedProducts.length === 1 && onlyProduct
      ? findUnmentionedNames(
          text,
          index,
          onlyProduct.id,
          tokens.some((t) => positiveCues.has(t) || negativeCues.has(t)),
        )
      : [];
  // The names of products archkb does not hold are not words to look up in the products it does.
  const foreign = new Set([...mentionsOther.flatMap((product) => product.tokens), ...unknownNames.flatMap((name) => tokenizeText(name))]);
  // "What services does the runner offer": a generic noun alone between what/which and an auxiliary says the kind of
  // answer, not a word the facts must hold; "what server-side parts" keeps it, as a modifier says what is asked.
  const opener = tokens.findIndex((token) => token === whatToken || token === whichToken);
  const kindAt =
    opener >= 0 && genericWords.has(tokens[opener + 1] ?? '') && auxiliaryTokens.has(tokens[opener + 2] ?? '') ? opener + 1 : -1;
  // "… list the services" at the end: the noun after "list" says the kind of answer, as after "what".
  const listedKinds = new Set(
    tokens.flatMap((token, at) =>
      token === listToken && genericWords.has(tokens[at + 2] ?? '') && stopwords.has(tokens[at + 1] ?? '') && at + 3 === tokens.length
        ? [at + 2]
        : [],
    ),
  );
  // "What does X do inside Frobcore": a preposition right before the product's name only says whose answer is asked.
  const productWords = new Set(namedProducts.flatMap((p) => [...(index.byId.get(p.id)?.nameTokens ?? [])]));
  const scoping = (token: string, at: number) => scopePrepositions.has(token) && productWords.has(tokens[at + 1] ?? '');
  const content = tokens.filter(
    (token, at) =>
      at !== kindAt &&
      !listedKinds.has(at) &&
      !stopwords.has(token) &&
      !/^\d+(\.\d+)?$/.test(token) &&
      !foreign.has(token) &&
      !scoping(token, at) &&
      // "Which three figures …" says how many items the answer lists, not a word the facts must hold.
      !(countWordValues.has(token) && (tokens[at - 1] === whatToken || tokens[at - 1] === whichToken)) &&
      // A trial run no fact speaks of ("for my pilot") is the question's scene, so it asks nothing of the facts.
      !(trialRunTokens.has(token) && !index.vocabulary.has(token)),
  );
  // Words only the scene-setting sentences use ("we run on three continents") rank facts but need no answer of their own.
  const asking = findAskingText(text);
  const askingOrder = asking === text ? null : correctTokens(index, tokenizeQuestion(asking).tokens).tokens;
  const askingTokens = askingOrder === null ? null : new Set(askingOrder);
  // "Which component is that?" asks about the sentence before it: a short or pointing asking sentence has no scene.
  // A yes/no naming its own part and pointing back only by "that" or "this" (a closing tag aside) asks about the part,
  // the sentence before being its situation; "can X use it?" asks about the thing named before, and "what should we
  // do in that case?" about what the situation calls for, so their words still count.
  const untagged = asking.replace(/,?\s*\b\w+n['\u2019]t\s+(?:it|they|there)\s*\?\s*$/i, '?');
  const pointsAtSituation =
    isYesNoClause(main) && /\b(?:this|that)\b/i.test(untagged) && !/\b(?:these|those|it|its|they|them|their|such)\b/i.test(untagged);
  const namesOwnPart =
    askingTokens !== null &&
    pointsAtSituation &&
    [...askingTokens].some((token) => index.componentOwners.has(token) && !genericWords.has(token) && !productWords.has(token));
  // "Do we need X for P? It's only a few thousand users.": a question asked first, its situation told after it, is
  // plain even with two words of its own.
  const trailsScene =
    askingTokens !== null &&
    /^\s*\p{L}/u.test(text.trimStart().slice(asking.trim().length).replace(/^\?/, '')) &&
    text.trimStart().startsWith(asking.trim());
  // "Which database does each of A and B use for its own data?": "its" after "each" of the products named points at them.
  const pointsAtEachProduct =
    askingTokens !== null &&
    [...askingTokens].some((token) => productWords.has(token)) &&
    /\beach\b/i.test(asking) &&
    !/\b(?:this|that|these|those|it|they|them|such)\b/i.test(asking);
  // "Which stores does it list for those images?" names its own thing after "those": only a yes/no ("are those nodes
  // enough?") weighs the thing pointed at against the scene.
  // Stryker disable next-line Regex,StringLiteral: spaces come collapsed, and any text without a pointing word in place of "those " reads the same.
  const pointing = isYesNoClause(main) ? asking : asking.replace(/\b(?:these|those)\s+(?=\p{L}{3,})/giu, '');
  // "…, so why keep both? What is the cache for?": after a long scene, an asking sentence naming a part and pointing at
  // nothing is plain however short; a short label or situation may still be what it asks of.
  const asksOfPart =
    askingTokens !== null &&
    new Set(content.filter((token) => !askingTokens.has(token))).size >= LONG_SCENE &&
    [...askingTokens].some((token) => index.componentOwners.has(token) && !genericWords.has(token) && !productWords.has(token));
  const standsAlone =
    askingTokens !== null &&
    content.filter((token) => askingTokens.has(token)).length >= (trailsScene ? 2 : asksOfPart ? 1 : 3) &&
    (namesOwnPart || pointsAtEachProduct || !/\b(?:this|that|these|those|it|its|they|them|their|such)\b/i.test(pointing));
  // "…trying to figure out which parts run outside. What are they?": the question embedded in the scene is what is
  // asked, and only the words before it set the scene.
  const embedded = askingTokens && !standsAlone ? embeddedQuestion.exec(text) : null;
  const embeddedTokens = embedded ? new Set(tokenizeQuestion(text.slice(embedded.index)).tokens) : null;
  // "We saw X in the egress logs. What does it do?": an asking sentence pointing back with no content word of its own
  // asks of the parts the sentence before names, whose other words only set the scene.
  const pointsBack =
    askingTokens !== null &&
    !standsAlone &&
    !embeddedTokens &&
    /\b(?:it|they|them|this|that|these|those)\b/i.test(asking) &&
    !content.some((token) => askingTokens.has(token)) &&
    content.some((token) => index.componentOwners.has(token) && !productWords.has(token));
  const scene =
    askingTokens && standsAlone
      ? [...new Set(content.filter((token) => !askingTokens.has(token)))]
      : embeddedTokens
        ? [...new Set(content.filter((token) => !embeddedTokens.has(token)))]
        : pointsBack
          ? [...new Set(content.filter((token) => !index.componentOwners.has(token) && !productWords.has(token)))]
          : [];
  // What archkb never holds is declined when the question asks it, not when a scene-setting sentence mentions it.
  // Nor when only a condition names it ("what can I do if one balancer's SLA is not enough?").
  // A word the asking sentence also uses outside its if-clauses ("if we disable the workers, who runs the workers' jobs?") is asked.
  // A concession ("even though it costs more") grants the topic as a condition does; it asks nothing of it.
  const conditionPattern = /\b(?:if|unless|in case|even though|although|though|despite)\b[^,;?]*/gi;
  const outsideConditions = new Set(tokenizeText(asking.replace(conditionPattern, ' ')));
  const conditional = new Set(
    [...asking.matchAll(conditionPattern)].flatMap((match) => tokenizeText(match[0])).filter((token) => !outsideConditions.has(token)),
  );
  // A sentence before the question that names it ("we worry about the balancer's SLA. What does X suggest?") sets the scene.
  // Nor when it is only what a plan aims at ("spread over three zones for max uptime").
  const aims = new Set(listAimWords(tokens));
  const topic = unanswerable.find((entry) =>
    tokens.some(
      (token) =>
        entry.words.has(token) &&
        tokenizeText(dropModifierUses(lower, entry)).includes(token) &&
        !scene.includes(token) &&
        !conditional.has(token) &&
        !aims.has(token) &&
        (askingTokens === null || askingTokens.has(token)),
    ),
  );
  const category = findCategory(index, tokens);
  const has = (set: ReadonlySet<string>) => tokens.some((token) => set.has(token));
  // "Before we add any headroom" or "without the limit" asks for the request the limit is built on.
  const asideLimit = (at: number) => tokens.slice(Math.max(0, at - 4), at).some((token) => setAsideTokens.has(token));
  const limitAsked = tokens.some((token, at) => limitCues.has(token) && !asideLimit(at));
  const limitSetAside = tokens.some((token, at) => limitCues.has(token) && asideLimit(at));
  // A question across products, or about one archkb lacks, is not about the product whose component it mentions.
  // "What tool does Frobcored run?": a word for products ("tool") the question's subject comes after ("does Frobcored")
  // still asks about the one product whose component it names in full by words no other product's components use;
  // "which tools use Frobcore?" asks for products.
  const nounBeforeSubject = tokens.some((token, at) => productNouns.has(token) && auxiliaryTokens.has(tokens[at + 1] ?? ''));
  const distinctOwners = nounBeforeSubject ? listDistinctlyNamedOwners(index, tokens) : [];
  const acrossProducts =
    category !== null || (has(productNouns) && distinctOwners.length !== 1) || mentionsOther.length > 0 || unknownNames.length > 0;
  const bySetting = namedProducts.length > 0 || acrossProducts ? namedProducts : linkBySetting(index, question);
  const byComponent = bySetting.length > 0 || acrossProducts ? bySetting : linkByComponent(index, tokens);
  const linkedProducts = byComponent.length > 0 || acrossProducts ? byComponent : linkByOwnWords(index, tokens);
  const leftOut = acrossProducts ? findLeftOutProducts(index, tokens, linkedProducts) : { excluded: [], used: [] };
  const products = putAskedFirst(
    index,
    dropOriginProducts(index, dropSceneProducts(index, linkedProducts, askingOrder), text),
    askingTokens,
  ).filter((product) => !leftOut.excluded.includes(product.id) && !leftOut.used.includes(product.id));
  // The name of a product the question leaves aside sets the scene: it ranks facts but needs no answer of its own.
  const setAside = linkedProducts
    .filter((linked) => !products.some((product) => product.id === linked.id) && !leftOut.used.includes(linked.id))
    .flatMap((linked) => [...(index.byId.get(linked.id)?.nameTokens ?? [])])
    .filter((token) => content.includes(token) && !scene.includes(token));
  // "One workspace", "two Che workspaces": a count written as a word right before a load's word is a number too.
  // "2 cores, 4 GB per node": a size written beside a CPU figure, with no word of its own, is a node's memory.
  // "Could each node have under 12GB?": a size a count of nodes is weighed against is a node's memory.
  // "How many nodes with 32 GB each": a size beside the copies counted is each copy's memory.
  const sizeOfCopies =
    /\bhow many\b/.test(lower) &&
    raw.numbers.some((number) => number.measure === 'size' && isSizeOfCopies(tokens, number.position, copyNounTokens));
  const specMemory =
    (resources.includes('vcpu') || (resources.includes('nodes') && (has(lessCues) || has(moreCues) || sizeOfCopies))) &&
    !resources.includes('memoryGiB') &&
    !resources.includes('storageGiB') &&
    raw.numbers.some((number) => number.measure === 'size');
  const numbers = [
    ...raw.numbers,
    ...readWordCounts(
      tokens,
      raw.numbers,
      products.flatMap((p) => index.byId.get(p.id)?.architecture.loadDrivers ?? []),
      // Copies of a component ("three workers") count only in a question asking how many or how much.
      /\bhow (?:many|much)\b/.test(lower)
        ? products.flatMap((p) => [...(index.byId.get(p.id)?.components.values() ?? [])].flatMap((c) => [...c.tokens]))
        : [],
    ),
  ].sort((a, b) => a.position - b.position);
  const contentSet = new Set(content);
  const contrasted = findContrastedTokens(lower);
  const facets = findFacets(findAskingText(text))
    .map((item) => correctTokens(index, tokenizeQuestion(item).tokens).tokens.filter((token) => contentSet.has(token)))
    .filter((words) => words.length > 0);
  return {
    text,
    tokens,
    content,
    facets: facets.length >= 2 ? facets : [],
    numbers,
    products,
    category,
    leftOut: [...leftOut.excluded, ...leftOut.used],
    variants: findVariants(
      index,
      tokens.filter((token) => !contrasted.has(token)),
      products,
      listNameWords(text).flatMap((name) => name.tokens),
    ),
    otherProducts: mentionsOther.map(({ name, category }) => ({ name, category })),
    unknownNames,
    unmentionedNames,
    scene: [...new Set([...scene, ...setAside, ...[...contrasted].filter((token) => !stopwords.has(token)), ...aims])],
    conditioned: [...conditional],
    excluded: findExcludedTokens(lower, new Set(leftOut.excluded.flatMap((id) => [...(index.byId.get(id)?.nameTokens ?? [])]))),
    unanswerable:
      topic &&
      !asksWeighedTopic(
        index,
        topic,
        tokens.filter((token) => topic.words.has(token)),
        lower,
        products,
      )
        ? topic.reason
        : null,
    attributes,
    resources: specMemory ? [...resources, 'memoryGiB'] : resources,
    // Both sides named ("requested, and what limit") asks for both; so does asking what is needed beside the limit.
    side: limitAsked ? (has(requestCues) || has(positiveCues) ? null : 'limit') : has(requestCues) || limitSetAside ? 'request' : null,
    scopes: scopeCues.filter(([, cues]) => has(cues)).map(([scope]) => scope),
    whole: has(wholeCues),
    clouds: [...new Set(tokens.flatMap((token) => (cloudTokens.has(token) ? [cloudTokens.get(token) as CloudId] : [])))],
    // A "(Y/N)" after the question asks yes or no wherever it stands.
    yesNo: isYesNoClause(main) || /\(\s*y\s*\/\s*n\s*\)/i.test(text),
    outcome: findAskedOutcome(main),
    negativeNecessity: has(negativeCues) || tokens.some((token, at) => positiveCues.has(token) && isNegatedCue(tokens, at)),
    positiveNecessity: tokens.some((token, at) => positiveCues.has(token) && !isNegatedCue(tokens, at)),
    // "How much memory … without the sidecar container" asks for what the rest adds up to, as a total would.
    compute:
      has(computeCues) ||
      numbers.some(
        (number) => !isReleaseNumber(index, tokens, number) && !(number.unit === undefined && isListLength(tokens, number.position)),
      ) ||
      (resources.length > 0 &&
        /\bhow\s+much\b/.test(lower) &&
        listLeftOutPhrases(lower, [...exclusionPatterns, ...sumExclusionPatterns]).some((phrase) =>
          namesPart(index, namedProducts, phrase),
        )),
    compare: products.length >= 2 || (has(compareCues) && products.length >= 2),
    // A question over a category ("smallest footprint among the identity servers") or over products in general ("which products …").
    filter:
      products.length === 0 &&
      (category !== null ||
        (has(productNouns) &&
          (firstWord === 'which' || firstWord === 'what' || filterCues.has(firstWord) || tokens.some((t) => filterCues.has(t))))),
    extreme: has(minCues) ? 'min' : has(maxCues) ? 'max' : null,
    comparative: has(lessCues) ? 'less' : has(moreCues) ? 'more' : null,
    corrected: content.length === 0 ? 0 : corrected / content.length,
    expectsNumber:
      // "Past how many users …" and "exactly how many …" ask for a count behind a preposition or an adverb, and
      // "X multi-region — how many clusters?" behind a label.
      /(?:^|[:\u2014\u2013]\s+|\s-\s+)(?:(?:past|after|above|beyond|from|at|over|under|below|until|exactly|roughly|approximately|about|around|precisely|so|and|but)\s+)?(how (many|much|big|large|long)|what (version|size|port)|which (version|port))\b/.test(
        main,
      ) ||
      /\b(what|which) (\w+ ){0,3}(version|port)s?\b/.test(lower) ||
      // "What is the usual size of a disk?" asks for a figure however many words come before "size".
      /\bwhat(?:'s| is| are)? (?:the |its |their )?(?:\w+ ){0,2}size of\b/.test(lower) ||
      // A later part that asks "…, and how many subnets …" expects a number as well.
      /(?:[,;?:]\s*(?:and\s+)?|\band\s+)how (?:many|much)\b/.test(lower) ||
      // So does a topic of a few words written with no colon before it ("productx ha how many nodes").
      (/^(?:[\p{L}\d-]+\s+){1,3}how (?:many|much)\b/u.test(main) && !/^(?:what|which|who|where|why|when|how)\b/.test(main)) ||
      // "Tell me how many workers it runs", "it runs how many workers?" ask for a count inside the sentence; one opening
      // with "which" or "what" ("which gauge shows how many …") asks for that thing.
      (/\b(?:me|runs?|needs?|uses?|keeps?|has|have|takes?|starts?)\s+how (?:many|much)\b/.test(main) && !/^(?:what|which)\b/.test(main)),
    asksWhat:
      /^(what|what's) (is|are|does|do)\b/.test(lower) ||
      (content.length <= 4 && !/^(how|when|where|why|which)\b/.test(lower) && !yesNoOpeners.has(firstWord)),
  };
}

import type { CloudId } from '../../schemas/cloud-ref.ts';
import type { AnswerOptions, QuestionKind } from './types.ts';
import type { AnswerIndex, IndexedArchitecture, IndexedComponent } from './build-answer-index.ts';
import { stopwords, tokenizeText, type ParsedQuestion } from './parse-question.ts';
import { questionCues } from './question-cues.ts';
import type { ResolvedComponent } from '../model/index.ts';

/*
 * Reading a question: which architectures, variant, cloud, user count and component it names, and which kind of
 * question it is, from cue words and structure. Pure and general: nothing here knows any particular question.
 */

/** Canonical token set of a word list, so cue words pass through the same synonyms and stemming as questions. */
function toTokenSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => tokenizeText(word)));
}

const totalWords = toTokenSet(questionCues.totalWords);
const managedWords = toTokenSet(questionCues.managedWords);
const purposeWords = toTokenSet(questionCues.purposeWords);
const dependencyWords = toTokenSet(questionCues.dependencyWords);
const compareWords = toTokenSet(questionCues.compareWords);
const exposureWords = toTokenSet(questionCues.exposureWords);
const auxiliaries: ReadonlySet<string> = new Set(questionCues.auxiliaries);
/** Cue words of settings questions ("setting", "enable"). */
export const settingWords = toTokenSet(questionCues.settingWords);
/** Cue words of version questions. */
export const versionWords = toTokenSet(questionCues.versionWords);
/** Cue words of high-availability questions ("ha", "zone", "replica"). */
export const haWords = toTokenSet(questionCues.haWords);
/** Cue words of network placement questions ("subnet", "dns"). */
export const networkWords = toTokenSet(questionCues.networkWords);
/** Cue words of requirement lookups ("minimum", "memory", "vcpu"). */
export const requirementWords = toTokenSet(questionCues.requirementWords);
/** Cue words that make a question about every architecture ("which architectures", "who"). */
export const crossWords = toTokenSet(questionCues.crossWords);
/** Words asking about a resource figure rather than a version or setting. */
export const resourceWords = toTokenSet(['memory', 'vcpu', 'storage', 'node']);
/** Words about an outage or start-up, which call for the runtime dependency. */
export const outageWords = toTokenSet(questionCues.outageWords);
/** Words asking for DNS records. */
export const dnsWords = toTokenSet(questionCues.dnsWords);
/** Every cue word of every kind. */
export const allCueWords = toTokenSet(Object.values(questionCues).flat());
/** Words never used to recognise a component (they say what is asked about it, not which one). */
export const attributeWords = new Set<string>([
  ...requirementWords,
  ...settingWords,
  ...versionWords,
  ...totalWords,
  ...managedWords,
  ...compareWords,
  ...toTokenSet(questionCues.attributeExtras),
]);
/** Words that only select a component when nothing more specific does. */
export const weakWords = toTokenSet(questionCues.weakWords);

/** A component of one architecture that the question names, in the variant chosen for the answer. */
export interface ComponentMatch {
  arch: IndexedArchitecture;
  entry: IndexedComponent;
  variantId: string;
  component: ResolvedComponent;
  score: number;
}

/** Everything the engine reads from a question before choosing how to answer. */
export interface Reading {
  parsed: ParsedQuestion;
  index: AnswerIndex;
  /** Architectures the question names, strongest first. */
  named: IndexedArchitecture[];
  /** Architecture the answer is about when one applies (named, else the page's). */
  scoped: IndexedArchitecture | null;
  /** Variant chosen per architecture id. */
  variants: Pick<Map<string, string>, 'get'>;
  /** The scoped architecture's variant when the question names it ("single container"), else null. */
  namedVariant: string | null;
  cloud: CloudId | null;
  users: number | null;
  /** Tokens naming the subject, with architecture names and attribute words removed. */
  subjectTokens: string[];
  /** Words that name the matched component itself ("storage" in "object storage"), so they are not read as cues. */
  subjectNaming: Set<string>;
}

/** Architectures named in the question, ordered by how many of their alias tokens appear. */
function findNamedArchitectures(parsed: ParsedQuestion, index: AnswerIndex): IndexedArchitecture[] {
  const candidates = new Set(parsed.tokens.flatMap((token) => index.architecturesByAlias.get(token) ?? []));
  return [...candidates]
    .map((arch) => ({ arch, first: parsed.tokens.findIndex((t) => arch.aliases.has(t)), at: index.position.get(arch) ?? 0 }))
    .sort((a, b) => a.first - b.first || a.at - b.at)
    .map((entry) => entry.arch);
}

/** The variant of an architecture the question points at: named variant, the page's, the cloud's, else the first. */
function chooseVariant(
  arch: IndexedArchitecture,
  parsed: ParsedQuestion,
  cloud: CloudId | null,
  options: AnswerOptions,
): { id: string; named: string[] } {
  let best: { id: string; hits: number; named: string[] } | null = null;
  for (const [variantId, tokens] of arch.variantTokens) {
    // Cue words ("managed" in "self-managed") say what is asked, not which variant.
    const named = [...tokens].filter((token) => parsed.tokenSet.has(token) && !attributeWords.has(token));
    const hits = named.length + (cloud && arch.architecture.variants.find((v) => v.id === variantId)?.cloud === cloud ? 1 : 0);
    if (hits > 0 && (!best || hits > best.hits)) best = { id: variantId, hits, named };
  }
  if (best) return { id: best.id, named: best.named };
  if (options.architectureId === arch.architecture.id && options.variantId && arch.variantTokens.has(options.variantId))
    return { id: options.variantId, named: [] };
  const byCloud = cloud ? arch.architecture.variants.find((variant) => variant.cloud === cloud) : undefined;
  return { id: byCloud?.id ?? arch.architecture.variants[0]?.id ?? '', named: [] };
}

/** Score of a component against subject tokens: IDF-weighted naming strength. */
function scoreComponent(entry: IndexedComponent, tokens: readonly string[], index: AnswerIndex): number {
  let score = 0;
  for (const token of new Set(tokens)) {
    const weight = entry.fieldWeights.get(token);
    if (weight !== undefined) score += weight * (index.idf.get(token) ?? 0);
  }
  return score;
}

/** Minimum score for a component to count as named: one distinctive word in its name. */
const MIN_COMPONENT_SCORE = 0.9;

/** Components of an architecture named by the tokens, strongest first, each in the variant the answer should use. */
function matchComponents(
  arch: IndexedArchitecture,
  tokens: readonly string[],
  preferredVariant: string,
  index: AnswerIndex,
): ComponentMatch[] {
  const scored = arch.components
    .map((entry) => ({ entry, score: scoreComponent(entry, tokens, index) }))
    .filter((item) => item.score >= MIN_COMPONENT_SCORE)
    .sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .filter((item) => item.score >= top * 0.75)
    .flatMap((item) => {
      const form = item.entry.forms.find((f) => f.variantId === preferredVariant) ?? item.entry.forms[0];
      return form ? [{ arch, entry: item.entry, variantId: form.variantId, component: form.component, score: item.score }] : [];
    });
}

/** Subject tokens in two strengths: without weak words first, then with them. */
function subjectPasses(reading: Reading): string[][] {
  const strong = reading.subjectTokens.filter((token) => !weakWords.has(token));
  return strong.length === reading.subjectTokens.length ? [strong] : [strong, reading.subjectTokens];
}

/** Components of one architecture the question names, trying strong words first. */
export function findComponents(reading: Reading, arch: IndexedArchitecture): ComponentMatch[] {
  const variant = reading.variants.get(arch.architecture.id) ?? arch.architecture.variants[0]?.id ?? '';
  for (const tokens of subjectPasses(reading)) {
    const matches = matchComponents(arch, tokens, variant, reading.index);
    if (matches.length > 0) return matches;
  }
  return [];
}

/** Architectures with a component named by any subject word, in catalogue order; the only ones a subject can match. */
export function findSubjectCandidates(reading: Reading): IndexedArchitecture[] {
  const candidates = new Set(reading.subjectTokens.flatMap((token) => [...(reading.index.architecturesByComponentToken.get(token) ?? [])]));
  return [...candidates].sort((a, b) => (reading.index.position.get(a) ?? 0) - (reading.index.position.get(b) ?? 0));
}

/** The best-named component across all architectures, to label a subject an architecture lacks. */
export function findGlobalSubject(reading: Reading): ComponentMatch | null {
  for (const tokens of subjectPasses(reading)) {
    const all = findSubjectCandidates(reading).flatMap((arch) =>
      matchComponents(arch, tokens, arch.architecture.variants[0]?.id ?? '', reading.index),
    );
    const best = all.sort((a, b) => b.score - a.score)[0];
    if (best) return best;
  }
  return null;
}

/** The user count in the question: the number right before "users", else none. */
function findUsers(parsed: ParsedQuestion): number | null {
  for (let i = 0; i < parsed.tokens.length; i++) {
    if (parsed.tokens[i] !== 'user') continue;
    for (let back = 1; back <= 3; back++) {
      const token = parsed.tokens[i - back];
      if (token && /^\d+$/.test(token)) return Number(token);
    }
  }
  return null;
}

/** Reads a parsed question: named architectures, scope, variants, cloud, users and subject words. */
export function readQuestion(parsed: ParsedQuestion, index: AnswerIndex, options: AnswerOptions): Reading {
  const named = findNamedArchitectures(parsed, index);
  const cloudToken = parsed.tokens.find((token) => index.cloudTokens.has(token));
  const cloud = (cloudToken ? index.cloudTokens.get(cloudToken) : null) as CloudId | null;
  const pageArch = options.architectureId ? (index.architectures.find((a) => a.architecture.id === options.architectureId) ?? null) : null;
  const scoped = named[0] ?? pageArch;
  // Chosen on first use: most questions touch a few architectures, and choosing for all would scan the catalogue.
  const chosen = new Map<string, { id: string; named: string[] }>();
  const choose = (arch: IndexedArchitecture) => {
    const choice = chosen.get(arch.architecture.id) ?? chooseVariant(arch, parsed, cloud, options);
    chosen.set(arch.architecture.id, choice);
    return choice;
  };
  const variants = {
    get: (architectureId: string) => {
      const arch = index.architectureById.get(architectureId);
      return arch ? choose(arch).id : undefined;
    },
  };
  // Words naming a variant ("single container", "enterprise") say where, not what, in the architecture asked about.
  const aliasTokens = new Set([
    ...named.flatMap((arch) => [...arch.aliases]),
    ...(scoped ? [...scoped.variantTokens.values()].flatMap((tokens) => [...tokens]) : []),
  ]);
  const subjectTokens = parsed.tokens.filter(
    (token) =>
      !stopwords.has(token) &&
      !aliasTokens.has(token) &&
      !attributeWords.has(token) &&
      !index.cloudTokens.has(token) &&
      !/^\d+$/.test(token),
  );
  const namedVariant = scoped && choose(scoped).named.length > 0 ? choose(scoped).id : null;
  return { parsed, index, named, scoped, variants, namedVariant, cloud, users: findUsers(parsed), subjectTokens, subjectNaming: new Set() };
}

/** Whether any token of the question is in a word set. */
export function hasAny(reading: Reading, words: ReadonlySet<string>): boolean {
  return reading.parsed.tokens.some((token) => words.has(token) && !reading.subjectNaming.has(token));
}

/** Classifies the question by cue words and structure; the first matching rule wins. */
export function classifyQuestion(reading: Reading, subject: ComponentMatch | null): QuestionKind {
  const { parsed } = reading;
  const auxFirst = auxiliaries.has(parsed.firstWord);
  if (reading.named.length >= 2 || (hasAny(reading, compareWords) && reading.named.length >= 1 && parsed.tokenSet.has('vs')))
    return 'compare';
  if (reading.users !== null) return 'sizing';
  if (hasAny(reading, totalWords)) return 'total';
  if (hasAny(reading, settingWords)) return 'setting';
  if (hasAny(reading, versionWords)) return 'version';
  if (
    reading.named.length === 0 &&
    (hasAny(reading, crossWords) || !reading.scoped) &&
    (subject || (reading.cloud && hasAny(reading, crossWords)))
  )
    return 'cross-vendor';
  // A cloud the architecture has no variant for can only be asking which managed service would stand in.
  const cloudWithoutVariant =
    reading.cloud !== null && reading.scoped !== null && !reading.scoped.architecture.variants.some((v) => v.cloud === reading.cloud);
  if (
    hasAny(reading, managedWords) ||
    (reading.cloud && subject && (parsed.tokenSet.has('service') || cloudWithoutVariant) && !hasAny(reading, requirementWords))
  )
    return 'managed';
  if (parsed.tokenSet.has('zone')) return 'high-availability';
  if (hasAny(reading, requirementWords)) return 'requirement';
  if (hasAny(reading, haWords)) return 'high-availability';
  if (hasAny(reading, networkWords) || (hasAny(reading, exposureWords) && !subject)) return 'network';
  // "Where does X run" is a placement question when the model places X.
  if (parsed.firstWord === 'where' && subject?.component.placement) return 'network';
  if (auxFirst && hasAny(reading, dependencyWords)) return 'dependency';
  if (auxFirst && (subject || reading.namedVariant)) return 'dependency';
  if (hasAny(reading, outageWords)) return 'dependency';
  if (subject && hasAny(reading, purposeWords)) return 'purpose';
  if (subject) return 'purpose';
  return 'overview';
}

import { resolveVariant, type ResolvedVariant } from '../model/index.ts';
import { stopwords } from './normalize-question.ts';
import { listQueryTokens, rankFacts, weighToken, type ScoredFact } from './select-facts.ts';
import type { FactIndex, IndexedArchitecture, IndexedFact, Reading } from './types.ts';

/** What every answerer reads: the index, the reading of the question and the architectures in scope. */
export interface AnswerContext {
  index: FactIndex;
  reading: Reading;
  /** Architecture ids the answer may draw on, best first. */
  scope: string[];
  /** Ranked facts over the scope, computed once on first use. */
  ranked: () => ScoredFact[];
}

/** Builds the context of one question. */
export function createAnswerContext(index: FactIndex, reading: Reading, scope: string[]): AnswerContext {
  let cache: ScoredFact[] | undefined;
  return { index, reading, scope, ranked: () => (cache ??= rankFacts(index, reading, scope)) };
}

/** A variant of an indexed architecture, resolved once when the index was built. */
export function findResolved(entry: IndexedArchitecture, variantId: string): ResolvedVariant {
  return entry.resolved.find((resolved) => resolved.variant.id === variantId) ?? resolveVariant(entry.architecture, variantId);
}

/** One indexed architecture by id. */
export function findIndexed(context: Pick<AnswerContext, 'index'>, id: string): IndexedArchitecture | undefined {
  return context.index.byId.get(id);
}

/** The variant an answer about an architecture speaks of: the one the question names, else the fact's or the default. */
export function chooseVariant(context: AnswerContext, architectureId: string, fact?: IndexedFact): string {
  const named = context.reading.variants.get(architectureId);
  if (named) return named;
  if (fact?.variants[0]) return fact.variants[0];
  return findIndexed(context, architectureId)?.architecture.variants[0]?.id ?? '';
}

/** "Product" or "Product (Variant name)" when the architecture has several variants. */
export function labelVariant(context: AnswerContext, architectureId: string, variantId: string): string {
  const entry = findIndexed(context, architectureId);
  if (!entry) return architectureId;
  const variant = entry.architecture.variants.find((v) => v.id === variantId);
  return entry.architecture.variants.length > 1 && variant ? `${entry.architecture.product} (${variant.name})` : entry.architecture.product;
}

/** A layout summary's first sentence, which says what the layout is; its later "not stated" list answers other questions. */
export function findFirstSentence(summary: string): string {
  return summary.split(/(?<=\.)\s+(?=\p{Lu})/u)[0] ?? summary;
}

/** Drops a trailing full stop so a phrase can sit inside a sentence. */
export function trimStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/** A fact as a sentence: "Subject: text." for component facts, the text alone otherwise. */
export function writeFact(fact: IndexedFact): string {
  const text = trimStop(fact.text);
  return fact.component && fact.attribute !== 'connection' ? `${fact.subject}: ${text}.` : `${text}.`;
}

/** A component a question names, with how well its names match. */
export interface ComponentMatch {
  architectureId: string;
  componentId: string;
  name: string;
  score: number;
}

/**
 * The components of the architectures in scope that the question names, best first (weighted by word rarity); words
 * in `demoted` (a condition's) count half, so the part a question asks about outranks the one its condition names.
 */
export function findComponentMatches(context: AnswerContext, demoted: ReadonlySet<string> = new Set()): ComponentMatch[] {
  const query = listQueryTokens(context.index, context.reading);
  const matches: ComponentMatch[] = [];
  for (const id of context.scope) {
    const entry = findIndexed(context, id);
    if (!entry) continue;
    for (const [componentId, component] of entry.components) {
      const hits = query.filter((token) => component.tokens.has(token));
      if (hits.length === 0) continue;
      const score =
        hits.reduce((sum, token) => sum + weighToken(context.index, token, [id]) * (demoted.has(token) ? 0.5 : 1), 0) /
        Math.sqrt(component.tokens.size);
      matches.push({ architectureId: id, componentId, name: component.name, score });
    }
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** The facts of a component in the variant the answer speaks of. */
export function factsOf(context: AnswerContext, architectureId: string, componentId: string): IndexedFact[] {
  return (context.index.factsByArchitecture.get(architectureId) ?? []).filter((fact) => fact.component === componentId);
}

/**
 * A required setting of the component an incompatibility is about that shares a word with its incompatibilities
 * beyond the component's name ("Redis mode = standalone" for "Redis Cluster mode is not supported"), and is not shown yet.
 */
export function findRequiredInstead(
  context: AnswerContext,
  incompatibility: IndexedFact,
  shown: readonly IndexedFact[],
): IndexedFact | undefined {
  const { architecture, component } = incompatibility;
  if (!component) return undefined;
  // Stryker disable next-line OptionalChaining: a fact's architecture and component are always in the index it came from.
  const names = findIndexed(context, architecture)?.components.get(component)?.tokens ?? new Set<string>();
  // The words of every incompatibility of that component ("Sentinel", "Cluster mode"), shown or not: what one rules out
  // another may name the mode of.
  const stated = factsOf(context, architecture, component).filter((fact) => fact.attribute === 'incompatibility');
  const words = new Set(stated.flatMap((fact) => fact.tokens).filter((token) => !names.has(token) && !stopwords.has(token)));
  return factsOf(context, architecture, component).find(
    (fact) =>
      fact.attribute === 'setting' &&
      /\(required\)/.test(fact.text) &&
      !shown.includes(fact) &&
      fact.tokens.some((token) => words.has(token) && !names.has(token)),
  );
}

import { categories, formatResourceInterval, resolveVariant, resourceLabels, type SizingResource } from '../../model/index.ts';
import type { Architecture } from '../../../schemas/architecture.ts';
import { computeFootprint, type Footprint } from '../../sizing/index.ts';
import { findIndexed, type AnswerContext } from '../answer-context.ts';
import type { Draft, FactIndex, IndexedFact } from '../types.ts';

const footprints = new WeakMap<FactIndex, Map<string, Footprint>>();

/** A variant's stated footprint, computed once per index (it depends on the model alone). */
function readFootprint(context: AnswerContext, architecture: Architecture, variantId: string): Footprint {
  let cache = footprints.get(context.index);
  if (!cache) {
    cache = new Map();
    footprints.set(context.index, cache);
  }
  const key = `${architecture.id}/${variantId}`;
  let footprint = cache.get(key);
  if (!footprint) {
    footprint = computeFootprint(resolveVariant(architecture, variantId));
    cache.set(key, footprint);
  }
  return footprint;
}

/**
 * Answers "smallest (or largest) footprint among ...": each product's stated footprint in the asked resource (memory
 * by default), the extreme among those that state it, and which products state nothing.
 */
export function answerExtreme(context: AnswerContext): Draft | null {
  if (!context.reading.extreme || context.scope.length < 2) return null;
  // One resource named decides; several (a bare "footprint" reads as CPU and memory) or none leave it to memory.
  const named = context.reading.resources.filter((r) => r !== 'nodes');
  const resource: SizingResource = named.length === 1 && named[0] ? named[0] : 'memoryGiB';
  const rows = context.scope.flatMap((id) => {
    const entry = findIndexed(context, id);
    if (!entry) return [];
    const candidates = entry.architecture.variants.map((variant) => {
      const footprint = readFootprint(context, entry.architecture, variant.id);
      return { variant, total: footprint.totals[resource] };
    });
    const stated = candidates.filter((c) => c.total !== null).sort((a, b) => (a.total?.low ?? 0) - (b.total?.low ?? 0));
    const pick = context.reading.extreme === 'min' ? stated[0] : stated[stated.length - 1];
    return [{ id, product: entry.architecture.product, variant: pick?.variant.name ?? null, total: pick?.total ?? null }];
  });
  const stated = rows.filter((row) => row.total !== null).sort((a, b) => (a.total?.low ?? 0) - (b.total?.low ?? 0));
  if (stated.length === 0) return null;
  const winner = context.reading.extreme === 'min' ? stated[0] : stated[stated.length - 1];
  if (!winner?.total) return null;
  const scopeLabel = context.reading.category
    ? (categories.find((c) => c.id === context.reading.category)?.plural ?? 'products')
    : 'products';
  const others = rows.filter((row) => row !== winner);
  const describe = (row: (typeof rows)[number]) =>
    row.total
      ? `${row.product}${row.variant ? ` (${row.variant})` : ''}: ${formatResourceInterval(resource, row.total)}`
      : `${row.product}: not stated`;
  const facts: IndexedFact[] = (context.index.factsByArchitecture.get(winner.id) ?? [])
    .filter((fact) => fact.attribute === 'requirement')
    .slice(0, 4);
  return {
    kind: 'extreme',
    text: `Of the ${scopeLabel}, ${winner.product} states the ${context.reading.extreme === 'min' ? 'smallest' : 'largest'} ${resourceLabels[resource].noun} footprint: ${describe(winner)}. ${others.map(describe).join('; ')}. Only stated figures of required and recommended components count.`,
    facts,
    coverage: 0.8,
    strength: 0.75,
  };
}

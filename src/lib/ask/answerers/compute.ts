import type { LoadDriver } from '../../../schemas/load-driver.ts';
import {
  formatLoad,
  formatResourceInterval,
  resolveVariant,
  resourceLabels,
  sizingResources,
  type SizingResource,
} from '../../model/index.ts';
import { computeFootprint, computeSizing, type SizedComponent } from '../../sizing/index.ts';
import { chooseVariant, findComponentMatches, findIndexed, labelVariant, type AnswerContext } from '../answer-context.ts';
import { stopwords, tokenizeText } from '../normalize-question.ts';
import type { Draft, IndexedFact, LoadMention } from '../types.ts';

/** How far from a number its unit words may sit. */
const WINDOW = 7;

/** The label words of a driver that identify it (not stopwords, not "per"/"second" alone). */
function driverWords(driver: Pick<LoadDriver, 'id' | 'label' | 'singular'>): string[] {
  return [...new Set([driver.label, driver.singular ?? '', driver.id.replace(/-/g, ' ')].flatMap((text) => tokenizeText(text)))].filter(
    (token) => !stopwords.has(token) && token !== 'per' && token !== 'second',
  );
}

/** Reads the loads a question gives for an architecture: each number is matched to the driver whose words sit around it. */
export function readLoads(context: AnswerContext, architectureId: string): { loads: LoadMention[]; negative: boolean } {
  const entry = findIndexed(context, architectureId);
  const drivers: Pick<LoadDriver, 'id' | 'label' | 'singular'>[] = entry?.architecture.loadDrivers.length
    ? entry.architecture.loadDrivers
    : [{ id: 'users', label: 'users', singular: 'user' }];
  const tokens = context.reading.tokens;
  const loads: LoadMention[] = [];
  let negative = false;
  for (const number of context.reading.numbers) {
    const near = tokens.slice(Math.max(0, number.position - 2), number.position + WINDOW);
    let best: { id: string; score: number } | null = null;
    for (const driver of drivers) {
      const words = driverWords(driver);
      const hits = words.filter((word) => near.includes(word)).length;
      const score = hits / Math.max(1, words.length);
      if (hits > 0 && score >= 0.34 && (!best || score > best.score)) best = { id: driver.id, score };
    }
    if (!best || loads.some((load) => load.driver === best?.id)) continue;
    if (number.negative) negative = true;
    loads.push({ driver: best.id, value: number.value });
  }
  return { loads, negative };
}

/** Resources the answer reports: those the question names, else what the component's figures grow in. */
function chooseResources(context: AnswerContext, rows: readonly SizedComponent[]): SizingResource[] {
  if (context.reading.resources.length > 0) return context.reading.resources;
  const grown = [...new Set(rows.flatMap((row) => row.grows))];
  return grown.length > 0 ? grown : sizingResources.filter((resource) => rows.some((row) => row.amounts[resource] !== null));
}

/** The sentence for one component of a sizing: its amounts (and limits when asked) with the arithmetic notes. */
function describeRow(row: SizedComponent, resources: readonly SizingResource[], side: 'request' | 'limit' | null): string {
  const figures = resources.flatMap((resource) => {
    const amount = row.amounts[resource];
    if (amount === null) return [];
    const parts = [formatResourceInterval(resource, amount)];
    const limit = resource === 'vcpu' ? row.limits.vcpu : resource === 'memoryGiB' ? row.limits.memoryGiB : null;
    if (limit && side !== 'request') parts.push(`limit ${formatResourceInterval(resource, limit)}`);
    return [parts.join(', ')];
  });
  const arithmetic = row.notes.filter((note) => /, at |×|limit|head-room|headroom/.test(note));
  return `${row.name}: ${figures.join('; ') || 'nothing stated for what you asked'}.${arithmetic.length > 0 ? ` ${arithmetic.join(' ')}` : ''}`;
}

/**
 * Computes what the question asks: a sizing at the loads it names (the vendor's per-unit rules, head-room and
 * thresholds applied), or totals of the stated figures across components. Returns null when there is nothing to compute.
 */
export function answerCompute(context: AnswerContext): Draft | null {
  const [architectureId] = context.scope;
  if (!architectureId || context.scope.length !== 1) return null;
  const entry = findIndexed(context, architectureId);
  if (!entry) return null;
  const variantId = chooseVariant(context, architectureId);
  const label = labelVariant(context, architectureId, variantId);
  const { loads, negative } = readLoads(context, architectureId);
  const matches = findComponentMatches(context).filter((match) => match.architectureId === architectureId);
  const factsOf = (ids: readonly string[]) =>
    (context.index.factsByArchitecture.get(architectureId) ?? []).filter(
      (fact) =>
        fact.component !== null && ids.includes(fact.component) && ['sizing-rule', 'requirement', 'limit-rule'].includes(fact.attribute),
    );
  if (negative) {
    const ids = matches.slice(0, 1).map((m) => m.componentId);
    const rules = factsOf(ids).filter((fact) => fact.attribute === 'sizing-rule');
    return {
      kind: 'compute',
      text: `A load cannot be negative, so archkb does not size ${label} for it. ${rules.map((fact) => `${fact.subject}: ${fact.text}.`).join(' ')}`.trim(),
      facts: rules,
      coverage: 0.7,
      strength: 0.6,
    };
  }
  if (loads.length > 0) {
    const result = computeSizing(entry.architecture, variantId, {
      loads: Object.fromEntries(loads.map((load) => [load.driver, load.value])),
      cloud: 'self-managed',
    });
    const affected = result.components.filter((row) => row.grows.length > 0);
    const named = matches.map((match) => match.componentId);
    const rows = (
      named.length > 0
        ? result.components.filter((row) => named.includes(row.id) && (row.grows.length > 0 || row.scope !== null))
        : affected
    ).slice(0, 3);
    if (rows.length === 0) return null;
    const resources = chooseResources(context, rows);
    const loadText = result.loads.map((load) => formatLoad(load, load.value)).join(', ');
    const total =
      rows.length > 1 && context.reading.compute && resources.length > 0
        ? ` Together: ${resources
            .map(
              (resource) =>
                `${formatResourceInterval(
                  resource,
                  rows.reduce(
                    (sum, row) => ({
                      low: sum.low + (row.amounts[resource]?.low ?? 0),
                      high: sum.high + (row.amounts[resource]?.high ?? 0),
                    }),
                    { low: 0, high: 0 },
                  ),
                )}`,
            )
            .join(', ')}.`
        : '';
    const warnings = result.warnings.map((warning) => warning.text).join(' ');
    return {
      kind: 'compute',
      text: `${label} at ${loadText}: ${rows.map((row) => describeRow(row, resources, context.reading.side)).join(' ')}${total}${warnings ? ` ${warnings}` : ''}`,
      facts: factsOf(rows.map((row) => row.id)),
      coverage: 0.9,
      strength: 0.85,
    };
  }
  if (!context.reading.compute || context.reading.resources.length === 0) return null;
  const footprint = computeFootprint(resolveVariant(entry.architecture, variantId));
  const named = matches.map((match) => match.componentId);
  const counted = footprint.components.filter((row) => row.counted && row.host === null && (named.length === 0 || named.includes(row.id)));
  const parts = context.reading.resources.flatMap((resource) => {
    const terms = counted.filter((row) => row.amounts[resource] !== null);
    if (terms.length === 0) return [`${resourceLabels[resource].noun}: not stated`];
    const sum = terms.reduce(
      (acc, row) => ({ low: acc.low + (row.amounts[resource]?.low ?? 0), high: acc.high + (row.amounts[resource]?.high ?? 0) }),
      { low: 0, high: 0 },
    );
    const written = terms.map((row) => {
      const nodes = row.amounts.nodes?.low;
      const perNode = row.perNode[resource];
      const term =
        resource !== 'nodes' && nodes !== undefined && perNode
          ? `${nodes} × ${formatResourceInterval(resource, perNode)}`
          : formatResourceInterval(resource, row.amounts[resource] ?? { low: 0, high: 0 });
      return `${term} (${row.name})`;
    });
    return [`${written.join(' + ')} = ${formatResourceInterval(resource, sum)}`];
  });
  const facts: IndexedFact[] = factsOf(counted.map((row) => row.id));
  return {
    kind: 'compute',
    text: `${label}, stated figures of its ${named.length > 0 ? 'named' : 'required and recommended'} components: ${parts.join('; ')}.`,
    facts,
    coverage: 0.85,
    strength: 0.8,
  };
}

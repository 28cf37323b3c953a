import { categories, formatNecessity, resolveVariant } from '../../model/index.ts';
import { findIndexed, trimStop, writeFact, type AnswerContext } from '../answer-context.ts';
import { listQueryTokens, measureCoverage, rankFacts, selectFacts, weighToken } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';

/** Words too general to name a technology ("service", "database"). */
const general = new Set([
  'service',
  'server',
  'database',
  'data',
  'storage',
  'cloud',
  'store',
  'product',
  'tool',
  'component',
  'need',
  'use',
]);

/**
 * Answers "which products (or which identity servers) need / use X": when X names a technology or component, every
 * product in scope that has such a component, with how much it needs it; otherwise the products whose facts answer
 * the question well. Products without a match are summed up, not named.
 */
export function answerFilter(context: AnswerContext): Draft {
  const query = listQueryTokens(context.index, context.reading);
  const technology = query.filter(
    (token) =>
      !general.has(token) &&
      context.scope.some((id) => [...(findIndexed(context, id)?.components.values() ?? [])].some((c) => c.technologyTokens.has(token))),
  );
  const scopeLabel = context.reading.category
    ? (categories.find((c) => c.id === context.reading.category)?.plural ?? 'products')
    : 'products in archkb';
  if (technology.length > 0) {
    const lines: string[] = [];
    const facts: IndexedFact[] = [];
    for (const id of context.scope) {
      const entry = findIndexed(context, id);
      if (!entry) continue;
      const matches = [...entry.components.entries()].filter(([, c]) => technology.every((token) => c.tokens.has(token)));
      if (matches.length === 0) continue;
      const resolved = resolveVariant(entry.architecture, entry.architecture.variants[0]?.id ?? '');
      const described = matches.map(([componentId, c]) => {
        const component = resolved.components.find((rc) => rc.id === componentId);
        const level = component ? formatNecessity(component.necessity.level).toLowerCase() : 'in other variants';
        const condition = component?.necessity.condition ? `, ${trimStop(component.necessity.condition)}` : '';
        return `${c.name} (${level}${condition})`;
      });
      lines.push(`${entry.architecture.product}: ${described.join('; ')}.`);
      facts.push(
        ...(context.index.factsByArchitecture.get(id) ?? []).filter(
          (fact) =>
            matches.some(([componentId]) => fact.component === componentId) &&
            (fact.attribute === 'necessity' || fact.attribute === 'purpose'),
        ),
      );
    }
    if (lines.length === 0) {
      return {
        kind: 'filter',
        text: null,
        declined: `None of the ${scopeLabel} lists a component matching that in archkb's sources.`,
        facts: [],
        coverage: 0.6,
        strength: 0.5,
      };
    }
    return {
      kind: 'filter',
      text: `Among the ${scopeLabel}: ${lines.join(' ')} The others do not list it.`,
      facts: facts.slice(0, 8),
      coverage: 0.85,
      strength: 0.85,
    };
  }
  const perProduct = context.scope
    .map((id) => {
      const chosen = selectFacts(rankFacts(context.index, context.reading, [id]), 2, 0.7);
      return { id, chosen, coverage: measureCoverage(context.index, query, chosen), score: chosen[0]?.score ?? 0 };
    })
    .filter((entry) => entry.score > 0);
  const best = Math.max(0, ...perProduct.map((entry) => entry.score));
  const weight = query.reduce((sum, token) => sum + weighToken(context.index, token), 0);
  const kept = perProduct.filter((entry) => entry.score >= best * 0.6 && entry.coverage >= 0.6);
  if (kept.length === 0) return { kind: 'filter', text: null, facts: [], coverage: 0, strength: 0 };
  const lines = kept.map(
    (entry) =>
      `${findIndexed(context, entry.id)?.architecture.product ?? entry.id}: ${entry.chosen.map((scored) => writeFact(scored.fact)).join(' ')}`,
  );
  return {
    kind: 'filter',
    text: `Among the ${scopeLabel}: ${lines.join(' ')}`,
    facts: kept.flatMap((entry) => entry.chosen.map((scored) => scored.fact)),
    coverage: Math.min(...kept.map((entry) => entry.coverage)),
    strength: weight > 0 ? Math.min(1, best / (weight * 1.6)) : 0,
  };
}

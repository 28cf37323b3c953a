import { askVocabulary, categories, formatNecessity, roles } from '../../model/index.ts';
import { tokenizeText } from '../normalize-question.ts';
import { findIndexed, findResolved, trimStop, writeFact, type AnswerContext } from '../answer-context.ts';
import { listQueryTokens, measureCoverage, selectFacts, weighToken, type ScoredFact } from '../select-facts.ts';
import type { Draft, IndexedArchitecture, IndexedFact } from '../types.ts';

const mentionWords = new Set(askVocabulary.mentionCues.flatMap((word) => tokenizeText(word)));

/** Most products an answer names one by one. */
const MAX_LISTED = 12;

/** The first item of each list, then the second of each, and so on. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, i) => lists.flatMap((list) => (i < list.length ? [list[i] as T] : []))).flat();
}

/** Words too general to name a technology ("service", "database"). */
const general = new Set(askVocabulary.generalTechnologyWords.flatMap((word) => tokenizeText(word)));

/**
 * Whether a word names one of a product's parts: a word of its name, technology or examples, or of its role's label, so
 * "a cache" or "a document database" names every part with that role whatever it is called.
 */
function namesPart(entry: IndexedArchitecture, componentId: string, token: string): boolean {
  const component = entry.components.get(componentId);
  return component !== undefined && (component.tokens.has(token) || component.roleTokens.has(token));
}

/** The words of each role's label ("document database"), for a question naming a kind of part in full. */
const roleLabelWords = roles.map((role) => tokenizeText(role.label));

/**
 * The question's words that name a technology some component in scope is built on, or the whole label of a role
 * ("a document database", "a cache"), not general words such as "database" on their own.
 */
function technologyOf(context: AnswerContext, query: readonly string[]): string[] {
  const inScope = new Set(context.scope);
  const asked = new Set(query);
  const roleWords = new Set(roleLabelWords.filter((words) => words.every((word) => asked.has(word))).flat());
  return query.filter(
    (token) =>
      !general.has(token) && ((context.index.componentOwners.get(token) ?? []).some((id) => inScope.has(id)) || roleWords.has(token)),
  );
}

/**
 * "Which products don't need X": the products in scope that list no component built on X, then those that list one
 * only as optional or conditional in their first variant. Null when every product requires it.
 */
function answerWithout(context: AnswerContext, technology: readonly string[], scopeLabel: string): Draft | null {
  const none: string[] = [];
  const optional: string[] = [];
  const facts: IndexedFact[] = [];
  for (const id of context.scope) {
    const entry = findIndexed(context, id);
    if (!entry) continue;
    const matches = [...entry.components.keys()].filter((componentId) => technology.every((token) => namesPart(entry, componentId, token)));
    if (matches.length === 0) {
      none.push(entry.architecture.product);
      continue;
    }
    const resolved = findResolved(entry, entry.architecture.variants[0]?.id ?? '');
    const levels = matches.flatMap((componentId) => resolved.components.filter((c) => c.id === componentId));
    if (levels.length > 0 && levels.every((c) => c.necessity.level === 'optional' || c.necessity.level === 'conditional')) {
      optional.push(
        `${entry.architecture.product} (${levels.map((c) => `${c.name}: ${formatNecessity(c.necessity.level).toLowerCase()}`).join('; ')})`,
      );
      facts.push(
        ...(context.index.factsByArchitecture.get(id) ?? []).filter(
          (fact) => fact.attribute === 'necessity' && levels.some((c) => c.id === fact.component),
        ),
      );
    }
  }
  if (none.length === 0 && optional.length === 0) return null;
  // The technology as the question writes it, every word of it ("Redis Sentinel", not "Redis", which others may have).
  const words = context.reading.text.match(/[\p{L}\p{N}-]+/gu) ?? [];
  const at = words.flatMap((word, i) => (technology.some((token) => tokenizeText(word).includes(token)) ? [i] : []));
  const first = at[0];
  const last = at.at(-1);
  const name =
    first !== undefined && last !== undefined && last - first < technology.length + 1
      ? words.slice(first, last + 1).join(' ')
      : technology.join(' ');
  // "The others" only when some product in scope is neither without it nor only optional.
  const others = context.scope.length - none.length - optional.length;
  const parts = [
    none.length > 0 ? `Among the ${scopeLabel}, ${none.join(', ')} list${none.length === 1 ? 's' : ''} no ${name} component.` : '',
    optional.length > 0 ? `Only optional or conditional in: ${optional.join(', ')}.` : '',
    others > 0 ? 'The others require it.' : '',
  ];
  return { kind: 'filter', text: parts.filter(Boolean).join(' '), facts: facts.slice(0, 8), coverage: 0.85, strength: 0.85 };
}

/** Nouns that count running copies ("nodes", "replicas"), not multipliers ("x", "times"). */
const copyNouns = new Set(
  askVocabulary.countNouns.flatMap((word) => tokenizeText(word)).filter((token) => token.length > 1 && token !== 'time'),
);

/** Words before a count that bound it ("fewer than 3", "more than 3"), which a count filter does not read as "exactly". */
const boundWords = new Set([...askVocabulary.belowCues, ...askVocabulary.boundCues].flatMap((word) => tokenizeText(word)));

/**
 * "Which products run 3 replicas?": the products in scope with a fact stating that many of those copies,
 * each with its best-ranked such fact. Null when the question gives no plain count of copies or no product states it.
 */
function answerCountFilter(context: AnswerContext, scopeLabel: string): Draft | null {
  const { tokens, numbers } = context.reading;
  const asked = numbers.find(
    (number) =>
      !number.unit &&
      !number.negative &&
      Number.isInteger(number.value) &&
      number.value >= 2 &&
      // Stryker disable next-line StringLiteral: a count closing the question has no noun after it, and no fallback string is a copy noun.
      copyNouns.has(tokens[number.position + 1] ?? '') &&
      !tokens.slice(Math.max(0, number.position - 2), number.position).some((token) => boundWords.has(token)),
  );
  if (!asked) return null;
  // Stryker disable next-line StringLiteral: the count was chosen for the copy noun right after it, so the fallback never applies.
  const noun = tokens[asked.position + 1] ?? '';
  const count = String(asked.value);
  // The noun as the question writes it ("nodes", "replicas").
  const written = new RegExp(`\\b${count}\\s+([\\p{L}-]+)`, 'iu').exec(context.reading.text)?.[1] ?? noun;
  // The count right before the noun, or one word between ("3 application nodes").
  const states = (fact: IndexedFact) => {
    // A number with a separator or a decimal point ("3,000", "2.5") is no count of 3 or 2.
    const words = tokenizeText(fact.text.replace(/\d+(?:[.,]\d+)+/g, ' '));
    return words.some((word, at) => word === count && words.slice(at + 1, at + 3).includes(noun));
  };
  const found = new Map<string, IndexedFact>();
  for (const { fact } of context.ranked()) if (!found.has(fact.architecture) && states(fact)) found.set(fact.architecture, fact);
  if (found.size === 0) return null;
  const listed = [...found.values()].slice(0, MAX_LISTED);
  const lines = listed.map(
    // Stryker disable next-line OptionalChaining: every ranked fact's product is in the index the context was built from.
    (fact) => `${findIndexed(context, fact.architecture)?.architecture.product ?? fact.architecture}: ${writeFact(fact)}`,
  );
  return {
    kind: 'filter',
    text: `Among the ${scopeLabel}, these state ${count} ${written}: ${lines.join(' ')} The others state no such count.`,
    facts: listed,
    coverage: 0.85,
    strength: 0.85,
  };
}

/**
 * Answers "which products (or which identity servers) need / use X": when X names a technology or component, every
 * product in scope that has such a component, with how much it needs it; otherwise the products whose facts answer
 * the question well. Products without a match are summed up, not named.
 */
export function answerFilter(context: AnswerContext): Draft {
  const query = listQueryTokens(context.index, context.reading);
  const technology = technologyOf(context, query);
  const scopeLabel = context.reading.category
    ? (categories.find((c) => c.id === context.reading.category)?.plural ?? 'products')
    : 'products in archkb';
  const asksMention = context.reading.tokens.some((token) => mentionWords.has(token));
  // The first fact of each product that holds every technology word, read from the postings rather than every fact.
  const mentions = new Map<string, IndexedFact>();
  if (asksMention) {
    for (const fact of context.index.postings.get(technology[0] ?? '') ?? []) {
      if (!mentions.has(fact.architecture) && technology.every((token) => fact.tokens.includes(token)))
        mentions.set(fact.architecture, fact);
    }
  }
  if (technology.length > 0 && context.reading.negativeNecessity) {
    const without = answerWithout(context, technology, scopeLabel);
    if (without) return without;
  }
  if (technology.length > 0) {
    const lines: string[] = [];
    const facts: IndexedFact[][] = [];
    let more = 0;
    for (const id of context.scope) {
      const entry = findIndexed(context, id);
      if (!entry) continue;
      // A long catalogue is summed up after the first products, so the answer stays readable and quick.
      if (lines.length >= MAX_LISTED) {
        if ([...entry.components.keys()].some((componentId) => technology.every((token) => namesPart(entry, componentId, token)))) more++;
        continue;
      }
      const matches = [...entry.components.entries()].filter(([componentId]) =>
        technology.every((token) => namesPart(entry, componentId, token)),
      );
      // A variant named after the technology ("Kubernetes") says the product runs on it, even with no component so named.
      const variants = entry.architecture.variants.filter((variant) =>
        technology.every((token) => entry.variantTokens.get(variant.id)?.has(token)),
      );
      if (matches.length === 0 && variants.length > 0) {
        lines.push(
          `${entry.architecture.product}: its ${variants.map((variant) => variant.name).join(' and ')} variant${variants.length > 1 ? 's' : ''}.`,
        );
        facts.push(
          (context.index.factsByArchitecture.get(id) ?? []).filter(
            (fact) =>
              fact.attribute === 'summary' && fact.component === null && variants.some((variant) => fact.variants.includes(variant.id)),
          ),
        );
        continue;
      }
      if (matches.length === 0) {
        // A product that only mentions the technology (an incompatibility, a migration note) is named with that fact.
        const mention = mentions.get(id);
        if (mention) {
          lines.push(`${entry.architecture.product} mentions it: ${writeFact(mention)}`);
          facts.push([mention]);
        }
        continue;
      }
      const resolved = findResolved(entry, entry.architecture.variants[0]?.id ?? '');
      const described = matches.map(([componentId, c]) => {
        const component = resolved.components.find((rc) => rc.id === componentId);
        const elsewhere = entry.architecture.variants
          .filter((variant) => findResolved(entry, variant.id).components.some((rc) => rc.id === componentId))
          .map((variant) => variant.name);
        const level = component
          ? formatNecessity(component.necessity.level).toLowerCase()
          : `in the ${elsewhere.join(' and ')} variant${elsewhere.length > 1 ? 's' : ''}`;
        const condition = component?.necessity.condition ? `, ${trimStop(component.necessity.condition)}` : '';
        return `${c.name} (${level}${condition})`;
      });
      lines.push(`${entry.architecture.product}: ${described.join('; ')}.`);
      facts.push(
        (context.index.factsByArchitecture.get(id) ?? []).filter(
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
      text: `Among the ${scopeLabel}: ${lines.join(' ')}${more > 0 ? ` And ${more} more.` : ''} The others do not list it.`,
      // Round-robin over the products, so each one listed has a source among the first eight.
      facts: interleave(facts).slice(0, 8),
      coverage: 0.85,
      strength: 0.85,
    };
  }
  const counted = answerCountFilter(context, scopeLabel);
  if (counted) return counted;
  // Ranked once over every product in scope, then grouped, so the cost grows with the matches, not the catalogue.
  const byProduct = new Map<string, ScoredFact[]>();
  for (const scored of context.ranked()) {
    const list = byProduct.get(scored.fact.architecture);
    if (list) list.push(scored);
    else byProduct.set(scored.fact.architecture, [scored]);
  }
  const perProduct = [...byProduct].map(([id, ranked]) => {
    const chosen = selectFacts(ranked, 2, 0.7);
    return {
      id,
      chosen,
      coverage: measureCoverage(context.index, query, chosen, context.scope, context.reading.scene),
      score: chosen[0]?.score ?? 0,
    };
  });
  const best = Math.max(0, ...perProduct.map((entry) => entry.score));
  const weight = query.reduce((sum, token) => sum + weighToken(context.index, token, context.scope), 0);
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

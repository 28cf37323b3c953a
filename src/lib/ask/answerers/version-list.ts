import { askVocabulary } from '../../model/index.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, trimStop, type AnswerContext } from '../answer-context.ts';
import { escapeRegExp, tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const listCues = new Set(askVocabulary.versionListCues.flatMap((word) => tokenizeText(word)));

/** Fewest parts with stated versions for a list to answer: one is a lookup's to give. */
const MIN_LISTED = 2;

/**
 * "Which versions do the prerequisites need? Give the whole list": when a question about one product asks for versions
 * in the plural over its prerequisites as a whole, the answer is every part's stated versions in the layout asked about.
 * Null when it asks anything else, or fewer than two parts state versions.
 */
export function answerVersionList(context: AnswerContext): Draft | null {
  const { reading } = context;
  const [product] = reading.products;
  if (!product || reading.products.length !== 1 || reading.yesNo || reading.compute) return null;
  // "Versions" in the plural asks for several; "version of X" asks for one part's.
  if (!/\bversions\b/i.test(reading.text) || /\bversions?\s+of\b/i.test(reading.text)) return null;
  if (!reading.tokens.some((token) => listCues.has(token))) return null;
  const entry = findIndexed(context, product.id);
  // Stryker disable next-line ConditionalExpression: the one product a reading names is always in the index.
  if (!entry) return null;
  const variantId = chooseVariant(context, product.id);
  // A part's versions are what its requirements state for a named product ("PostgreSQL 14 to 18"); sizes are not.
  const versioned = new Map(
    findResolved(entry, variantId).components.flatMap((component) => {
      const names = (component.requirements ?? []).flatMap((requirement) => (requirement.versions ?? []).map((floor) => floor.product));
      return names.length > 0 ? [[component.id, new RegExp(`(?:${names.map(escapeRegExp).join('|')})\\s+v?\\d`, 'i')] as const] : [];
    }),
  );
  // Stryker disable next-line ArrayDeclaration: every indexed product has a list of facts, so the fallback is never used.
  const facts = (context.index.factsByArchitecture.get(product.id) ?? []).filter(
    (fact) =>
      fact.attribute === 'requirement' &&
      fact.variants.includes(variantId) &&
      // Stryker disable next-line ConditionalExpression: a product's own fact has no part, so no part's versions match it either way.
      fact.component !== null &&
      versioned.get(fact.component)?.test(fact.text) === true,
  );
  if (new Set(facts.map((fact) => fact.component)).size < MIN_LISTED) return null;
  const lines = facts.map((fact) => `${fact.subject}: ${trimStop(fact.text)}.`);
  return {
    kind: 'lookup',
    text: `${labelVariant(context, product.id, variantId)}, the versions stated for its parts: ${lines.join(' ')}`,
    facts,
    coverage: 0.9,
    strength: 0.8,
  };
}

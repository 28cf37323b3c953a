import { askVocabulary, findRole } from '../../model/index.ts';
import type { Role } from '../../../schemas/role.ts';
import {
  chooseVariant,
  findComponentMatches,
  findIndexed,
  findResolved,
  labelVariant,
  writeFact,
  type AnswerContext,
} from '../answer-context.ts';
import { escapeRegExp } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

/**
 * A verb of running, standing alone (not "vendor-run" or "self-hosted"), then a phrase of owning within a few words of
 * the same sentence (a dot inside a host name does not end it).
 */
const selfRun = new RegExp(
  `(?<![\\p{L}-])(?:${askVocabulary.selfRunCues.verbs.map(escapeRegExp).join('|')})(?:s|ing|ed|ned|ning)?\\b(?:[^.?!]|\\.(?=\\S)){0,60}?\\b(?:${askVocabulary.selfRunCues.own.map(escapeRegExp).join('|')})\\b`,
  'iu',
);

/**
 * "Do we have to host X in our own cluster?" of a part whose role the vendor runs (its cloud service): no, with what the
 * part does. Null when the question does not ask whether the reader runs the part, or the part named is one they run.
 */
export function answerVendorRun(context: AnswerContext): Draft | null {
  if (!selfRun.test(context.reading.text)) return null;
  const [match] = findComponentMatches(context);
  const entry = match ? findIndexed(context, match.architectureId) : undefined;
  if (!match || !entry) return null;
  const variantId = chooseVariant(context, match.architectureId);
  const component = findResolved(entry, variantId).components.find((c) => c.id === match.componentId);
  const role: Role | undefined = component ? findRole(component.role) : undefined;
  if (!component || role?.runBy !== 'vendor') return null;
  const facts = (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter(
    (fact) =>
      fact.component === component.id && (fact.attribute === 'purpose' || fact.attribute === 'note') && fact.variants.includes(variantId),
  );
  const label = labelVariant(context, match.architectureId, variantId);
  return {
    kind: 'yes-no',
    text: `No. In ${label}, ${component.name} is run by the vendor, not in your deployment. ${facts.slice(0, 3).map(writeFact).join(' ')}`.trim(),
    facts: facts.slice(0, 3),
    coverage: 0.85,
    strength: 0.85,
  };
}

/** A verb of running with the vendor as its subject, either way round ("a service X itself operates", "run by the vendor"). */
const vendorOperated = (() => {
  const verbs = `(?:${askVocabulary.vendorOperatedCues.verbs.map(escapeRegExp).join('|')})(?:s|es|d|ed|ned|ning|ing)?`;
  const owners = `(?:${askVocabulary.vendorOperatedCues.owners.map(escapeRegExp).join('|')})`;
  return new RegExp(`\\b${verbs}\\b[^.?!]{0,30}?\\b${owners}\\b|\\b${owners}\\b[^.?!]{0,20}?\\b${verbs}\\b`, 'iu');
})();

/**
 * "Does self-hosted X still depend on a service X itself operates?": yes, naming each part the vendor runs (its cloud
 * service) and what it does. Null when the question does not ask it, or no product in scope has such a part.
 */
export function answerVendorDependency(context: AnswerContext): Draft | null {
  if (!vendorOperated.test(context.reading.text)) return null;
  const found = context.scope.flatMap((id) => {
    const entry = findIndexed(context, id);
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: the scope holds only ids of the index.
    if (!entry) return [];
    const variantId = chooseVariant(context, id);
    return findResolved(entry, variantId)
      .components.filter((component) => {
        const role: Role | undefined = findRole(component.role);
        // Stryker disable next-line OptionalChaining: findRole throws rather than miss, so the role is always there.
        return role?.runBy === 'vendor';
      })
      .map((component) => ({
        label: labelVariant(context, id, variantId),
        component,
        // Stryker disable next-line ArrayDeclaration: the index holds the facts of every product in it.
        facts: (context.index.factsByArchitecture.get(id) ?? []).filter(
          (fact) =>
            fact.component === component.id &&
            (fact.attribute === 'purpose' || fact.attribute === 'note') &&
            fact.variants.includes(variantId),
        ),
      }));
  });
  if (found.length === 0) return null;
  const facts = found.flatMap((entry) => entry.facts.slice(0, 3));
  const text = found
    .map((entry) =>
      `In ${entry.label}, ${entry.component.name} is run by the vendor. ${entry.facts.slice(0, 3).map(writeFact).join(' ')}`.trim(),
    )
    .join(' ');
  return { kind: 'yes-no', text: `Yes. ${text}`, facts, coverage: 0.85, strength: 0.85 };
}

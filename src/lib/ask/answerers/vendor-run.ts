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
import type { Draft } from '../types.ts';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A verb of running, standing alone (not "vendor-run" or "self-hosted"), then a phrase of owning within a few words of
 * the same sentence (a dot inside a host name does not end it).
 */
const selfRun = new RegExp(
  `(?<![\\p{L}-])(?:${askVocabulary.selfRunCues.verbs.map(escape).join('|')})(?:s|ing|ed|ned|ning)?\\b(?:[^.?!]|\\.(?=\\S)){0,60}?\\b(?:${askVocabulary.selfRunCues.own.map(escape).join('|')})\\b`,
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

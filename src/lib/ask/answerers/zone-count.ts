import { askVocabulary, formatCount } from '../../model/index.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { countWordValues, tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const zoneTokens = new Set((askVocabulary.attributeCues.zones ?? []).flatMap((word) => tokenizeText(word)));

/** The number of zones a question gives ("in one availability zone", "across 2 AZs"), or null when it gives none. */
function readZoneCount(tokens: readonly string[]): number | null {
  const at = tokens.findIndex((token, position) => position > 0 && zoneTokens.has(token));
  const before = at > 0 ? tokens[at - 1] : undefined;
  if (before === undefined) return null;
  if (/^\d+$/.test(before)) return Number(before);
  return countWordValues.get(before) ?? null;
}

/**
 * "Our stack lives in a single zone; is that what the vendor advises?" of a layout whose vendor recommends more
 * zones than that: no, with the recommendation. Null when the question gives no zone count,
 * the layout states no minimum or the count meets it (other rules say more of what a count that meets it means).
 */
export function answerZoneCount(context: AnswerContext): Draft | null {
  const [id] = context.scope;
  if (context.scope.length !== 1 || id === undefined) return null;
  const given = readZoneCount(context.reading.tokens);
  if (given === null) return null;
  const entry = findIndexed(context, id);
  if (!entry) return null;
  const variantId = chooseVariant(context, id);
  const minimum = findResolved(entry, variantId).variant.availabilityZones?.min;
  if (minimum === undefined || given >= minimum) return null;
  const facts = (context.index.factsByArchitecture.get(id) ?? []).filter(
    (fact) => fact.attribute === 'zones' && (fact.variant === undefined || fact.variant === variantId),
  );
  const label = labelVariant(context, id, variantId);
  const stated = facts.length > 0 ? facts.map(writeFact).join(' ') : `At least ${formatCount(minimum)} availability zones.`;
  return {
    kind: 'yes-no',
    text: `No, not as the vendor recommends: ${formatCount(given)} ${given === 1 ? 'zone is' : 'zones are'} fewer than its minimum. ${label}: ${stated}`,
    facts,
    coverage: 0.85,
    strength: 0.85,
  };
}

import { askVocabulary, type ResolvedComponent } from '../../model/index.ts';
import {
  chooseVariant,
  findComponentMatches,
  findIndexed,
  findResolved,
  labelVariant,
  writeFact,
  type AnswerContext,
} from '../answer-context.ts';
import { tokenizeText } from '../normalize-question.ts';
import { findAskingText } from '../read-question.ts';
import type { Draft, IndexedFact } from '../types.ts';

const outageWords = new Set(askVocabulary.outageCues.outage.flatMap((word) => tokenizeText(word)));

/** What an outage of a part does to a deployment that needs it only at start-up, or at all times, in its own words. */
export function describeOutage(
  label: string,
  name: string,
  needed: NonNullable<ResolvedComponent['runtime']>['needed'],
  facts: readonly IndexedFact[],
): { text: string; facts: IndexedFact[]; coverage: number; strength: number } {
  const detail =
    needed === 'startup-only'
      ? `${label} continues to run through an outage of ${name}; it needs ${name} only when containers or services start or restart.`
      : `${label} depends on ${name} at all times.`;
  // The vendor's own words on when it is needed ("only when a pod restarts and fetches its image") follow.
  const stated = facts.find((f) => f.attribute === 'note' && f.kind === 'runtime');
  return {
    text: `${detail}${stated ? ` ${writeFact(stated)}` : ''}`,
    facts: facts.filter((f) => f.attribute === 'runtime' || f.attribute === 'note').slice(0, 3),
    coverage: 0.9,
    strength: 0.9,
  };
}

/**
 * "What happens if X goes down?": what an outage of the part the question names does to the deployment, when its
 * model says when the deployment needs it; null otherwise.
 */
export function answerOutageEffect(context: AnswerContext): Draft | null {
  const reading = context.reading;
  // "What happens …", "how does an outage affect …" ask for the effect; "where do we keep X, and would an outage …"
  // asks something else first.
  const asksEffect = /^\s*(?:what|how)\b/i.test(findAskingText(reading.text));
  if (reading.yesNo || !asksEffect || !reading.tokens.some((t) => outageWords.has(t))) return null;
  const [match] = findComponentMatches(context);
  const entry = match ? findIndexed(context, match.architectureId) : undefined;
  if (!match || !entry) return null;
  const variantId = chooseVariant(context, match.architectureId);
  const component = findResolved(entry, variantId).components.find((c) => c.id === match.componentId);
  if (!component?.runtime) return null;
  const label = labelVariant(context, match.architectureId, variantId);
  return {
    kind: 'lookup',
    ...describeOutage(
      label,
      component.name,
      component.runtime.needed,
      (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter((fact) => fact.component === match.componentId),
    ),
  };
}

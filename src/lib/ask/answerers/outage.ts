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

/** Words saying a part itself fails ("goes down", "dies", "crashes"), narrower than the words the runtime model answers. */
const failWords = new Set(askVocabulary.outcomeCues.fail.flatMap((word) => tokenizeText(word)).filter((token) => outageWords.has(token)));

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
  // A condition may come first ("if X goes down, what breaks?").
  const asking = findAskingText(reading.text);
  // A scene told before a dash or colon ("X goes down - what stops working?") leaves the question after it.
  const tail = asking.split(/:\s+|\s+[-\u2013\u2014]+\s+/).at(-1) ?? asking;
  const asksEffect =
    /^\s*(?:what|how)\b/i.test(asking) ||
    /^\s*(?:what|how)\b/i.test(tail) ||
    /\bwhat\s+(?:happens|would\s+happen|will\s+happen)\s*\??$/i.test(asking);
  if (reading.yesNo || !asksEffect || !reading.tokens.some((t) => outageWords.has(t))) return null;
  const [match] = findComponentMatches(context);
  const entry = match ? findIndexed(context, match.architectureId) : undefined;
  if (!match || !entry) return null;
  const variantId = chooseVariant(context, match.architectureId);
  const component = findResolved(entry, variantId).components.find((c) => c.id === match.componentId);
  if (!component) return null;
  const label = labelVariant(context, match.architectureId, variantId);
  // What the part's own facts say of its going down answers as they are, through the lookup.
  const own = (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter((fact) => fact.component === match.componentId);
  const saysOutage = own.some((fact) => fact.attribute !== 'connection' && fact.tokens.some((token) => outageWords.has(token)));
  if (!component.runtime)
    // Only a failure the asking clause itself names ("what breaks if X dies?"), not one a scene or a label before it tells.
    return saysOutage || !tokenizeText(asking.split(/[:\u2013\u2014]\s+/).at(-1) ?? asking).some((token) => failWords.has(token))
      ? null
      : describeUnstatedOutage(context, match.architectureId, variantId, label, component);
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

/**
 * An outage of a part whose model says nothing of when the deployment needs it: an answer saying the sources are silent
 * on the effect, then what the part serves and the parts that connect to it, which are what it can take away or take
 * down.
 */
function describeUnstatedOutage(
  context: AnswerContext,
  architectureId: string,
  variantId: string,
  label: string,
  { id, name }: ResolvedComponent,
): Draft | null {
  const facts = context.index.factsByArchitecture.get(architectureId) ?? [];
  const links = facts.filter(
    (fact) => fact.attribute === 'connection' && fact.variants.includes(variantId) && fact.text.includes(` to ${name}`),
  );
  // What the part serves is what its outage can take away, and the parts linked to it are what it can take down; the
  // answer says first that the effect itself is unstated.
  // Every part has a purpose in the layouts it is part of, so the answer always has one to give.
  const purpose = facts.find((fact) => fact.attribute === 'purpose' && fact.component === id && fact.variants.includes(variantId));
  if (!purpose) return null;
  const linked = links.length > 0 ? ` Parts that connect to it in archkb's model: ${links.map((fact) => fact.text).join('; ')}.` : '';
  return {
    kind: 'lookup',
    text: `The vendor documents archkb holds for ${label} do not say what an outage of ${name} does. What it serves, and so what an outage can take away: ${writeFact(purpose)}${linked}`,
    facts: [purpose, ...links],
    coverage: 0.6,
    strength: 0.6,
  };
}

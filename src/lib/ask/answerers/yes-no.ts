import { formatNecessity, resolveVariant, type ResolvedComponent } from '../../model/index.ts';
import { askVocabulary } from '../../model/index.ts';
import { chooseVariant, findComponentMatches, findIndexed, labelVariant, trimStop, type AnswerContext } from '../answer-context.ts';
import { tokenizeText } from '../normalize-question.ts';
import { listQueryTokens } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';
import { answerLookup } from './lookup.ts';

const survivalWords = new Set(['keep', 'continue', 'survive', 'running', 'operate', 'still', 'work'].flatMap((w) => tokenizeText(w)));
const outageWords = new Set(
  ['down', 'outage', 'fail', 'failure', 'unavailable', 'offline', 'lose', 'lost', 'crash', 'all', 'always', 'time', 'up'].flatMap((w) =>
    tokenizeText(w),
  ),
);
const negations = /\b(not|never|no|cannot|can't|isn't|aren't|doesn't|don't|unsupported)\b/i;
const contextWords = new Set(
  [
    'deployment',
    'deploy',
    'setup',
    'production',
    'install',
    'run',
    'self',
    'hosted',
    'managed',
    'kubernetes',
    'docker',
    'container',
    'cluster',
  ].flatMap((w) => tokenizeText(w)),
);
const necessityWords = new Set(
  [...askVocabulary.positiveNecessityCues, ...askVocabulary.negativeNecessityCues].flatMap((w) => tokenizeText(w)),
);

/** The facts of a component in the variant the answer speaks of. */
function factsOf(context: AnswerContext, architectureId: string, componentId: string): IndexedFact[] {
  return (context.index.factsByArchitecture.get(architectureId) ?? []).filter((fact) => fact.component === componentId);
}

/** "Yes" or "No" for a necessity level, given whether the question asks about needing it or about doing without it. */
function judgeNecessity(component: ResolvedComponent, askedOptional: boolean): { verdict: string; sure: boolean } {
  const level = component.necessity.level;
  const condition = component.necessity.condition ? ` (${trimStop(component.necessity.condition)})` : '';
  switch (level) {
    case 'required':
      return { verdict: askedOptional ? `No: it is required${condition}` : `Yes: it is required${condition}`, sure: true };
    case 'optional':
      return { verdict: askedOptional ? `Yes: it is optional${condition}` : `No: it is optional${condition}`, sure: true };
    case 'conditional':
      return {
        verdict: askedOptional
          ? `Yes, unless this applies: ${trimStop(component.necessity.condition ?? 'its condition')}`
          : `No, only conditionally: it is needed ${trimStop(component.necessity.condition ?? 'under a condition')}`,
        sure: false,
      };
    case 'recommended':
      return {
        verdict: askedOptional
          ? 'Yes, though the vendor recommends it'
          : 'No, not strictly: the vendor recommends it rather than requiring it',
        sure: false,
      };
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/**
 * Answers a yes/no question: about a component's necessity (polarity read from the question: "is X required" and
 * "can I skip X" get opposite answers), about surviving an outage of a component needed only at start-up, or, from
 * the best facts, with a yes or no read from whether the facts negate what is asked.
 */
export function answerYesNo(context: AnswerContext): Draft {
  const reading = context.reading;
  const tokens = new Set(reading.tokens);
  const [match] = findComponentMatches(context);
  const entry = match ? findIndexed(context, match.architectureId) : undefined;
  if (match && entry) {
    const variantId = chooseVariant(context, match.architectureId);
    const resolved = resolveVariant(entry.architecture, variantId);
    const component = resolved.components.find((c) => c.id === match.componentId);
    const label = labelVariant(context, match.architectureId, variantId);
    const facts = factsOf(context, match.architectureId, match.componentId);
    if (!component) {
      const present = entry.architecture.variants.filter((v) =>
        resolveVariant(entry.architecture, v.id).components.some((c) => c.id === match.componentId),
      );
      return {
        kind: 'yes-no',
        text: `No, not in ${label}: ${match.name} is part of ${present.map((v) => v.name).join(', ')} only.`,
        facts: facts.slice(0, 2),
        coverage: 0.8,
        strength: 0.8,
      };
    }
    const runtime = component.runtime;
    const asksOutage = [...tokens].some((t) => outageWords.has(t));
    if (runtime && asksOutage) {
      const survives = [...tokens].some((t) => survivalWords.has(t));
      const startupOnly = runtime.needed === 'startup-only';
      const verdict = startupOnly === survives ? 'Yes' : 'No';
      const detail = startupOnly
        ? `${label} needs ${component.name} only when containers or services start or restart, and keeps running through its outage at other times.`
        : `${label} depends on ${component.name} at all times.`;
      return {
        kind: 'yes-no',
        text: `${verdict}. ${detail}`,
        facts: facts.filter((f) => f.attribute === 'runtime' || f.attribute === 'note').slice(0, 3),
        coverage: 0.9,
        strength: 0.9,
      };
    }
    const asksNecessity = reading.attributes.has('necessity') || [...tokens].some((t) => necessityWords.has(t));
    // Words beyond the component's names and the necessity cues ("persistent", "network access") ask something else.
    const names = findIndexed(context, match.architectureId)?.components.get(match.componentId)?.tokens ?? new Set<string>();
    const residual = listQueryTokens(context.index, reading).filter((t) => !names.has(t) && !necessityWords.has(t) && !contextWords.has(t));
    if (asksNecessity && residual.length === 0) {
      const { verdict, sure } = judgeNecessity(component, reading.negativeNecessity && !reading.tokens.includes('always'));
      const necessity = facts.find((f) => f.attribute === 'necessity');
      const purpose = facts.find((f) => f.attribute === 'purpose');
      const text =
        `${verdict}. In ${label}, ${component.name} is ${formatNecessity(component.necessity.level).toLowerCase()}${component.necessity.basis === 'inferred' ? ' (read from how the vendor lays out its list; the text does not say so in words)' : ''}. ${purpose ? `It ${trimStop(purpose.text).replace(/^[A-Z]/, (c) => c.toLowerCase())}.` : ''}`.trim();
      return {
        kind: 'yes-no',
        text,
        facts: [necessity, purpose].filter((f): f is IndexedFact => f !== undefined),
        coverage: sure ? 0.9 : 0.75,
        strength: sure ? 0.9 : 0.7,
      };
    }
  }
  const lookup = answerLookup(context);
  if (!lookup.text || lookup.facts.length === 0) return { ...lookup, kind: 'yes-no' };
  const best = lookup.facts[0] as IndexedFact;
  const questionNegates = negations.test(reading.text);
  const factNegates = best.attribute === 'incompatibility' || negations.test(best.text);
  const optionLike = best.kind === 'option';
  const verdict = optionLike ? 'Yes' : factNegates === questionNegates ? 'Yes' : 'No';
  return { ...lookup, kind: 'yes-no', text: `${verdict}. ${lookup.text}`, strength: lookup.strength * 0.85 };
}

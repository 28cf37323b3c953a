import type { Setting } from '../../../schemas/setting.ts';
import { askVocabulary } from '../../model/index.ts';
import { isHowMany, stopwords, tokenizeText } from '../normalize-question.ts';
import type { NumberMention, Reading } from '../types.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';

/** A count times a per-instance setting, as the sentence and the component it rests on. */
export interface SettingProduct {
  text: string;
  component: string;
}

/** Whether a setting's text says its value holds for each instance ("jobs one worker instance processes at once"). */
function isPerInstance(setting: Setting): boolean {
  // Stryker disable next-line StringLiteral: an empty text and a stand-in text both lack an instance word.
  return /\b(?:per|each|one)\b[^.;]*?\b(?:instance|replica|pod|worker|node|container|task|process)\b/i.test(setting.text ?? '');
}

/** How many words before a number the setting's name may end ("CONCURRENCY set to 10" is three). */
const SET_WINDOW = 4;

const questionWords = new Set(askVocabulary.questionWords.flatMap((word) => tokenizeText(word)));

/** The words after a number up to the question that follows it ("10 concurrent jobs — how many …" gives "concurrent jobs"). */
function readDescription(tokens: readonly string[], position: number): string[] {
  const after = tokens.slice(position + 1);
  const end = after.findIndex((token) => questionWords.has(token));
  return end === -1 ? after : after.slice(0, end);
}

/** How many content words after a number set to may say what it counts ("10 concurrent workflow jobs"). */
const DESCRIBED_WORDS = 3;

const conditionWords = new Set(askVocabulary.outcomeCues.conditions.flatMap((word) => tokenizeText(word)));
const defaultWords = new Set(askVocabulary.scopeCues.default.flatMap((word) => tokenizeText(word)));
const valueVerbs = new Set(askVocabulary.valueVerbs.flatMap((word) => tokenizeText(word)));
const referringWords = new Set(askVocabulary.referringWords.flatMap((word) => tokenizeText(word)));
const passiveLinkWords = new Set(askVocabulary.passiveLinkWords.flatMap((word) => tokenizeText(word)));
const toWords = new Set(tokenizeText('to'));
const unsetWords = new Set(askVocabulary.unsetVerbs.flatMap((word) => tokenizeText(word)));
const negationTokens = new Set(askVocabulary.negationWords.flatMap((word) => tokenizeText(word)));

/** Whether the question's last condition leaves the setting at its default ("… if the frob limit stays at its default"). */
function leavesDefault(reading: Reading, name: ReadonlySet<string>): boolean {
  const at = reading.tokens.findLastIndex((token) => conditionWords.has(token));
  const condition = at >= 0 ? reading.tokens.slice(at) : [];
  return condition.some((token) => defaultWords.has(token)) && condition.some((token) => name.has(token) && !defaultWords.has(token));
}

/**
 * The number the question sets a setting to ("CONCURRENCY=10"): one whose preceding words are the setting's name; none
 * when a condition leaves the setting at its default.
 */
function readSetValue(subject: ComputeSubject, setting: Setting, numbers: readonly NumberMention[], count: number): number | null {
  const reading: Reading = subject.context.reading;
  // The product's own name inside a setting's ("PRODUCT_CONCURRENCY") does not mark a number as that setting's value.
  const name = new Set(tokenizeText(setting.name).filter((token) => !stopwords.has(token) && !subject.entry.nameTokens.has(token)));
  if (leavesDefault(reading, name)) return null;
  // "Set it to 10", "with it set to 10" and "if it gets set to 10" give the setting the question names elsewhere (or, in
  // a second question, the one the first named) its value.
  const refersBack = (position: number) => {
    const [linked, first, second, to] = [4, 3, 2, 1].map((back) => reading.tokens[position - back] ?? '');
    const setsIt =
      (valueVerbs.has(first ?? '') && referringWords.has(second ?? '')) ||
      (referringWords.has(first ?? '') && valueVerbs.has(second ?? '')) ||
      (referringWords.has(linked ?? '') && passiveLinkWords.has(first ?? '') && valueVerbs.has(second ?? ''));
    return setsIt && toWords.has(to ?? '');
  };
  // "Each set to 10 concurrent jobs": a number set to, followed by words of what the setting counts, is its value.
  const described = new Set(
    tokenizeText(`${setting.name} ${setting.text ?? ''}`).filter((token) => !stopwords.has(token) && !subject.entry.nameTokens.has(token)),
  );
  const setsDescribed = (position: number) =>
    valueVerbs.has(reading.tokens[position - 2] ?? '') &&
    toWords.has(reading.tokens[position - 1] ?? '') &&
    readDescription(reading.tokens, position)
      .filter((token) => !stopwords.has(token))
      .slice(0, DESCRIBED_WORDS)
      .some((token) => described.has(token));
  const set = numbers.find(
    (number) =>
      !number.negative &&
      number.value !== count &&
      (reading.tokens.slice(Math.max(0, number.position - SET_WINDOW), number.position).some((token) => name.has(token)) ||
        refersBack(number.position) ||
        setsDescribed(number.position)),
  );
  return set ? set.value : null;
}

/**
 * "3 workers at a concurrency of 10 each: jobs in flight?": when the question counts copies of one component and
 * asks for something a per-instance setting of that component gives, the answer is the count times the setting (the
 * value the question sets, else the stated default). Null when no per-instance setting matches what is asked.
 */
export function multiplySetting(
  subject: ComputeSubject,
  targets: readonly Target[],
  counts: ReadonlyMap<string, number>,
  query: readonly string[],
  numbers: readonly NumberMention[],
): SettingProduct | null {
  if (counts.size !== 1) return null;
  // Stryker disable next-line ArrayDeclaration: counts holds exactly one entry here, so the default is never taken.
  const [[componentId, count] = []] = [...counts];
  const component = subject.resolved.components.find((c) => c.id === componentId);
  if (!component || count === undefined) return null;
  const names = new Set(targets.flatMap((target) => target.hits));
  const asked = new Set(query.filter((token) => !names.has(token)));
  let best: { setting: Setting; hits: number } | null = null;
  // "Set as in the examples": a standing the question names (example, recommended) is the value meant, before the default.
  const named = new Set<string>(subject.context.reading.scopes);
  const rank = (setting: Setting) => (named.has(setting.status) ? 2 : setting.status === 'default' ? 1 : 0);
  // Stryker disable next-line ArrayDeclaration: a stand-in entry has no text, so it is skipped as not per instance, like no entry.
  const settings = component.settings ?? [];
  // Another value of a per-instance setting ("the value in the examples") is per instance too, and its words are the setting's.
  const perInstance = new Set(settings.filter(isPerInstance).map((setting) => setting.name));
  const textOf = (name: string) =>
    settings
      .filter((setting) => setting.name === name && isPerInstance(setting))
      .map((setting) => setting.text ?? '')
      .join(' ');
  for (const setting of settings) {
    if (!perInstance.has(setting.name) || !Number.isFinite(Number(setting.value.replace(/,/g, '')))) continue;
    // Stryker disable next-line MethodExpression,StringLiteral: asked words hold no stopword, and a per-instance setting always has text.
    const words = new Set(tokenizeText(`${setting.name} ${textOf(setting.name)}`).filter((token) => !stopwords.has(token)));
    const hits = [...asked].filter((token) => words.has(token)).length;
    // The default is what runs unless set; an example value stands in when the question names it or nothing else matches as well.
    const better = !best || hits > best.hits || (hits === best.hits && rank(setting) > rank(best.setting));
    if (hits >= 2 && better) best = { setting, hits };
  }
  if (!best) return null;
  const reading: Reading = subject.context.reading;
  const set = readSetValue(subject, best.setting, numbers, count);
  const value = set ?? Number(best.setting.value.replace(/,/g, ''));
  // Set by the question, the stated value is still worth knowing: it is what runs when the setting is left alone.
  // Left alone, the value's standing ("the default value of …") sits next to the figure it qualifies.
  const source =
    set !== null
      ? `${best.setting.name} per ${component.name} instance, as the question sets it; its ${best.setting.status} value is ${best.setting.value}`
      : `the ${best.setting.status} value of ${best.setting.name} per ${component.name} instance`;
  const total = count * value;
  // "… and how many if we leave it at its default?" or "… if we do not set it?": the question sets the value and asks
  // what runs without it too, which is the default, even when the example's value was the one matched.
  const chosen = best.setting;
  const standing = chosen.status === 'default' ? chosen : settings.find((s) => s.name === chosen.name && s.status === 'default');
  const fallback = Number(standing?.value.replace(/,/g, '') ?? Number.NaN);
  const notSet = reading.tokens.some(
    (token, at) => valueVerbs.has(token) && reading.tokens.slice(Math.max(0, at - 2), at).some((before) => negationTokens.has(before)),
  );
  const asksDefault =
    set !== null &&
    Number.isFinite(fallback) &&
    (notSet || reading.tokens.some((token) => defaultWords.has(token) || unsetWords.has(token)));
  const unset = asksDefault
    ? ` At its default value: ${count.toLocaleString('en-US')} × ${fallback.toLocaleString('en-US')} = ${(count * fallback).toLocaleString('en-US')}.`
    : '';
  return {
    text: `${subject.label}: ${count.toLocaleString('en-US')} × ${value.toLocaleString('en-US')} (${source}) = ${total.toLocaleString('en-US')}.${unset}`,
    component: component.id,
  };
}

/** Content words after an amount that may say what it counts ("12 batch runs in parallel"). */
const AMOUNT_WORDS = 4;

/**
 * "12 batch runs in parallel: how many runners?": when the question gives an amount that a per-instance setting of a
 * target counts (the words after the amount are the setting's, not the target's name) and asks how many of the target,
 * the answer is the amount over the setting's value (the one the question sets, else the stated default), rounded up.
 */
export function divideBySetting(
  subject: ComputeSubject,
  targets: readonly Target[],
  numbers: readonly NumberMention[],
): SettingProduct | null {
  const reading: Reading = subject.context.reading;
  const named = new Set<string>(reading.scopes);
  const rank = (setting: Setting) => (named.has(setting.status) ? 2 : setting.status === 'default' ? 1 : 0);
  for (const target of targets) {
    const names = new Set([...target.hits, ...tokenizeText(target.name)]);
    // "How many workers", or a count of instances read from "replicas": the question asks how many of the target.
    const asksCount =
      reading.resources.includes('nodes') ||
      reading.tokens.some(
        (_, at) => isHowMany(reading.tokens, at) && reading.tokens.slice(at + 2, at + 4).some((next) => target.hits.includes(next)),
      );
    if (!asksCount) continue;
    const component = subject.resolved.components.find((c) => target.components.includes(c.id));
    const settings = (component?.settings ?? []).filter(
      (setting) => isPerInstance(setting) && Number.isFinite(Number(setting.value.replace(/,/g, ''))),
    );
    for (const number of numbers) {
      if (number.negative || number.unit !== undefined || number.measure !== undefined || number.value <= 0) continue;
      const counted = readDescription(reading.tokens, number.position)
        .filter((token) => !stopwords.has(token) && !subject.entry.nameTokens.has(token))
        .slice(0, AMOUNT_WORDS);
      // "3 workers" counts copies of the target, which the product of a setting answers instead.
      if (counted.some((token) => names.has(token))) continue;
      const matching = settings
        .map((setting) => {
          const words = new Set(tokenizeText(`${setting.name} ${setting.text ?? ''}`).filter((token) => !stopwords.has(token)));
          return { setting, hits: counted.filter((token) => words.has(token)).length };
        })
        .filter(({ hits }) => hits >= 2)
        .sort((a, b) => b.hits - a.hits || rank(b.setting) - rank(a.setting));
      const best = matching[0]?.setting;
      if (!component || !best) continue;
      const set = readSetValue(subject, best, numbers, number.value);
      const value = set ?? Number(best.value.replace(/,/g, ''));
      if (!(value > 0)) continue;
      const amount = number.value;
      const exact = amount / value;
      const count = Math.ceil(exact);
      const source =
        set !== null
          ? `${best.name} per ${component.name} instance, as the question sets it`
          : `the ${best.status} value of ${best.name} per ${component.name} instance`;
      const division = Number.isInteger(exact)
        ? `${amount.toLocaleString('en-US')} ÷ ${value.toLocaleString('en-US')} (${source}) = ${count.toLocaleString('en-US')}`
        : `${amount.toLocaleString('en-US')} ÷ ${value.toLocaleString('en-US')} (${source}) = ${exact.toLocaleString('en-US', { maximumFractionDigits: 2 })}, rounded up to ${count.toLocaleString('en-US')}`;
      return { text: `${subject.label}: ${division} ${component.name} instances.`, component: component.id };
    }
  }
  return null;
}

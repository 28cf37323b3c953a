import type { Setting } from '../../../schemas/setting.ts';
import { askVocabulary } from '../../model/index.ts';
import { stopwords, tokenizeText } from '../normalize-question.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';

/** Words for a bound ("minimum", "max"): a setting named for the bound asked is more to the point than a plain count. */
export const boundWords: Record<'min' | 'max', ReadonlySet<string>> = {
  min: new Set(askVocabulary.extremeCues.min.flatMap((word) => tokenizeText(word))),
  max: new Set(askVocabulary.extremeCues.max.flatMap((word) => tokenizeText(word))),
};
const anyBound = new Set([...boundWords.min, ...boundWords.max]);
/** Words that count copies ("pods", "replicas", "instances"): any of them in the question matches any in a setting's name. */
const copyWords = new Set(askVocabulary.countNouns.flatMap((word) => tokenizeText(word)));

/** A sum of one numeric setting over the named components, as the sentence and the components it rests on. */
export interface SettingSum {
  text: string;
  components: string[];
}

/**
 * Sums a numeric setting across the named components ("the maximum replicas of apps, worker and proxy"): for each, the
 * numeric setting whose name shares the most words with what the question asks beyond the component names, one naming
 * the bound asked and then fewest unasked words breaking ties. Only answers when that setting matches at least two of the question's words, so a bare
 * "replicas" is left to the stated node counts.
 */
export function sumSettings(subject: ComputeSubject, targets: readonly Target[], query: readonly string[]): SettingSum | null {
  const components = subject.resolved.components.filter((component) =>
    targets.some((target) => target.kind === 'component' && target.id === component.id),
  );
  // Stryker disable next-line ConditionalExpression: fewer than two components give fewer than two picks, which return null below.
  if (components.length < 2) return null;
  const names = new Set(targets.flatMap((target) => target.hits));
  const asked = new Set(query.filter((token) => !names.has(token)));
  const picks: { component: string; name: string; setting: Setting; value: number }[] = [];
  for (const component of components) {
    const own = new Set(tokenizeText(`${component.name} ${component.id.replace(/-/g, ' ')}`));
    let best: { setting: Setting; hits: number; bounds: number; extra: number; value: number } | null = null;
    for (const setting of component.settings ?? []) {
      const value = Number(setting.value.replace(/,/g, ''));
      if (!Number.isFinite(value) || setting.value.trim() === '') continue;
      const words = [...new Set(tokenizeText(setting.name))].filter((token) => !stopwords.has(token) && !own.has(token));
      const asksCopies = [...asked].some((token) => copyWords.has(token));
      // "The most pods" asks for a setting named for the maximum, as any word of one bound matches any other of it.
      const asksBound = (bound: 'min' | 'max', token: string) =>
        boundWords[bound].has(token) && [...asked].some((word) => boundWords[bound].has(word));
      const matched = words.filter(
        (token) => asked.has(token) || (asksCopies && copyWords.has(token)) || asksBound('max', token) || asksBound('min', token),
      );
      const hits = matched.length;
      const bounds = matched.filter((token) => anyBound.has(token)).length;
      // Stryker disable next-line ArithmeticOperator: extra only breaks ties of equal hits, where adding or taking them orders alike.
      const extra = words.length - hits;
      const better =
        !best || hits > best.hits || (hits === best.hits && (bounds > best.bounds || (bounds === best.bounds && extra < best.extra)));
      if (hits > 0 && better) best = { setting, hits, bounds, extra, value };
    }
    if (best && best.hits >= 2) picks.push({ component: component.id, name: component.name, setting: best.setting, value: best.value });
  }
  if (picks.length < 2) return null;
  const total = picks.reduce((sum, pick) => sum + pick.value, 0);
  const terms = picks.map((pick) => `${pick.value.toLocaleString('en-US')} (${pick.setting.name})`).join(' + ');
  return { text: `${subject.label}: ${terms} = ${total.toLocaleString('en-US')}.`, components: picks.map((pick) => pick.component) };
}

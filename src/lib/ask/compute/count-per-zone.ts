import { askVocabulary, formatCount } from '../../model/index.ts';
import { tokenizeText } from '../normalize-question.ts';
import type { NumberMention } from '../types.ts';
import type { ComputeSubject } from './compute-subject.ts';

/** A count of groups repeated in every zone, as the answer's sentence, with the ids of the groups counted. */
export interface ZoneCount {
  text: string;
  groups: string[];
}

/** "Of those, how many face the internet": a part of the whole the question counts first. */
const subsetPattern = new RegExp(`\\b(?:${askVocabulary.subsetPhrases.join('|')})\\b`, 'i');

/** Whether a question asks for a part of a whole it counts ("and of those, which face the internet"). */
export function asksSubset(text: string): boolean {
  return subsetPattern.test(text);
}

/** A group's label without its parenthesis ("Public subnet (one per zone)" gives "Public subnet"). */
const nameOf = (label: string) => label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/**
 * "How many subnets across 4 zones": the groups the question names that sit once in every availability zone, times the
 * zones it gives ("4 AZs") or else the variant's stated minimum. Null when it names no such group or no zone count is known.
 */
export function countPerZone(
  subject: ComputeSubject,
  tokens: readonly string[],
  numbers: readonly NumberMention[],
  zoneToken: string,
  text: string,
): ZoneCount | null {
  const asked = new Set(tokens.filter((token) => token !== zoneToken));
  // The groups that share the most words with the question: "public subnets" is the public one, "subnets" both.
  const scored = subject.resolved.groups
    .filter((group) => group.perZone)
    .map((group) => ({ group, hits: tokenizeText(nameOf(group.label)).filter((token) => asked.has(token)).length }));
  const most = Math.max(0, ...scored.map((entry) => entry.hits));
  const named = most === 0 ? [] : scored.filter((entry) => entry.hits === most).map((entry) => entry.group);
  if (named.length === 0) return null;
  const given = numbers.find(
    (number) =>
      !number.negative && number.unit === undefined && Number.isInteger(number.value) && tokens[number.position + 1] === zoneToken,
  );
  const zones = given?.value ?? subject.resolved.variant.availabilityZones?.min;
  if (zones === undefined || zones < 1) return null;
  const across = given
    ? `across ${formatCount(zones)} availability zones`
    : `across its ${formatCount(zones)} availability zones (the vendor recommends at least ${formatCount(zones)})`;
  // "All subnets in total, and of those the internet-facing ones": the whole (every group sharing a word) comes first.
  const sharing = scored.filter((entry) => entry.hits > 0).map((entry) => entry.group);
  const whole = asksSubset(text) && sharing.length > named.length ? sharing : named;
  const writeSum = (groups: typeof named) => {
    const terms = groups.map((group) => `${formatCount(zones)} × ${nameOf(group.label)}`);
    // The total in the question's own word for the groups ("subnets"), when it writes the labels' noun; a verb made from
    // it ("subnetted") gives way to the noun.
    const shared = (word: string) =>
      tokenizeText(word).some((token) => asked.has(token) && groups.every((group) => tokenizeText(group.label).includes(token)));
    const written = (text.match(/[\p{L}\p{N}-]+/gu) ?? []).findLast(shared);
    const labelWord = nameOf(groups[0]?.label ?? '')
      .split(/\s+/)
      .findLast((word) => written !== undefined && tokenizeText(word).some((token) => tokenizeText(written).includes(token)));
    const base = labelWord?.toLowerCase();
    const noun = written && base && ![base, `${base}s`, `${base}es`].includes(written.toLowerCase()) ? `${base}s` : written;
    return groups.length > 1 ? `${terms.join(' + ')} = ${formatCount(zones * groups.length)}${noun ? ` ${noun}` : ''}` : (terms[0] ?? '');
  };
  const part = whole === named ? '' : `; of them, ${writeSum(named)}`;
  return {
    text: `${subject.label} ${across}, one of each per zone: ${writeSum(whole)}${part}.`,
    groups: whole.map((group) => group.id),
  };
}

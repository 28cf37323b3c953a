import { formatCount, formatScope, resourceLabels, type SizingResource } from '../../model/index.ts';
import { stopwords, tokenizeText } from '../normalize-question.ts';
import type { Reading } from '../types.ts';
import type { ComputeSubject } from './compute-subject.ts';
import { formatInStatedUnit } from './format-exact.ts';
import { readFigure } from './sum-figures.ts';

/** A part label naming what a figure was measured with ("job store (600 queued jobs)"): the count and its noun. */
const measuredPart = /\((\d{1,3}(?:,\d{3})+|\d+)\s+([\p{L}][^()]*)\)\s*$/u;

/** The resources a measured figure may give, in the order an answer names them. */
const measuredResources = ['storageGiB', 'memoryGiB', 'vcpu', 'iops'] as const satisfies readonly SizingResource[];

/** A measured figure scaled to the count the question gives: the text that works it out and the part it belongs to. */
export interface ScaledFigure {
  text: string;
  component: string;
  /** The measured part's label, which the fact stating the figure opens with. */
  part: string;
}

/**
 * "What would 1,800 queued jobs take, by the test?" of a figure measured with a stated count of the same things ("job
 * store (600 queued jobs): 2.5GB"): the figure scaled in proportion, said to be an
 * extrapolation. Null unless the question gives one count followed by the words of the measured thing, and asks a
 * resource the entry states (or names none and the entry states one).
 */
export function scaleMeasuredFigure(subject: ComputeSubject, reading: Reading): ScaledFigure | null {
  const given = reading.numbers.filter((number) => !number.unit && !number.negative && number.value > 0);
  const owners = [...subject.resolved.hosts, ...subject.resolved.components];
  for (const owner of owners) {
    for (const entry of owner.requirements ?? []) {
      const match = entry.part ? measuredPart.exec(entry.part) : null;
      const [, digits = '', things = ''] = match ?? [];
      const measured = Number(digits.replace(/,/g, ''));
      const nounTokens = tokenizeText(things).filter((token) => !stopwords.has(token));
      if (!match || measured <= 0 || nounTokens.length === 0) continue;
      // The count must be of the measured things: their words follow it ("1,800 queued jobs").
      const asked = given.find((number) => {
        const following = reading.tokens
          .slice(number.position + 1)
          .filter((token) => !stopwords.has(token))
          .slice(0, nounTokens.length);
        return nounTokens.every((token) => following.includes(token));
      });
      if (!asked || asked.value === measured) continue;
      const stated = measuredResources.filter((resource) => readFigure(entry, resource, 'request') !== null);
      const wanted = reading.resources.length > 0 ? stated.filter((resource) => reading.resources.includes(resource)) : stated;
      const [resource] = wanted;
      const amount = resource ? readFigure(entry, resource, 'request') : null;
      if (!resource || !amount || wanted.length !== 1) continue;
      const ratio = asked.value / measured;
      const result = formatInStatedUnit(resource, { low: amount.low * ratio, high: amount.high * ratio }, [amount.text]);
      const noun = resourceLabels[resource].noun;
      // "2.5GB of storage", but "2 vCPU" and "300 IOPS", whose figures already say what they measure.
      const figure = /^[\d.,]+$/.test(amount.text.trim())
        ? `${amount.text} ${noun}`
        : amount.text.toLowerCase().includes(noun.toLowerCase())
          ? amount.text
          : `${amount.text} of ${noun}`;
      const what = entry.part?.replace(measuredPart, '').trim() ?? owner.name;
      return {
        text:
          `${subject.label}: ${owner.name}: the vendor's figure is ${figure} for ` +
          `${formatCount(measured)} ${things.trim()} (${what}, ${formatScope(entry.scope)}). In proportion, ` +
          `${formatCount(asked.value)} ÷ ${formatCount(measured)} × ${amount.text} = ${result}: a straight-line extrapolation ` +
          `from that one measurement, not a figure the vendor states.`,
        component: owner.id,
        part: entry.part ?? owner.name,
      };
    }
  }
  return null;
}

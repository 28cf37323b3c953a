import type { Interval } from '../../../schemas/quantity.ts';
import { formatLoad } from '../../model/index.ts';
import { computeSizing, isValidLoad, type SizingResult } from '../../sizing/index.ts';
import type { NumberMention } from '../types.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';
import { formatExact } from './format-exact.ts';

/** How much load a budget of one resource holds, as the answer's sentence and the component ids it rests on. */
export interface Capacity {
  text: string;
  components: string[];
}

/** The largest load this search reports; beyond it the answer says "more than". */
const CEILING = 10_000_000;

/** The amount of the budget's resource the sizing needs at a load, on one side, for the components counted. */
function measure(
  result: SizingResult,
  resource: 'vcpu' | 'memoryGiB',
  side: 'request' | 'limit',
  ids: ReadonlySet<string>,
): Interval | null {
  if (ids.size === 0) return side === 'request' ? result.totals[resource] : result.limitTotals[resource];
  let total: Interval | null = null;
  for (const row of result.components) {
    if (!ids.has(row.id)) continue;
    const value = side === 'request' ? row.amounts[resource] : row.limits[resource];
    if (value) total = total ? { low: total.low + value.low, high: total.high + value.high } : value;
  }
  return total;
}

/**
 * "How many workspaces can 100 GiB of memory hold?": the largest whole load of one driver at which the sizing (of the
 * components named, else the whole deployment) stays within a size or CPU the question gives, by requests and by
 * limits, using the high end of any stated range. Null when no budget, no single driver, or nothing grows with the load.
 */
export function findCapacity(
  subject: ComputeSubject,
  targets: readonly Target[],
  numbers: readonly NumberMention[],
  driverId: string | null,
): Capacity | null {
  const budget = numbers.find((number) => !number.negative && number.canonical !== undefined && number.measure !== undefined);
  const drivers = subject.entry.architecture.loadDrivers;
  const driver = drivers.find((d) => d.id === driverId) ?? (drivers.length === 1 ? drivers[0] : undefined);
  if (!budget || budget.canonical === undefined || !driver) return null;
  const resource = budget.measure === 'cpu' ? 'vcpu' : 'memoryGiB';
  const amount = budget.canonical;
  const ids = new Set(targets.flatMap((target) => target.components));
  const size = (load: number) =>
    computeSizing(subject.entry.architecture, subject.resolved.variant.id, { loads: { [driver.id]: load }, cloud: 'self-managed' });
  const sides = (['request', 'limit'] as const).flatMap((side) => {
    const at = (load: number) => measure(size(load), resource, side, ids)?.high ?? null;
    const base = at(0);
    // Growth is read at the largest load searched, not at 1: a head-room limit ("the request minus 256 MB") stays at 0
    // until the request passes what it subtracts, yet grows with the load after that.
    const top = at(CEILING);
    // Nothing of this resource is stated on this side, or it does not grow with the load: no capacity to find.
    if (base === null || top === null || top <= base) return [];
    if (base > amount) return [{ side, load: -1 }];
    let low = 0;
    let high = 1;
    while (high < CEILING && (at(high) ?? Infinity) <= amount) {
      low = high;
      high *= 2;
    }
    if (high >= CEILING && (at(CEILING) ?? Infinity) <= amount) return [{ side, load: CEILING }];
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if ((at(middle) ?? Infinity) <= amount) low = middle;
      else high = middle;
    }
    return [{ side, load: low }];
  });
  const [first] = sides;
  if (!first || !isValidLoad(Math.max(0, first.load))) return null;
  const counted = size(1).components.filter((row) => (ids.size === 0 ? row.counted : ids.has(row.id)));
  const scope = ids.size === 0 ? 'the whole deployment' : counted.map((row) => row.name).join(' and ');
  const noun = resource === 'vcpu' ? 'CPU' : 'memory';
  const budgetText = formatExact(resource, { low: amount, high: amount });
  const phrases = sides.map(({ side, load }) => {
    const by = `by ${noun} ${side === 'request' ? 'requests' : 'limits'}`;
    if (load < 0) return `none ${by} (even with no load it needs more)`;
    const prefix = load >= CEILING ? 'more than ' : 'up to ';
    return `${prefix}${formatLoad(driver, load)} ${by}`;
  });
  return {
    text: `${subject.label}: ${resource === 'vcpu' ? budgetText : `${budgetText} of memory`} for ${scope} holds ${phrases.join(' and ')}, by the vendor's sizing rules (the high end of any stated range).`,
    components: counted.map((row) => row.id),
  };
}

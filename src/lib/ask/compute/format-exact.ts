import { convertToGiB, type Interval, type SizeUnit } from '../../../schemas/quantity.ts';
import type { SizingResource } from '../../model/index.ts';

/** A number with thousands separators and at most the given decimals. */
function formatDigits(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toLocaleString('en-US', { maximumFractionDigits: digits });
}

/**
 * A number with thousands separators and at most two decimals, one from 100 up, as vendors write such totals
 * ("16.25", "158.3", "2,701.1"); from 10 up, a figure whose second decimal counts is written to one decimal first,
 * as a vendor rounds a total ("85.3 (85.29 unrounded)"), so a reader matches either.
 */
function formatNumber(value: number, unit: string): string {
  const size = Math.abs(value);
  if (size >= 100) return `${formatDigits(value, 1)} ${unit}`;
  const exact = `${formatDigits(value, 2)} ${unit}`;
  const rounded = `${formatDigits(value, 1)} ${unit}`;
  return size >= 10 && rounded !== exact ? `${rounded} (${exact} unrounded)` : exact;
}

/** One amount of a resource: "258.2 vCPU", "12.5 GiB", "85.3 GiB (85.29 GiB unrounded)", "832 MiB", "3 nodes". */
function formatOne(resource: SizingResource, value: number): string {
  switch (resource) {
    case 'nodes':
      return formatNumber(value, value === 1 ? 'node' : 'nodes');
    case 'vcpu':
      return formatNumber(value, 'vCPU');
    case 'memoryGiB':
    case 'storageGiB':
      return value !== 0 && value < 1 ? formatNumber(value * 1024, 'MiB') : formatNumber(value, 'GiB');
    case 'iops':
      return `${Math.round(value).toLocaleString('en-US')} IOPS`;
    default: {
      const unreachable: never = resource;
      return unreachable;
    }
  }
}

/**
 * An amount (or range) of a resource for a computed answer. Sizing pages round to three significant digits; an answer
 * to "what is the total" keeps four at least (two decimals, one from 100 up) so the reader can check the sum.
 */
export function formatExact(resource: SizingResource, value: Interval): string {
  return value.low === value.high
    ? formatOne(resource, value.low)
    : `${formatOne(resource, value.low)} to ${formatOne(resource, value.high)}`;
}

/** A CPU figure the vendor writes in cores ("1 core", "4 CPU cores"). */
const coreText = /^[\d.,]+\s*(?:cpu\s+)?cores?$/i;

/** Whether every CPU figure an amount rests on is written in cores, so the amount is given in cores too. */
export function writesCores(stated: readonly string[]): boolean {
  return stated.length > 0 && stated.every((text) => coreText.test(text.trim()));
}

/** A CPU amount in cores, as the vendor counts them: "3 cores", "1 core", "2 to 4 cores". */
function formatCores(value: Interval): string {
  const unit = (amount: number) => (amount === 1 ? 'core' : 'cores');
  return value.low === value.high
    ? formatNumber(value.low, unit(value.low))
    : `${formatDigits(value.low, Math.abs(value.low) >= 100 ? 1 : 2)} to ${formatNumber(value.high, unit(value.high))}`;
}

/** Units written like decimal ones ("16GB") that archkb reads as binary; binary-written figures are already shown in binary units. */
const decimalStyleUnits: ReadonlySet<string> = new Set<SizeUnit>(['kB', 'KB', 'MB', 'GB', 'TB']);

/**
 * An amount in the unit the vendor wrote its figures in, when every figure it rests on is a size written in a
 * decimal-style unit ("4GB per 100 requests" gives "16 GB", read as archkb reads GB; "4GB + 512MB" gives "4.5 GB", the
 * largest unit written), else as formatExact writes it; a reader checks the result against the figures as written.
 */
export function formatInStatedUnit(resource: SizingResource, value: Interval, stated: readonly string[]): string {
  if (resource === 'vcpu') return writesCores(stated) ? formatCores(value) : formatExact(resource, value);
  if (resource !== 'memoryGiB' && resource !== 'storageGiB') return formatExact(resource, value);
  const units = [...new Set(stated.map((text) => /^[\d.,]+\s*([A-Za-z]+)$/.exec(text.trim())?.[1]))];
  if (units.length === 0 || !units.every((unit) => unit !== undefined && decimalStyleUnits.has(unit))) return formatExact(resource, value);
  const unit = (units as SizeUnit[]).reduce((largest, each) => (convertToGiB(1, each) > convertToGiB(1, largest) ? each : largest));
  const factor = convertToGiB(1, unit);
  // Stryker disable next-line ObjectLiteral: toFixed(2) already leaves at most two decimals, under the default of three.
  const write = (amount: number) => Number(amount.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 });
  const written = (scale: number, name: string) =>
    value.low === value.high
      ? `${write(value.low / factor / scale)} ${name}`
      : `${write(value.low / factor / scale)} to ${write(value.high / factor / scale)} ${name}`;
  // "30 kB per user" at 400,000 users is 12,000,000 kB: a reader checks it as 12 GB, a step of 1,000 per unit as the
  // vendor writes them, so a figure of five digits or more in its unit is also given in the unit it reaches.
  const steps = value.low / factor >= 10_000 ? decimalSteps.slice(decimalSteps.indexOf(unit.toUpperCase()) + 1) : [];
  let scale = 1;
  let reached = '';
  for (const next of steps) {
    // Compared as written (two decimals), so 999,999 kB, which writes as 1,000 MB, steps on to 1 GB.
    if (Number((value.low / factor / (scale * 1000)).toFixed(2)) < 1) break;
    scale *= 1000;
    reached = next;
  }
  return reached ? `${written(scale, reached)} (${written(1, unit)})` : written(1, unit);
}

/** The decimal-style units in order, each 1,000 of the one before as the vendor writes them. */
const decimalSteps = ['KB', 'MB', 'GB', 'TB'];

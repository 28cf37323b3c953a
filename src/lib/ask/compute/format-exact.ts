import type { Interval } from '../../../schemas/quantity.ts';
import type { SizingResource } from '../../model/index.ts';

/** A number with at most two decimals and thousands separators, so arithmetic stays checkable ("258.2", "2,701.1"). */
function formatNumber(value: number): string {
  return Number(value.toFixed(2)).toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** One amount of a resource, exact to two decimals: "258.2 vCPU", "12.5 GiB", "832 MiB", "3 nodes". */
function formatOne(resource: SizingResource, value: number): string {
  switch (resource) {
    case 'nodes':
      return `${formatNumber(value)} ${value === 1 ? 'node' : 'nodes'}`;
    case 'vcpu':
      return `${formatNumber(value)} vCPU`;
    case 'memoryGiB':
    case 'storageGiB':
      return value !== 0 && value < 1 ? `${formatNumber(value * 1024)} MiB` : `${formatNumber(value)} GiB`;
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
 * to "what is the total" keeps two decimals so the reader can check the sum.
 */
export function formatExact(resource: SizingResource, value: Interval): string {
  return value.low === value.high
    ? formatOne(resource, value.low)
    : `${formatOne(resource, value.low)} to ${formatOne(resource, value.high)}`;
}

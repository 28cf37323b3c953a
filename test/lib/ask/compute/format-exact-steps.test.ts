import { describe, expect, it } from 'vitest';
import { formatInStatedUnit } from '../../../../src/lib/ask/compute/format-exact.ts';

// archkb reads a vendor's MB as MiB and its kB as KiB: 1 MB is 1/1024 GiB, 1 kB is 1/1024² GiB.
const mb = (count: number) => ({ low: count / 1024, high: count / 1024 });
const kb = (count: number) => ({ low: count / 1024 ** 2, high: count / 1024 ** 2 });

describe('formatInStatedUnit: the unit a large figure reaches', () => {
  it('gives exactly 10,000 of the unit in the next unit too, and 9,999 in its own only', () => {
    expect(formatInStatedUnit('memoryGiB', mb(10_000), ['1 MB'])).toBe('10 GB (10,000 MB)');
    expect(formatInStatedUnit('memoryGiB', mb(9_999), ['1 MB'])).toBe('9,999 MB');
  });

  it('steps on to a unit the figure reaches exactly once (1,000,000 kB is 1 GB)', () => {
    expect(formatInStatedUnit('memoryGiB', kb(1_000_000), ['2 kB'])).toBe('1 GB (1,000,000 kB)');
  });

  it('steps on when the figure writes as one of the next unit, so 999,999 kB is "1 GB", never "1,000 MB"', () => {
    expect(formatInStatedUnit('memoryGiB', kb(999_999), ['2 kB'])).toBe('1 GB (999,999 kB)');
    expect(formatInStatedUnit('memoryGiB', kb(994_999), ['2 kB'])).toBe('995 MB (994,999 kB)');
  });
});

import { describe, expect, it } from 'vitest';
import { formatExact, formatInStatedUnit } from '../../../../src/lib/ask/compute/format-exact.ts';

const one = (value: number) => ({ low: value, high: value });

describe('formatExact', () => {
  it('counts nodes with the singular for one', () => {
    expect(formatExact('nodes', one(1))).toBe('1 node');
    expect(formatExact('nodes', one(3))).toBe('3 nodes');
  });

  it('keeps two decimals below 10 and one from 100 up, with thousands separators, so a sum can be checked', () => {
    expect(formatExact('vcpu', one(7.256))).toBe('7.26 vCPU');
    expect(formatExact('vcpu', one(16.25))).toBe('16.3 vCPU (16.25 vCPU unrounded)');
    expect(formatExact('vcpu', one(99.994))).toBe('100 vCPU (99.99 vCPU unrounded)');
    expect(formatExact('vcpu', one(258.2))).toBe('258.2 vCPU');
    expect(formatExact('memoryGiB', one(158.2890625))).toBe('158.3 GiB');
    expect(formatExact('vcpu', one(2701.126))).toBe('2,701.1 vCPU');
    expect(formatExact('vcpu', one(-150.26))).toBe('-150.3 vCPU');
  });

  it('writes a total from 10 up to one decimal first, as vendors round one, and the two-decimal figure beside it', () => {
    // 73 GiB of workspaces plus a control plane of 12.29 GiB the vendor rounds to 12.3: readers add up to 85.3.
    expect(formatExact('memoryGiB', one(73 + 12.29))).toBe('85.3 GiB (85.29 GiB unrounded)');
    expect(formatExact('vcpu', one(21.6 + 1.11))).toBe('22.7 vCPU (22.71 vCPU unrounded)');
    expect(formatExact('vcpu', one(21.6))).toBe('21.6 vCPU');
    expect(formatExact('memoryGiB', one(10))).toBe('10 GiB');
    expect(formatExact('vcpu', { low: 12.25, high: 20.5 })).toBe('12.3 vCPU (12.25 vCPU unrounded) to 20.5 vCPU');
  });

  it('writes sizes under 1 GiB in MiB (1 GiB = 1,024 MiB), zero and larger ones in GiB', () => {
    expect(formatExact('memoryGiB', one(0.5))).toBe('512 MiB');
    expect(formatExact('storageGiB', one(0.25))).toBe('256 MiB');
    expect(formatExact('memoryGiB', one(0))).toBe('0 GiB');
    expect(formatExact('memoryGiB', one(1))).toBe('1 GiB');
    expect(formatExact('storageGiB', one(12.5))).toBe('12.5 GiB');
  });

  it('rounds IOPS to whole operations', () => {
    expect(formatExact('iops', one(1234.6))).toBe('1,235 IOPS');
  });

  it('writes a range as its two ends', () => {
    expect(formatExact('vcpu', { low: 2, high: 4 })).toBe('2 vCPU to 4 vCPU');
    expect(formatExact('nodes', { low: 1, high: 3 })).toBe('1 node to 3 nodes');
  });
});

describe('formatInStatedUnit', () => {
  it("writes a size in the vendor's decimal-style unit when every figure it rests on uses that one unit", () => {
    // archkb reads GB as GiB and MB as MiB (src/schemas/quantity.ts), so 16 GiB is written 16 GB and 0.5 GiB 512 MB.
    expect(formatInStatedUnit('memoryGiB', one(16), ['4GB', '8 GB'])).toBe('16 GB');
    expect(formatInStatedUnit('storageGiB', one(0.5), ['256 MB'])).toBe('512 MB');
    expect(formatInStatedUnit('memoryGiB', { low: 2, high: 4 }, ['2GB'])).toBe('2 to 4 GB');
  });

  it('writes a sum of decimal-style sizes in different units in the largest of them', () => {
    // 4GB + 8GB + 512MB, each read in binary, is 12.5 GiB: written 12.5 GB, as the terms are.
    expect(formatInStatedUnit('memoryGiB', one(12.5), ['4GB', '8GB', '512MB'])).toBe('12.5 GB');
    expect(formatInStatedUnit('storageGiB', one(0.75), ['512 MB', '256 MB'])).toBe('768 MB');
    expect(formatInStatedUnit('storageGiB', one(1024.5), ['512MB', '1TB'])).toBe('1 TB');
  });

  it('falls back on binary units for mixed, binary-written or missing figures, and leaves other resources alone', () => {
    expect(formatInStatedUnit('memoryGiB', one(16), ['4GB', '512Mi'])).toBe('16 GiB');
    expect(formatInStatedUnit('memoryGiB', one(16), ['16Gi'])).toBe('16 GiB');
    expect(formatInStatedUnit('memoryGiB', one(16), [])).toBe('16 GiB');
    expect(formatInStatedUnit('vcpu', one(4), ['4GB'])).toBe('4 vCPU');
  });

  it('writes CPU in cores when every figure it rests on is written in cores, else in vCPU', () => {
    expect(formatInStatedUnit('vcpu', one(3), ['1 core'])).toBe('3 cores');
    expect(formatInStatedUnit('vcpu', one(12), ['4 CPU cores', ' 2 cores '])).toBe('12 cores');
    expect(formatInStatedUnit('vcpu', one(1), ['1 core'])).toBe('1 core');
    expect(formatInStatedUnit('vcpu', { low: 2, high: 4 }, ['2 cores'])).toBe('2 to 4 cores');
    expect(formatInStatedUnit('vcpu', one(3), ['1 core', '2 vCPU'])).toBe('3 vCPU');
    expect(formatInStatedUnit('vcpu', one(3), [])).toBe('3 vCPU');
    expect(formatInStatedUnit('vcpu', one(3), ['1 core per node'])).toBe('3 vCPU');
  });

  it('reads a figure written with space around it, and falls back on binary units for one with words after its unit', () => {
    expect(formatInStatedUnit('memoryGiB', one(8), [' 4 GB', '4GB '])).toBe('8 GB');
    // "4 GB (each)" is no bare size, so the vendor's unit cannot be taken from it.
    expect(formatInStatedUnit('memoryGiB', one(8), ['4 GB (each)', '4 GB'])).toBe('8 GiB');
  });

  it('also gives a figure of five digits or more in its unit in the unit it reaches by steps of 1,000', () => {
    // 30 kB per user at 400,000 users: 12,000,000 kB, which a reader checks as 12 GB.
    expect(formatInStatedUnit('memoryGiB', one(12_000_000 / 1024 ** 2), ['30 kB'])).toBe('12 GB (12,000,000 kB)');
    expect(formatInStatedUnit('memoryGiB', { low: 12_000 / 1024, high: 24_000 / 1024 }, ['4 MB'])).toBe(
      '12 to 24 GB (12,000 to 24,000 MB)',
    );
    expect(formatInStatedUnit('storageGiB', one(9_999 / 1024), ['1 MB'])).toBe('9,999 MB');
    expect(formatInStatedUnit('storageGiB', one(50_000), ['1 GB'])).toBe('50 TB (50,000 GB)');
    // Past the largest unit there is no step.
    expect(formatInStatedUnit('storageGiB', one(20_000 * 1024), ['1 TB'])).toBe('20,000 TB');
  });

  it('keeps the first spelling written of two that mean one unit (kB and KB are both 1/1024 MB)', () => {
    // 512 kB + 512 KB = 1,024 kB = 1/1024 GiB.
    expect(formatInStatedUnit('storageGiB', one(1 / 1024), ['512kB', '512KB'])).toBe('1,024 kB');
    expect(formatInStatedUnit('storageGiB', one(1 / 1024), ['512KB', '512kB'])).toBe('1,024 KB');
  });
});

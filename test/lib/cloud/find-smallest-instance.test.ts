import { describe, expect, it, vi } from 'vitest';
import { findSmallestInstance } from '../../../src/lib/cloud/index.ts';
import { listInstanceTypes } from '../../../src/lib/model/index.ts';
import type * as Registries from '../../../src/schemas/registries.ts';

// A registry listed out of order, with two identical types, so the ordering rule shows whatever data/clouds.ts holds.
vi.mock('../../../src/schemas/registries.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof Registries>()),
  instanceTypes: [
    { cloud: 'aws', name: 'big', vcpu: 8, memoryGiB: 32 },
    { cloud: 'aws', name: 'twin-listed-first', vcpu: 2, memoryGiB: 8 },
    { cloud: 'gcp', name: 'other-cloud', vcpu: 1, memoryGiB: 1 },
    { cloud: 'aws', name: 'more-memory', vcpu: 2, memoryGiB: 16 },
    { cloud: 'aws', name: 'twin-listed-second', vcpu: 2, memoryGiB: 8 },
    { cloud: 'aws', name: 'small', vcpu: 2, memoryGiB: 4 },
  ],
}));

describe('instance type order on an unsorted registry', () => {
  it('lists one cloud, fewest vCPU first, then least memory, identical types in registry order', () => {
    expect(listInstanceTypes('aws').map((t) => t.name)).toEqual(['small', 'twin-listed-first', 'twin-listed-second', 'more-memory', 'big']);
    expect(listInstanceTypes('gcp').map((t) => t.name)).toEqual(['other-cloud']);
  });

  it('picks the smallest fitting type by that order', () => {
    expect(findSmallestInstance('aws', {})?.name).toBe('small');
    expect(findSmallestInstance('aws', { vcpu: 2, memoryGiB: 5 })?.name).toBe('twin-listed-first');
    expect(findSmallestInstance('aws', { memoryGiB: 10 })?.name).toBe('more-memory');
    expect(findSmallestInstance('aws', { vcpu: 3 })?.name).toBe('big');
    expect(findSmallestInstance('aws', { vcpu: 8, memoryGiB: 33 })).toBeUndefined();
  });
});

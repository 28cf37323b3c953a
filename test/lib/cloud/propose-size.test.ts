import { describe, expect, it } from 'vitest';
import { findServiceCatalogue, findSizeByName, findVmCatalogue, holdsNeed, proposeSize } from '../../../src/lib/cloud/index.ts';
import { serviceCatalogues } from '../../../src/schemas/registries.ts';

// Sizes and names below are read off data/catalogues/*.json by hand.
describe('proposeSize, holdsNeed and findSizeByName', () => {
  const memorystore = serviceCatalogues.find((c) => c.service === 'gcp-memorystore-redis')!;

  it('sizes a capacity-sold cache from its Standard tier, and by whole GB when no fixed size holds the need', () => {
    expect(proposeSize(memorystore, { memoryGiB: 2.5 })?.name).toBe('Standard Tier (maximum 300 GB)');
    // A stated vCPU rules out every fixed entry (they state none), so the capacity rule gives 3 GB.
    expect(proposeSize(memorystore, { vcpu: 1, memoryGiB: 2.5 })).toEqual({
      name: 'Standard tier, 3 GB',
      family: null,
      vcpu: null,
      memoryGiB: null,
      capacityGiB: 3,
      tier: 'Standard',
    });
    expect(proposeSize(memorystore, { vcpu: 1 })?.capacityGiB).toBe(1);
    expect(proposeSize(memorystore, { vcpu: 1, memoryGiB: 300 })?.capacityGiB).toBe(300);
    expect(proposeSize(memorystore, { vcpu: 1, memoryGiB: 301 })).toBeUndefined();
  });

  it('holds a need only when every stated figure fits, reading cache capacity as memory', () => {
    const size = { name: 's', family: null, vcpu: 2, memoryGiB: 8, capacityGiB: null, tier: null } as never;
    expect(holdsNeed(size, {})).toBe(true);
    expect(holdsNeed(size, { vcpu: 2, memoryGiB: 8 })).toBe(true);
    expect(holdsNeed(size, { vcpu: 2.5 })).toBe(false);
    expect(holdsNeed(size, { memoryGiB: 8.5 })).toBe(false);
    const cache = { name: 'c', family: null, vcpu: null, memoryGiB: null, capacityGiB: 6, tier: null } as never;
    expect(holdsNeed(cache, { memoryGiB: 6 })).toBe(true);
    expect(holdsNeed(cache, { memoryGiB: 7 })).toBe(false);
    expect(holdsNeed(cache, { vcpu: 1 })).toBe(false);
    const bare = { name: 'b', family: null, vcpu: null, memoryGiB: null, capacityGiB: null, tier: null } as never;
    expect(holdsNeed(bare, { memoryGiB: 1 })).toBe(false);
  });

  it('finds a size by its API name and by its display name, and nothing for an unknown one', () => {
    const azure = findVmCatalogue('azure')!;
    expect(findSizeByName(azure, 'Standard_D2s_v5')?.name).toBe('D2s v5');
    expect(findSizeByName(azure, 'd2s_v5')?.name).toBe('D2s v5');
    expect(findSizeByName(azure, 'D2s v9')).toBeUndefined();
    expect(findSizeByName(findServiceCatalogue('amazon-rds-postgresql')!, 'DB.M7G.LARGE')?.name).toBe('db.m7g.large');
  });

  it('follows "same sizes as" to the VM catalogue and knows no catalogue for a service sold by usage', () => {
    expect(findServiceCatalogue('amazon-eks')?.service).toBe('aws-ec2');
    expect(findServiceCatalogue('amazon-rds-postgresql')?.service).toBe('aws-rds-postgresql');
    expect(findServiceCatalogue('amazon-s3')).toBeUndefined();
    expect(findVmCatalogue('gcp')?.service).toBe('gcp-compute-engine');
  });
});

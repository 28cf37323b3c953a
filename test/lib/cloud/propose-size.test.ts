import { describe, expect, it } from 'vitest';
import { findServiceCatalogue, findSizeByName, findVmCatalogue, holdsNeed, proposeSize } from '../../../src/lib/cloud/index.ts';
import { serviceCatalogues } from '../../../src/schemas/registries.ts';
import { buildCatalogueSize, buildServiceCatalogue } from '../../fixtures/build-service-catalogue.ts';

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

// Synthetic catalogues, so each rule is the only thing deciding the answer.
describe('proposeSize rules', () => {
  it('takes the smallest size of a catalogue no proposal names, from any family', () => {
    const catalogue = buildServiceCatalogue({
      sizes: [buildCatalogueSize({ name: 'big', family: 'a', vcpu: 4 }), buildCatalogueSize({ name: 'small', family: 'b', vcpu: 2 })],
    });
    expect(proposeSize(catalogue, { vcpu: 2 })?.name).toBe('small');
  });

  it('keeps catalogue order between sizes of equal figures and family', () => {
    const catalogue = buildServiceCatalogue({ sizes: [buildCatalogueSize({ name: 'first' }), buildCatalogueSize({ name: 'second' })] });
    expect(proposeSize(catalogue, { vcpu: 1 })?.name).toBe('first');
  });

  it('never proposes a burstable or shared-core size, even when it is the smallest that holds the need', () => {
    const catalogue = buildServiceCatalogue({
      sizes: [
        buildCatalogueSize({ name: 'burst', vcpu: 1, category: 'burstable' }),
        buildCatalogueSize({ name: 'shared', vcpu: 1, category: 'shared-core' }),
        buildCatalogueSize({ name: 'steady', vcpu: 2, category: 'general-purpose' }),
      ],
    });
    expect(proposeSize(catalogue, { vcpu: 1 })?.name).toBe('steady');
  });

  it('proposes only the families the proposal lists, preferring the earlier family between equal sizes', () => {
    // data/catalogues/index.ts: aws-rds-postgresql proposes m7g, r7g, m6g, r6g, m6i, r6i, in that order.
    const catalogue = buildServiceCatalogue({
      service: 'aws-rds-postgresql',
      sizes: [
        buildCatalogueSize({ name: 'db.t9.small', family: 't9', vcpu: 1, memoryGiB: 2 }),
        buildCatalogueSize({ name: 'db.m6g.large', family: 'm6g' }),
        buildCatalogueSize({ name: 'db.m7g.large', family: 'm7g' }),
      ],
    });
    expect(proposeSize(catalogue, { vcpu: 1 })?.name).toBe('db.m7g.large');
  });

  it('proposes only the tiers the proposal lists', () => {
    // data/catalogues/index.ts: azure-cache-redis proposes families C and P in the Standard and Premium tiers.
    const catalogue = buildServiceCatalogue({
      service: 'azure-cache-redis',
      sizes: [
        buildCatalogueSize({ name: 'Basic C1', family: 'C', tier: 'Basic', vcpu: null, memoryGiB: null, capacityGiB: 1 }),
        buildCatalogueSize({ name: 'Standard C2', family: 'C', tier: 'Standard', vcpu: null, memoryGiB: null, capacityGiB: 2.5 }),
      ],
    });
    expect(proposeSize(catalogue, { memoryGiB: 1 })?.name).toBe('Standard C2');
  });

  it('rounds a capacity up to the next whole step and names no tier when the proposal gives none', () => {
    const catalogue = buildServiceCatalogue({ kind: 'managed-cache', capacityRule: { unit: 'GB', min: 5, max: 100, step: 5 } });
    // 7 GiB rounds up to 10 (two steps of 5); 3 GiB is below the minimum of 5; 101 GiB would need 105, above the maximum.
    expect(proposeSize(catalogue, { memoryGiB: 7 })).toEqual({
      name: '10 GB',
      family: null,
      vcpu: null,
      memoryGiB: null,
      capacityGiB: 10,
      tier: null,
    });
    expect(proposeSize(catalogue, { memoryGiB: 3 })?.capacityGiB).toBe(5);
    expect(proposeSize(catalogue, { memoryGiB: 10 })?.capacityGiB).toBe(10);
    expect(proposeSize(catalogue, { memoryGiB: 100 })?.capacityGiB).toBe(100);
    expect(proposeSize(catalogue, { memoryGiB: 101 })).toBeUndefined();
  });
});

describe('holdsNeed edges', () => {
  it('does not hold any vCPU need, even 0, when the size states no vCPU', () => {
    expect(holdsNeed(buildCatalogueSize({ name: 'cache', vcpu: null }), { vcpu: 0 })).toBe(false);
  });

  it('does not hold any memory need, even 0, when the size states neither memory nor capacity', () => {
    expect(holdsNeed(buildCatalogueSize({ name: 'bare', memoryGiB: null }), { memoryGiB: 0 })).toBe(false);
  });

  it('holds a need that states no memory, whatever memory the size has or lacks', () => {
    expect(holdsNeed(buildCatalogueSize({ name: 'bare', memoryGiB: null }), { vcpu: 2 })).toBe(true);
  });
});

describe('findSizeByName rules', () => {
  it('strips a leading Standard_ even when the size is listed without it and has no API name', () => {
    const catalogue = buildServiceCatalogue({ sizes: [buildCatalogueSize({ name: 'D2s v5' })] });
    expect(findSizeByName(catalogue, 'Standard_D2s_v5')?.name).toBe('D2s v5');
    expect(findSizeByName(catalogue, 'D2S  V5')?.name).toBe('D2s v5');
  });

  it('strips Standard_ only at the start of a name', () => {
    const catalogue = buildServiceCatalogue({ sizes: [buildCatalogueSize({ name: 'x standard_1' })] });
    expect(findSizeByName(catalogue, 'x1')).toBeUndefined();
    expect(findSizeByName(catalogue, 'xstandard1')?.name).toBe('x standard_1');
  });

  it('finds a size by its API name when the display name differs', () => {
    const catalogue = buildServiceCatalogue({ sizes: [buildCatalogueSize({ name: 'General 2', apiName: 'gp_2' })] });
    expect(findSizeByName(catalogue, 'gp 2')?.name).toBe('General 2');
    expect(findSizeByName(catalogue, 'gp 3')).toBeUndefined();
  });
});

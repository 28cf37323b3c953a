import { describe, expect, it } from 'vitest';
import { findCloudService } from '../../../src/lib/model/index.ts';
import { findCloudCell, findComponent, findRequirement, findSized, sizeVariant } from '../content-helpers.ts';

// Figures from 000_1948c1d95cceb033.txt (content/sources/authgear-self-managed.yaml), "Resources Reference" and
// "Deployment Options", and 001_c5a6cc70340e5ca9.txt (content/sources/authgear-azure.yaml), "Cloud Resources
// Requirements" and its hint on search. kB and GB are read as KiB and GiB (archkb's binary convention).

const USERS = 'users';
/** Redis memory for a user count: "Approximately 30kB per user", in GiB. */
const redisGiB = (users: number) => (30 * users) / 1024 ** 2;

describe('Authgear self-managed ("Resources Reference")', () => {
  it('states 3 nodes of 2 vCPU and 8 GB for Kubernetes, for high availability', () => {
    const ha = findRequirement(findComponent('authgear', 'self-managed', 'kubernetes'), 'high-availability');
    expect([ha.nodes, ha.vcpu?.amount.low, ha.memory?.amount.low]).toEqual([3, 2, 8]);
  });

  it('states 2 nodes of 2 vCPU, 8 GB and 500 GB for PostgreSQL, for high availability', () => {
    const ha = findRequirement(findComponent('authgear', 'self-managed', 'postgresql'), 'high-availability');
    expect([ha.nodes, ha.vcpu?.amount.low, ha.memory?.amount.low, ha.storage?.amount.low]).toEqual([2, 2, 8, 500]);
  });

  it('sizes Redis at about 30 kB per user, stated on both pages', () => {
    const rule = findComponent('authgear', 'self-managed', 'redis').sizing?.find((r) => r.driver === USERS && r.memory);
    expect(rule?.memory?.amount.low).toBe(redisGiB(1));
    expect(rule?.approximate).toBe(true);
    expect(rule?.source.map((ref) => ref.doc).sort()).toEqual(['authgear-azure', 'authgear-self-managed']);
  });

  it('totals 3 × 2 + 2 × 2 = 10 vCPU, 3 × 8 + 2 × 8 GB plus Redis, and 2 × 500 GB for 100,000 users', () => {
    const result = sizeVariant('authgear', 'self-managed', { [USERS]: 100_000 });
    expect(findSized(result, 'kubernetes').amounts).toMatchObject({ nodes: { low: 3, high: 3 }, vcpu: { low: 6, high: 6 }, memoryGiB: { low: 24, high: 24 } });
    expect(findSized(result, 'postgresql').amounts).toMatchObject({ vcpu: { low: 4, high: 4 }, memoryGiB: { low: 16, high: 16 }, storageGiB: { low: 1000, high: 1000 } });
    // 30 KiB × 100,000 = 2.861 GiB; the decimal reading would be 2.794 GiB.
    expect(findSized(result, 'redis').amounts.memoryGiB?.low).toBe(redisGiB(100_000));
    expect(findSized(result, 'redis').amounts.memoryGiB?.low).toBeCloseTo(2.861, 3);
    expect(result.totals.vcpu?.low).toBe(10);
    expect(result.totals.memoryGiB?.low).toBeCloseTo(24 + 16 + redisGiB(100_000), 12);
    expect(result.totals.storageGiB?.low).toBe(1000);
  });

  it('gives the same stated totals on AWS, where the vendor names no service, and a Redis size that holds the per-user memory', () => {
    const onAws = sizeVariant('authgear', 'self-managed', { [USERS]: 100_000 }, 'aws');
    expect(onAws.totals.vcpu?.low).toBe(10);
    expect(onAws.components.filter((component) => component.service?.vendorNamed).map((component) => component.id)).toEqual([]);
    const redis = findSized(onAws, 'redis').instance;
    expect(Math.max(redis?.memoryGiB ?? 0, redis?.capacityGiB ?? 0)).toBeGreaterThanOrEqual(redisGiB(100_000));
  });

  it('recommends Elasticsearch above 10,000 users, not at 10,000 (the Azure page hint)', () => {
    expect(findSized(sizeVariant('authgear', 'self-managed', { [USERS]: 10_000 }), 'elasticsearch')).toMatchObject({ necessity: 'optional', counted: false });
    expect(findSized(sizeVariant('authgear', 'self-managed', { [USERS]: 10_001 }), 'elasticsearch')).toMatchObject({
      necessity: 'recommended',
      statedNecessity: 'optional',
      counted: true,
    });
  });
});

describe('Authgear on Azure ("Cloud Resources Requirements")', () => {
  it('names AKS on D2 v3 × 3, Azure Database for PostgreSQL on D2s v3 × 2 and Azure Cache for Redis, as the vendor chose them', () => {
    const expected = [
      ['kubernetes', 'azure-kubernetes-service', 'D2 v3'],
      ['postgresql', 'azure-database-postgresql', 'D2s v3'],
      ['redis', 'azure-cache-redis', null],
    ] as const;
    for (const [component, service, size] of expected) {
      const cell = findCloudCell('authgear', 'azure', component, 'azure');
      expect(cell.vendorNamed, component).toBe(true);
      expect(cell.service, component).toBe(findCloudService(service).name);
      if (size) expect(cell.instance.startsWith(size), `${component}: ${cell.instance}`).toBe(true);
    }
    expect(findRequirement(findComponent('authgear', 'azure', 'kubernetes'), 'minimum').nodes).toBe(3);
    expect(findRequirement(findComponent('authgear', 'azure', 'postgresql'), 'reference').nodes).toBe(2);
  });

  it('counts the database as 2 × 2 vCores with its memory not stated (the vendor gives none for that row)', () => {
    const result = sizeVariant('authgear', 'azure', { [USERS]: 1000 });
    expect(result.cloud).toBe('azure');
    expect(findSized(result, 'postgresql').amounts.vcpu?.low).toBe(4);
    expect(findSized(result, 'postgresql').amounts.memoryGiB).toBeNull();
    expect(findSized(result, 'kubernetes').instance).toMatchObject({ name: 'D2 v3', vendorNamed: true });
    expect(result.totals.vcpu?.low).toBe(3 * 2 + 2 * 2);
  });
});

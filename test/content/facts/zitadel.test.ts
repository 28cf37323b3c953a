import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { findArchitecture, findComponent, findHost, findRequirement, findSized, findSizedHost, mebibytes, sizeVariant } from '../content-helpers.ts';

// Figures from zitadel-production-deployment.txt (content/sources/zitadel-production.yaml): PART 1 "ZITADEL Production
// Setup", section "Minimum system requirements" ("General resource usage", "Production HA cluster"); PART 2
// "Zitadel's Deployment Architecture"; PART 3 "ZITADEL Requirements"; PART 4 "Deploy ZITADEL on Kubernetes".

const RPS = 'requests-per-second';

describe('ZITADEL: the server itself ("General resource usage")', () => {
  const api = findComponent('zitadel', 'single-cluster', 'zitadel-api');

  it('needs about 512MB of memory', () => {
    // "ZITADEL itself requires approximately 512MB of RAM".
    expect(findRequirement(api, 'minimum').memory?.amount.low).toBe(mebibytes(512));
  });

  it('keeps 4 CPU cores available for password hashing', () => {
    // "We recommend to have 4 CPU cores available for this purpose."
    expect(findRequirement(api, 'recommended').vcpu?.amount.low).toBe(4);
  });

  it('runs at least three instances in the reference design, where the Helm values run 2 replicas, and records both', () => {
    // PART 2 "Single Cluster / Region": "each component critical for serving traffic laid out at least three times";
    // PART 4 "Configure values": "replicaCount: 2".
    expect(findRequirement(api, 'high-availability').nodes).toBe(3);
    expect(findRequirement(api, 'example').nodes).toBe(2);
    const replicas = findArchitecture('zitadel').conflicts.find((c) => c.component === 'zitadel-api' && /instances/i.test(c.topic));
    expect(replicas?.statements.flatMap((s) => s.source.map((ref) => ref.section)).sort()).toEqual(['configure-values', 'single-cluster-region']);
  });

  it('records "less than one CPU core" against "4 CPU cores" as a contradiction, both from "General resource usage"', () => {
    const cpu = findArchitecture('zitadel').conflicts.find((c) => c.component === 'zitadel-api' && /CPU/.test(c.topic));
    expect(cpu?.statements.map((s) => s.text).join(' / ')).toMatch(/less than one CPU core[\s\S]*4 CPU cores/);
    expect(cpu?.statements.flatMap((s) => s.source.map((ref) => `${ref.doc}#${ref.section}`))).toEqual([
      'zitadel-production#general-resource-usage',
      'zitadel-production#general-resource-usage',
    ]);
  });
});

describe('ZITADEL: the minimal HA cluster ("Production HA cluster")', () => {
  it('recommends 3 nodes of 4 CPU cores and 16GB, or about 8GB without log collection and metrics', () => {
    const host = findHost('zitadel', 'single-cluster', 'app-nodes');
    const ha = findRequirement(host, 'high-availability');
    expect([ha.nodes, ha.vcpu?.amount.low, ha.memory?.amount.low]).toEqual([3, 4, 16]);
    const reduced = findRequirement(host, 'minimum');
    expect([reduced.nodes, reduced.vcpu?.amount.low, reduced.memory?.amount.low]).toEqual([3, 4, 8]);
  });

  it('sizes the cluster once as the machines the API, Login and observability share: 12 cores and 48GB', () => {
    const result = sizeVariant('zitadel', 'single-cluster', { [RPS]: 100 });
    const host = findSizedHost(result, 'app-nodes');
    expect([host.amounts.nodes?.low, host.amounts.vcpu?.low, host.amounts.memoryGiB?.low]).toEqual([3, 3 * 4, 3 * 16]);
    expect(host.components.sort()).toEqual(['observability', 'zitadel-api', 'zitadel-login']);
    // The hosted components are counted in the host, not again on their own.
    expect(findSized(result, 'zitadel-api').host).not.toBeNull();
  });
});

describe('ZITADEL: the database per requests per second ("General resource usage")', () => {
  it('gives PostgreSQL one core per 100 requests per second and 4GB per core: 3 cores and 12GB at 300', () => {
    // "about one CPU core per 100 requests per second (req/s) and 4GB of RAM per core".
    for (const load of [100, 300, 1000]) {
      const postgresql = findSized(sizeVariant('zitadel', 'single-cluster', { [RPS]: load }), 'postgresql');
      expect(postgresql.amounts.vcpu?.low).toBeCloseTo(load / 100, 9);
      expect(postgresql.amounts.memoryGiB?.low).toBeCloseTo((load / 100) * 4, 9);
    }
  });

  it('totals the HA cluster and the database: 3 × 4 + 300 / 100 cores at 300 requests per second', () => {
    expect(sizeVariant('zitadel', 'single-cluster', { [RPS]: 300 }).totals.vcpu?.low).toBeCloseTo(3 * 4 + 3, 9);
  });

  it('supports PostgreSQL 14 to 18 only ("Database", "Stage 2 — Production Cluster")', () => {
    const versions = findComponent('zitadel', 'single-cluster', 'postgresql').requirements?.flatMap((r) => r.versions ?? []);
    expect(versions).toContainEqual(expect.objectContaining({ product: 'PostgreSQL', min: '14', max: '18' }));
  });
});

describe('ZITADEL: platform and cache', () => {
  it('needs Kubernetes 1.30+ and Helm 3.x+ for the production cluster ("Stage 2 — Production Cluster")', () => {
    const versions = findComponent('zitadel', 'single-cluster', 'kubernetes').requirements?.flatMap((r) => r.versions ?? []);
    expect(versions).toEqual(expect.arrayContaining([expect.objectContaining({ product: 'Kubernetes', min: '1.30' }), expect.objectContaining({ product: 'Helm', min: '3.x' })]));
  });

  it('takes Redis only in standalone mode and excludes Cluster and Sentinel ("Cache (optional)")', () => {
    const redis = findComponent('zitadel', 'single-cluster', 'redis');
    expect(redis.necessity.level).toBe('optional');
    expect(redis.settings).toContainEqual(expect.objectContaining({ name: 'Redis mode', value: 'standalone', status: 'required' }));
    expect(redis.incompatible?.map((item) => item.with).sort()).toEqual(['Redis Cluster', 'Redis Sentinel']);
  });

  it('keeps independent clusters in step with recommended PostgreSQL read-only replicas ("Multi Cluster / Region")', () => {
    const multi = resolveVariant(findArchitecture('zitadel'), 'multi-cluster');
    expect(multi.components.find((c) => c.id === 'postgresql-replicas')?.necessity.level).toBe('recommended');
    expect(multi.connections).toContainEqual(expect.objectContaining({ from: 'postgresql', to: 'postgresql-replicas', basis: 'stated' }));
  });
});

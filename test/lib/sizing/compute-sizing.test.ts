import { describe, expect, it } from 'vitest';
import { sizingResources } from '../../../src/lib/model/index.ts';
import { computeSizing, findEffectiveNecessity, MAX_USERS, type SizingResult } from '../../../src/lib/sizing/index.ts';
import { targetIds } from '../../../src/schemas/cloud-ref.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitecture, loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const authgear = loadContentArchitecture('authgear');

/** A row of a result by component id; fails the test when missing. */
function row(result: SizingResult, id: string) {
  const found = result.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${result.architecture}`);
  return found;
}

describe('computeSizing on Authgear (self-managed, 100,000 users)', () => {
  const result = computeSizing(authgear, 'self-managed', { users: 100_000 });

  it('multiplies stated per-node HA figures by the node count', () => {
    expect(row(result, 'kubernetes')).toMatchObject({
      nodes: 3,
      vcpu: 6,
      memoryGiB: 24,
      storageGiB: null,
      scope: 'high-availability',
      counted: true,
    });
    expect(row(result, 'postgresql')).toMatchObject({ nodes: 2, vcpu: 4, memoryGiB: 16, storageGiB: 1000, counted: true });
  });

  it('applies the per-user Redis rule with binary units: 30 KiB x 100,000 = 2.861 GiB (about 3 GB)', () => {
    const redis = row(result, 'redis');
    expect(redis.memoryGiB).toBe((30 * 100_000) / 1024 ** 2);
    expect(redis.memoryGiB).toBeCloseTo(2.861, 3);
    // The decimal reading (30,000 bytes per user) would give 2.794 GiB; archkb reads kB as KiB.
    expect(redis.memoryGiB).not.toBeCloseTo((30_000 * 100_000) / 1024 ** 3, 2);
    expect(redis.nodes).toBeNull();
    expect(redis.vcpu).toBeNull();
  });

  it('totals 3 x 2 + 2 x 2 = 10 vCPU and 5 nodes, and only stated figures', () => {
    expect(result.totals.vcpu).toBe(10);
    expect(result.totals.nodes).toBe(5);
    expect(result.totals.storageGiB).toBe(1000);
    expect(result.totals.memoryGiB).toBeCloseTo(24 + 16 + 2.861, 3);
  });

  it('totals equal the sum of the counted rows', () => {
    for (const resource of sizingResources) {
      const sum = result.components.filter((c) => c.counted).reduce((acc, c) => acc + (c[resource] ?? 0), 0);
      expect(result.totals[resource]).toBeCloseTo(sum, 9);
    }
  });

  it('lists unstated resources of counted components instead of counting them as zero', () => {
    expect(result.unstated).toContainEqual({ component: 'redis', name: 'Redis', resources: ['nodes', 'vcpu', 'storageGiB'] });
    expect(result.unstated).toContainEqual({ component: 'kubernetes', name: 'Kubernetes or virtual machines', resources: ['storageGiB'] });
    expect(result.unstated.map((u) => u.component)).not.toContain('postgresql');
    expect(result.unstated.map((u) => u.component)).not.toContain('waf');
  });

  it('cites the source of each figure used', () => {
    expect(row(result, 'redis').sources.map((s) => `${s.doc}#${s.section}`)).toContain('authgear-self-managed#resources-reference');
  });

  it('defaults to self-managed for a cloud-neutral variant and states its unit convention', () => {
    expect(result.cloud).toBe('self-managed');
    expect(row(result, 'postgresql').service).toBeNull();
    expect(result.units.memory).toBe('GiB');
    expect(result.units.convention).toMatch(/1 GB = 1 GiB/);
  });
});

describe('computeSizing thresholds', () => {
  it('keeps Elasticsearch optional at exactly 10,000 users and recommends it at 10,001', () => {
    const at = computeSizing(authgear, 'self-managed', { users: 10_000 });
    const above = computeSizing(authgear, 'self-managed', { users: 10_001 });
    expect(row(at, 'elasticsearch')).toMatchObject({ necessity: 'optional', counted: false });
    expect(row(above, 'elasticsearch')).toMatchObject({ necessity: 'recommended', statedNecessity: 'optional', counted: true });
    expect(at.recommendations.filter((r) => r.component === 'elasticsearch').map((r) => r.source.section)).not.toContain('search-hint');
    expect(above.recommendations).toContainEqual(
      expect.objectContaining({ component: 'elasticsearch', text: expect.stringMatching(/10,000 users/) }),
    );
    expect(above.unstated.map((u) => u.component)).toContain('elasticsearch');
    expect(at.unstated.map((u) => u.component)).not.toContain('elasticsearch');
  });

  it('lets the highest crossed threshold win', () => {
    const component = {
      necessity: { level: 'optional' as const, source: { doc: 'authgear-azure', section: 'search-hint' } },
      thresholds: [
        { usersAbove: 100, level: 'recommended' as const, text: 'a', source: { doc: 'authgear-azure', section: 'search-hint' } },
        { usersAbove: 1000, level: 'required' as const, text: 'b', source: { doc: 'authgear-azure', section: 'search-hint' } },
      ],
    };
    expect(findEffectiveNecessity(component, 100)).toBe('optional');
    expect(findEffectiveNecessity(component, 101)).toBe('recommended');
    expect(findEffectiveNecessity(component, 1001)).toBe('required');
  });
});

describe('computeSizing on clouds', () => {
  it('maps roles to AWS services and picks the smallest instance meeting 2 vCPU / 8 GiB', () => {
    const aws = computeSizing(authgear, 'self-managed', { users: 100_000, cloud: 'aws' });
    expect(row(aws, 'postgresql').service).toMatchObject({ id: 'amazon-rds-postgresql', vendorNamed: false });
    expect(row(aws, 'redis').service?.name).toMatch(/ElastiCache/);
    expect(row(aws, 'kubernetes').instance).toMatchObject({ name: 'm6i.large', vendorNamed: false });
    // 2.861 GiB on one node: the smallest AWS type with at least that much memory.
    expect(row(aws, 'redis').instance?.name).toBe('t3.medium');
  });

  it("uses the vendor's own Azure services and SKUs in the Azure variant, marked as the vendor's choice", () => {
    const azure = computeSizing(authgear, 'azure', { users: 1000 });
    expect(azure.cloud).toBe('azure');
    expect(row(azure, 'kubernetes').instance).toMatchObject({ name: 'D2 v3', vendorNamed: true });
    expect(row(azure, 'kubernetes').service).toMatchObject({ id: 'azure-kubernetes-service', vendorNamed: true });
    expect(row(azure, 'postgresql').instance).toMatchObject({ name: 'D2s v3', vendorNamed: true });
    // The vendor gives vCores but no memory for the Azure database; the SKU's memory is not counted as stated.
    expect(row(azure, 'postgresql')).toMatchObject({ vcpu: 4, memoryGiB: null });
    expect(azure.totals.vcpu).toBe(10);
  });

  it('views the Azure variant on AWS with role mappings, not Azure SKUs', () => {
    const onAws = computeSizing(authgear, 'azure', { users: 1000, cloud: 'aws' });
    expect(row(onAws, 'kubernetes').instance).toMatchObject({ name: 'm6i.large', vendorNamed: false });
    expect(row(onAws, 'kubernetes').service?.id).toBe('amazon-eks');
  });
});

describe('computeSizing rules on fixtures', () => {
  const source = 'authgear-self-managed#resources-reference';

  it('counts per-node figures once when no node count is stated, and says so', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ vcpu: 4, memory: '512 MB', source }] })],
    });
    const result = computeSizing(architecture, undefined, { users: 10 });
    expect(result.components[0]).toMatchObject({ nodes: null, vcpu: 4, memoryGiB: 0.5, scope: 'minimum' });
    expect(result.components[0]?.notes.join(' ')).toMatch(/no node count/);
    expect(result.unstated).toEqual([{ component: 'postgresql', name: 'PostgreSQL', resources: ['nodes', 'storageGiB'] }]);
  });

  it('prefers high-availability figures over minimum ones and takes the larger of stated and per-user memory', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'minimum', nodes: 1, memory: '1 GB', source },
            { scope: 'high-availability', nodes: 2, memory: '1 GB', source },
          ],
          sizing: [{ resource: 'memory', perUser: '1 MB', source }],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { users: 1024 }).components[0]).toMatchObject({
      nodes: 2,
      memoryGiB: 2,
      scope: 'high-availability',
    });
    expect(computeSizing(architecture, undefined, { users: 4096 }).components[0]?.memoryGiB).toBe(4);
  });

  it('reports null totals, not zero, when nothing is stated', () => {
    const result = computeSizing(buildArchitecture(), undefined, { users: 10 });
    expect(result.totals).toEqual({ nodes: null, vcpu: null, memoryGiB: null, storageGiB: null });
    expect(result.unstated[0]?.resources).toEqual(['nodes', 'vcpu', 'memoryGiB', 'storageGiB']);
  });

  it('rejects user counts that are not whole numbers from 1 to MAX_USERS', () => {
    for (const users of [0, -1, 1.5, Number.NaN, MAX_USERS + 1]) {
      expect(() => computeSizing(authgear, undefined, { users })).toThrow(RangeError);
    }
    expect(() => computeSizing(authgear, undefined, { users: MAX_USERS })).not.toThrow();
  });
});

describe('computeSizing over every real architecture, variant and target', () => {
  it('keeps every component, totals the counted rows and never reports an unstated figure as a number', () => {
    for (const architecture of loadContentArchitectures()) {
      for (const variant of architecture.variants) {
        for (const cloud of targetIds) {
          for (const users of [1, 10_000, 10_001, 1_000_000]) {
            const result = computeSizing(architecture, variant.id, { users, cloud });
            const label = `${architecture.id}/${variant.id}/${cloud}/${users}`;
            expect(result.components.length, label).toBeGreaterThan(0);
            for (const resource of sizingResources) {
              const stated = result.components.filter((c) => c.counted && c[resource] !== null);
              if (stated.length === 0) expect(result.totals[resource], label).toBeNull();
              else
                expect(result.totals[resource], label).toBeCloseTo(
                  stated.reduce((sum, c) => sum + (c[resource] ?? 0), 0),
                  9,
                );
            }
            for (const entry of result.unstated) {
              const row = result.components.find((c) => c.id === entry.component);
              for (const resource of entry.resources) expect(row?.[resource], label).toBeNull();
            }
            if (cloud === 'self-managed')
              expect(
                result.components.every((c) => c.service === null),
                label,
              ).toBe(true);
          }
        }
      }
    }
  });
});

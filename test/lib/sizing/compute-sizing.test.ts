import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveVariant, sizingResources } from '../../../src/lib/model/index.ts';
import type { Interval } from '../../../src/schemas/quantity.ts';
import {
  computeFootprint,
  computeSizing,
  findEffectiveNecessity,
  MAX_LOAD,
  type SizedComponent,
  type SizingResult,
} from '../../../src/lib/sizing/index.ts';
import { targetIds } from '../../../src/schemas/cloud-ref.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitecture, loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const authgear = loadContentArchitecture('authgear');
const source = 'authgear-self-managed#resources-reference';

/** A row of a result by component id; fails the test when missing. */
function row(result: SizingResult, id: string): SizedComponent {
  const found = result.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id} in ${result.architecture}`);
  return found;
}

/** An interval holding one value. */
const point = (value: number): Interval => ({ low: value, high: value });

/** Sum of intervals, null when none is given, so tests total rows the same way a reader would. */
function sumIntervals(values: readonly (Interval | null)[]): Interval | null {
  const present = values.filter((value): value is Interval => value !== null);
  if (present.length === 0) return null;
  return present.reduce((a, b) => ({ low: a.low + b.low, high: a.high + b.high }));
}

/** An example load for every driver of a variant, scaled by `factor`. */
function exampleLoads(architecture: ReturnType<typeof loadContentArchitecture>, variantId: string, factor: number): Record<string, number> {
  const resolved = resolveVariant(architecture, variantId);
  return Object.fromEntries(resolved.loadDrivers.map((driver) => [driver.id, factor]));
}

describe('computeSizing on Authgear (self-managed, 100,000 users)', () => {
  const result = computeSizing(authgear, 'self-managed', { loads: { users: 100_000 } });

  it('multiplies stated per-node high-availability figures by the node count', () => {
    expect(row(result, 'kubernetes')).toMatchObject({
      amounts: { nodes: point(3), vcpu: point(6), memoryGiB: point(24), storageGiB: null },
      scope: 'high-availability',
      counted: true,
    });
    expect(row(result, 'postgresql')).toMatchObject({
      amounts: { nodes: point(2), vcpu: point(4), memoryGiB: point(16), storageGiB: point(1000) },
      counted: true,
    });
  });

  it('applies the per-user Redis rule with binary units: 30 KiB x 100,000 = 2.861 GiB', () => {
    const redis = row(result, 'redis').amounts;
    expect(redis.memoryGiB?.low).toBe((30 * 100_000) / 1024 ** 2);
    expect(redis.memoryGiB?.low).toBeCloseTo(2.861, 3);
    expect(redis.nodes).toBeNull();
    expect(redis.vcpu).toBeNull();
    expect(row(result, 'redis').grows).toContain('memoryGiB');
  });

  it('totals 3 x 2 + 2 x 2 = 10 vCPU on 5 nodes, from stated figures only', () => {
    expect(result.totals.vcpu).toEqual(point(10));
    expect(result.totals.nodes).toEqual(point(5));
    expect(result.totals.storageGiB).toEqual(point(1000));
    expect(result.totals.memoryGiB?.low).toBeCloseTo(24 + 16 + 2.861, 3);
  });

  it('lists unstated resources of counted components instead of counting them as zero', () => {
    const redis = result.unstated.find((entry) => entry.component === 'redis');
    expect(redis?.resources).toEqual(expect.arrayContaining(['nodes', 'vcpu', 'storageGiB']));
    expect(result.unstated.map((u) => u.component)).not.toContain('postgresql');
    expect(result.unstated.map((u) => u.component)).not.toContain('waf');
  });

  it('cites the source of each figure used and says which loads were applied', () => {
    expect(row(result, 'redis').sources.map((s) => `${s.doc}#${s.section}`)).toContain('authgear-self-managed#resources-reference');
    expect(result.loads).toEqual([{ driver: 'users', label: 'users', singular: 'user', value: 100_000 }]);
    expect(result.missingLoads).toEqual([]);
  });

  it('defaults to self-managed for a cloud-neutral variant and states its unit convention', () => {
    expect(result.cloud).toBe('self-managed');
    expect(result.components.every((c) => c.service === null)).toBe(true);
    expect(result.units.memory).toBe('GiB');
    expect(result.units.convention).toMatch(/1 GB = 1 GiB/);
  });
});

describe('computeSizing thresholds', () => {
  it('keeps Elasticsearch optional at exactly 10,000 users and recommends it at 10,001', () => {
    const at = computeSizing(authgear, 'self-managed', { loads: { users: 10_000 } });
    const above = computeSizing(authgear, 'self-managed', { loads: { users: 10_001 } });
    expect(row(at, 'elasticsearch')).toMatchObject({ necessity: 'optional', counted: false });
    expect(row(above, 'elasticsearch')).toMatchObject({ necessity: 'recommended', statedNecessity: 'optional', counted: true });
    expect(above.recommendations).toContainEqual(
      expect.objectContaining({ component: 'elasticsearch', text: expect.stringMatching(/10,000 users/) }),
    );
    expect(at.recommendations.map((r) => r.component)).not.toContain('elasticsearch');
  });

  it('lets the highest crossed threshold win, and only for the driver it names', () => {
    const cite = [{ doc: 'authgear-azure', section: 'search-hint' }] as never;
    const component = {
      necessity: { level: 'optional' as const, source: cite },
      thresholds: [
        { driver: 'users', above: 100, level: 'recommended' as const, text: 'a', source: cite },
        { driver: 'users', above: 1000, level: 'required' as const, text: 'b', source: cite },
      ],
    };
    expect(findEffectiveNecessity(component as never, { users: 100 })).toBe('optional');
    expect(findEffectiveNecessity(component as never, { users: 101 })).toBe('recommended');
    expect(findEffectiveNecessity(component as never, { users: 1001 })).toBe('required');
    expect(findEffectiveNecessity(component as never, { 'requests-per-second': 5000 })).toBe('optional');
  });
});

describe('computeSizing on clouds', () => {
  it('maps roles to managed services with their own size classes on AWS', () => {
    const aws = computeSizing(authgear, 'self-managed', { loads: { users: 100_000 }, cloud: 'aws' });
    expect(row(aws, 'postgresql').service).toMatchObject({ id: 'amazon-rds-postgresql', vendorNamed: false });
    expect(row(aws, 'postgresql').instance?.name).toMatch(/^db\./);
    expect(row(aws, 'redis').service?.name).toMatch(/ElastiCache/);
    expect(row(aws, 'redis').instance?.name).toMatch(/^cache\./);
    const kubernetes = row(aws, 'kubernetes').instance;
    expect(kubernetes).toMatchObject({ vendorNamed: false });
    expect(kubernetes?.vcpu).toBeGreaterThanOrEqual(2);
    expect(kubernetes?.memoryGiB).toBeGreaterThanOrEqual(8);
  });

  it("uses the vendor's own Azure services and SKUs in the Azure variant, marked as the vendor's", () => {
    const azure = computeSizing(authgear, 'azure', { loads: { users: 1000 } });
    expect(azure.cloud).toBe('azure');
    expect(row(azure, 'kubernetes').instance).toMatchObject({ name: 'D2 v3', vendorNamed: true });
    expect(row(azure, 'kubernetes').service).toMatchObject({ vendorNamed: true });
    expect(row(azure, 'postgresql').instance).toMatchObject({ name: 'D2s v3', vendorNamed: true });
  });

  it('uses the vendor-named Azure SKUs in the self-managed variant too, saying where they are named', () => {
    const onAzure = computeSizing(authgear, 'self-managed', { loads: { users: 1000 }, cloud: 'azure' });
    expect(row(onAzure, 'kubernetes').instance).toMatchObject({ name: 'D2 v3', vendorNamed: true, namedIn: expect.any(String) });
  });

  it('proposes a larger size than the one the vendor names when the load outgrows it, and says why', () => {
    const small = computeSizing(authgear, 'azure', { loads: { users: 1000 } });
    const large = computeSizing(authgear, 'azure', { loads: { users: 1_000_000 } });
    const need = row(large, 'redis').amounts.memoryGiB?.low ?? 0;
    const instance = row(large, 'redis').instance;
    expect(instance?.vendorNamed).toBe(false);
    expect(instance?.memoryGiB ?? instance?.capacityGiB ?? 0).toBeGreaterThanOrEqual(need);
    if (row(small, 'redis').instance?.vendorNamed) expect(instance?.basis).toMatch(/too small at this load/);
  });
});

describe('computeSizing rules on fixtures', () => {
  it('counts per-node figures once when no node count is stated, and says so', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', vcpu: 4, memory: '512 MB', source }] })],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components[0]?.amounts).toMatchObject({ nodes: null, vcpu: point(4), memoryGiB: point(0.5) });
    expect(result.components[0]?.notes.join(' ')).toMatch(/no node count/);
  });

  it('prefers high-availability figures over minimum ones and adds per-load rules on top of the stated base', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'minimum', nodes: 1, memory: '1 GB', source },
            { scope: 'high-availability', nodes: 2, memory: '1 GB', source },
          ],
          sizing: [{ driver: 'users', memory: '1 MB', source }],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: { users: 1024 } }).components[0]).toMatchObject({
      amounts: { nodes: point(2), memoryGiB: point(3) },
      scope: 'high-availability',
    });
    expect(computeSizing(architecture, undefined, { loads: { users: 4096 } }).components[0]?.amounts.memoryGiB).toEqual(point(6));
  });

  it('applies each rule only for the driver it names and lists drivers that were not given', () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { id: 'users', label: 'users', singular: 'user', source },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source },
      ],
      components: [
        buildComponentInput({
          sizing: [
            { driver: 'users', memory: '1 MB', source },
            { driver: 'requests-per-second', per: 100, vcpu: 1, source },
          ],
        }),
      ],
    });
    const usersOnly = computeSizing(architecture, undefined, { loads: { users: 2048 } });
    expect(usersOnly.components[0]?.amounts).toMatchObject({ memoryGiB: point(2), vcpu: null });
    expect(usersOnly.missingLoads.map((m) => m.driver)).toEqual(['requests-per-second']);
    const both = computeSizing(architecture, undefined, { loads: { users: 2048, 'requests-per-second': 250 } });
    expect(both.components[0]?.amounts.vcpu).toEqual(point(2.5));
  });

  it('counts components that share a host once, on the host', () => {
    const architecture = buildArchitecture({
      hosts: [
        {
          id: 'server',
          name: 'One server',
          kind: 'server',
          components: ['app', 'postgresql'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '4 GB', source }],
          basis: 'stated',
          source,
        },
      ],
      components: [
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service', requirements: [{ scope: 'minimum', vcpu: 1, source }] }),
        buildComponentInput(),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components.every((c) => c.host === 'One server')).toBe(true);
    expect(result.hosts[0]).toMatchObject({ id: 'server', counted: true });
    expect(result.totals.vcpu).toEqual(point(2));
  });

  it('counts required and recommended components, never optional or conditional ones', () => {
    const architecture = buildArchitecture({
      components: (['required', 'recommended', 'optional', 'conditional'] as const).map((level, index) =>
        buildComponentInput({
          id: `c-${level}`,
          name: `C ${level}`,
          necessity: level === 'conditional' ? { level, condition: 'only sometimes', source } : { level, source },
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 10 ** index, source }],
        }),
      ),
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components.map((c) => [c.id, c.counted])).toEqual([
      ['c-required', true],
      ['c-recommended', true],
      ['c-optional', false],
      ['c-conditional', false],
    ]);
    // 10^0 + 10^1 only: the optional (100) and conditional (1000) figures stay out of the total.
    expect(result.totals.vcpu).toEqual(point(11));
  });

  it('reports null totals, not zero, when nothing is stated', () => {
    const result = computeSizing(buildArchitecture(), undefined, { loads: {} });
    for (const resource of sizingResources) expect(result.totals[resource]).toBeNull();
    expect(result.unstated[0]?.resources).toEqual(expect.arrayContaining(['nodes', 'vcpu', 'memoryGiB', 'storageGiB']));
  });

  it('rejects loads that are negative, not numbers or beyond the largest it accepts', () => {
    for (const users of [-1, Number.NaN, Number.POSITIVE_INFINITY, MAX_LOAD + 1]) {
      expect(() => computeSizing(authgear, undefined, { loads: { users } })).toThrow(RangeError);
    }
    expect(() => computeSizing(authgear, undefined, { loads: { users: MAX_LOAD } })).not.toThrow();
  });
});

describe('computeSizing over every real architecture, variant and target', () => {
  const architectures = loadContentArchitectures();

  it('keeps every component, totals the counted rows and never reports an unstated figure as a number', () => {
    for (const architecture of architectures) {
      for (const variant of architecture.variants) {
        for (const cloud of targetIds) {
          for (const factor of [1, 10_000, 1_000_000]) {
            const result = computeSizing(architecture, variant.id, { loads: exampleLoads(architecture, variant.id, factor), cloud });
            const label = `${architecture.id}/${variant.id}/${cloud}/${factor}`;
            expect(result.components.length, label).toBe(resolveVariant(architecture, variant.id).components.length);
            for (const resource of sizingResources) {
              const counted = [
                ...result.components.filter((c) => c.counted && c.host === null).map((c) => c.amounts[resource]),
                ...result.hosts.filter((h) => h.counted).map((h) => h.amounts[resource]),
              ];
              const expected = sumIntervals(counted);
              if (expected === null) expect(result.totals[resource], `${label} ${resource}`).toBeNull();
              else {
                expect(result.totals[resource]?.low, `${label} ${resource}`).toBeCloseTo(expected.low, 6);
                expect(result.totals[resource]?.high, `${label} ${resource}`).toBeCloseTo(expected.high, 6);
              }
            }
            for (const entry of result.unstated) {
              const found = result.components.find((c) => c.id === entry.component);
              for (const resource of entry.resources) expect(found?.amounts[resource], label).toBeNull();
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

  it('is monotone: a larger load never gives a smaller total of any resource (property)', () => {
    const pairs = architectures.flatMap((architecture) => architecture.variants.map((variant) => ({ architecture, variant: variant.id })));
    fc.assert(
      fc.property(
        fc.constantFrom(...pairs),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        ({ architecture, variant }, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const small = computeSizing(architecture, variant, { loads: exampleLoads(architecture, variant, low) });
          const large = computeSizing(architecture, variant, { loads: exampleLoads(architecture, variant, high) });
          for (const resource of sizingResources) {
            const before = small.totals[resource];
            const after = large.totals[resource];
            if (before === null) continue;
            expect(after, `${architecture.id}/${variant} ${resource} ${low}->${high}`).not.toBeNull();
            expect(after!.low + 1e-9).toBeGreaterThanOrEqual(before.low);
            expect(after!.high + 1e-9).toBeGreaterThanOrEqual(before.high);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts the same stated figures with no load as the footprint does', () => {
    for (const architecture of architectures) {
      for (const variant of architecture.variants) {
        const footprint = computeFootprint(resolveVariant(architecture, variant.id));
        const zero = computeSizing(architecture, variant.id, { loads: {} });
        for (const resource of sizingResources)
          expect(zero.totals[resource], `${architecture.id}/${variant.id} ${resource}`).toEqual(footprint.totals[resource]);
      }
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveVariant, sizingResources } from '../../../src/lib/model/index.ts';
import type { Interval } from '../../../src/schemas/quantity.ts';
import {
  computeFootprint,
  computeSizing,
  findEffectiveNecessity,
  isValidLoad,
  isValidUserCount,
  MAX_LOAD,
  MAX_USERS,
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

/** Authgear's self-managed variant at 100,000 users, computed inside each test so a mutant active in it shows. */
const sizeAuthgear = (): SizingResult => computeSizing(authgear, 'self-managed', { loads: { users: 100_000 } });

describe('computeSizing on Authgear (self-managed, 100,000 users)', () => {
  it('multiplies stated per-node high-availability figures by the node count', () => {
    const result = sizeAuthgear();
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
    const result = sizeAuthgear();
    const redis = row(result, 'redis').amounts;
    expect(redis.memoryGiB?.low).toBe((30 * 100_000) / 1024 ** 2);
    expect(redis.memoryGiB?.low).toBeCloseTo(2.861, 3);
    expect(redis.nodes).toBeNull();
    expect(redis.vcpu).toBeNull();
    expect(row(result, 'redis').grows).toContain('memoryGiB');
  });

  it('totals 3 x 2 + 2 x 2 = 10 vCPU on 5 nodes, from stated figures only', () => {
    const result = sizeAuthgear();
    expect(result.totals.vcpu).toEqual(point(10));
    expect(result.totals.nodes).toEqual(point(5));
    expect(result.totals.storageGiB).toEqual(point(1000));
    expect(result.totals.memoryGiB?.low).toBeCloseTo(24 + 16 + 2.861, 3);
  });

  it('lists unstated resources of counted components instead of counting them as zero', () => {
    const result = sizeAuthgear();
    const redis = result.unstated.find((entry) => entry.component === 'redis');
    expect(redis?.resources).toEqual(expect.arrayContaining(['nodes', 'vcpu', 'storageGiB']));
    expect(result.unstated.map((u) => u.component)).not.toContain('postgresql');
    expect(result.unstated.map((u) => u.component)).not.toContain('waf');
  });

  it('cites the source of each figure used and says which loads were applied', () => {
    const result = sizeAuthgear();
    expect(row(result, 'redis').sources.map((s) => `${s.doc}#${s.section}`)).toContain('authgear-self-managed#resources-reference');
    expect(result.loads).toEqual([{ driver: 'users', label: 'users', singular: 'user', value: 100_000 }]);
    expect(result.missingLoads).toEqual([]);
  });

  it('defaults to self-managed for a cloud-neutral variant and states its unit convention', () => {
    const result = sizeAuthgear();
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

describe('findEffectiveNecessity and isCounted', () => {
  const cite = [{ doc: 'authgear-self-managed', section: 'resources-reference' }] as never;
  const threshold = (above: number, level: 'recommended' | 'required' | 'optional' | 'conditional', driver = 'users') => ({
    driver,
    above,
    level,
    text: `above ${above}`,
    source: cite,
  });

  it('keeps the stated level when the component has no thresholds at all', () => {
    expect(findEffectiveNecessity({ necessity: { level: 'conditional', source: cite } } as never, { users: 5 })).toBe('conditional');
  });

  it('takes the highest crossed threshold even when the thresholds are listed highest first', () => {
    const component = {
      necessity: { level: 'optional', source: cite },
      thresholds: [threshold(1000, 'required'), threshold(100, 'recommended')],
    };
    expect(findEffectiveNecessity(component as never, { users: 500 })).toBe('recommended');
    expect(findEffectiveNecessity(component as never, { users: 5000 })).toBe('required');
  });

  it('crosses a threshold at 0 for any load above 0, but not for a load of 0 or a driver left out', () => {
    const component = { necessity: { level: 'optional', source: cite }, thresholds: [threshold(0, 'required')] };
    expect(findEffectiveNecessity(component as never, { users: 1 })).toBe('required');
    expect(findEffectiveNecessity(component as never, { users: 0 })).toBe('optional');
    expect(findEffectiveNecessity(component as never, {})).toBe('optional');
  });

  it('counts a required component that a threshold makes optional above its load, and not once crossed', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 3, source }],
          thresholds: [{ driver: 'users', above: 50, level: 'optional', text: 'Not needed past 50 users.', source }],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: { users: 50 } }).totals.vcpu).toEqual(point(3));
    const above = computeSizing(architecture, undefined, { loads: { users: 51 } });
    expect(above.components[0]).toMatchObject({ necessity: 'optional', statedNecessity: 'required', counted: false });
    expect(above.totals.vcpu).toBeNull();
    expect(above.unstated).toEqual([]);
  });
});

describe('computeSizing totals and unstated lists on fixtures', () => {
  it('adds stated figures and ranges of counted components: 1 + 10 nodes, 2-4 + 20 vCPU, and lists only what is missing', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          id: 'a',
          name: 'A',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: { min: 2, max: 4 }, memory: '1 GB', source }],
        }),
        buildComponentInput({
          id: 'b',
          name: 'B',
          role: 'application-service',
          requirements: [{ scope: 'minimum', nodes: 10, vcpu: 2, storage: '100 GB', source }],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.totals).toEqual({
      nodes: point(11),
      vcpu: { low: 2 + 20, high: 4 + 20 },
      memoryGiB: point(1),
      storageGiB: point(1000),
      iops: null,
    });
    // IOPS is never listed as unstated: few vendors state it for anything.
    expect(result.unstated).toEqual([
      { component: 'a', name: 'A', resources: ['storageGiB'] },
      { component: 'b', name: 'B', resources: ['memoryGiB'] },
    ]);
  });

  it('leaves an optional component with nothing stated out of the unstated list', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          id: 'a',
          name: 'A',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, memory: '1 GB', storage: '1 GB', source }],
        }),
        buildComponentInput({ id: 'b', name: 'B', role: 'application-service', necessity: { level: 'optional', source } }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: {} }).unstated).toEqual([]);
  });

  it('sums the counted members of a host that states no figures of its own, once, and leaves members out of the unstated list', () => {
    const architecture = buildArchitecture({
      hosts: [{ id: 'box', name: 'Box', kind: 'vm', components: ['app', 'postgresql', 'cache'], basis: 'stated', source }],
      components: [
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source }],
        }),
        buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 10, memory: '2 GB', source }] }),
        buildComponentInput({
          id: 'cache',
          name: 'Cache',
          role: 'cache',
          necessity: { level: 'optional', source },
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 100, source }],
        }),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.hosts[0]).toMatchObject({ components: ['app', 'postgresql', 'cache'], counted: true, kind: 'vm' });
    expect(result.hosts[0]?.amounts).toEqual({ nodes: point(1), vcpu: point(11), memoryGiB: point(2), storageGiB: null, iops: null });
    expect(result.hosts[0]?.notes).toEqual(['One vm holds App, PostgreSQL, Cache; its figures are the sum of theirs.']);
    expect(result.totals).toMatchObject({ nodes: point(1), vcpu: point(11), memoryGiB: point(2), storageGiB: null });
    expect(result.unstated).toEqual([]);
    expect(result.limitTotals).toEqual({ vcpu: null, memoryGiB: null });
  });

  it('leaves a host whose members are all optional out of the totals', () => {
    const architecture = buildArchitecture({
      hosts: [{ id: 'box', name: 'Box', kind: 'pod', components: ['app', 'postgresql'], basis: 'stated', source }],
      components: [
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          necessity: { level: 'optional', source },
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source }],
        }),
        buildComponentInput({
          necessity: { level: 'conditional', condition: 'with a database', source },
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 10, source }],
        }),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.hosts[0]?.counted).toBe(false);
    for (const resource of sizingResources) expect(result.totals[resource]).toBeNull();
  });

  it("multiplies a host's own per-node figures by its node count and says they are the host's", () => {
    const architecture = buildArchitecture({
      hosts: [
        {
          id: 'box',
          name: 'Box',
          kind: 'server',
          components: ['app', 'postgresql'],
          requirements: [{ scope: 'recommended', nodes: 3, vcpu: 2, memory: '8 GB', storage: '50 GB', iops: 100, source }],
          basis: 'stated',
          source,
        },
      ],
      components: [
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source }],
        }),
        buildComponentInput(),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.hosts[0]?.amounts).toEqual({
      nodes: point(3),
      vcpu: point(6),
      memoryGiB: point(24),
      storageGiB: point(150),
      iops: point(300),
    });
    expect(result.hosts[0]?.notes).toEqual(['The vendor states figures for the server as a whole (recommended).']);
    expect(result.totals.vcpu).toEqual(point(6));
  });
});

describe('computeSizing load rules, limits and notes on fixtures', () => {
  const users = { id: 'users', label: 'users', singular: 'user', source };

  it('multiplies a per-node rule by the node count and a total rule once', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 3, vcpu: 1, source }],
          sizing: [
            { driver: 'users', per: 100, vcpu: 1, appliesTo: 'per-node', source },
            { driver: 'users', per: 10, storage: '1 GB', iops: 5, source },
          ],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: { users: 200 } });
    // 3 nodes x 1 vCPU + 200 / 100 x 1 vCPU on each of 3 nodes = 9; 200 / 10 x 1 GiB = 20 GiB; 200 / 10 x 5 = 100 IOPS.
    expect(result.components[0]?.amounts).toMatchObject({ vcpu: point(9), storageGiB: point(20), iops: point(100) });
    expect(result.components[0]?.grows).toEqual(['vcpu', 'storageGiB', 'iops']);
    expect(result.components[0]?.notes).toContain('1 vCPU on each node per 100 users, at 200 users: 6 vCPU.');
    expect(result.components[0]?.notes).toContain('1 GB of storage and 5 IOPS per 10 users, at 200 users: 20 GiB storage, 100 IOPS.');
  });

  it('says which rules it did not apply because their driver was not given', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [buildComponentInput({ sizing: [{ driver: 'users', memory: '1 MB', source }] })],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components[0]?.notes).toEqual(['Not applied (no users given): 1 MB of memory per user.']);
    expect(result.components[0]?.grows).toEqual([]);
    expect(result.components[0]?.amounts.memoryGiB).toBeNull();
    expect(result.missingLoads).toEqual([{ driver: 'users', label: 'users' }]);
  });

  it('multiplies stated per-node limits by the nodes and adds the limits of load rules', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'minimum', nodes: 2, vcpu: { request: 1, limit: 2 }, memory: { request: '1 GB', limit: '3 GB' }, source },
          ],
          sizing: [{ driver: 'users', per: 10, vcpu: { request: 1, limit: 4 }, memory: { request: '1 GB', limit: '5 GB' }, source }],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: { users: 20 } });
    // Requests: 2 x 1 + 20 / 10 x 1 = 4 vCPU, 2 x 1 + 2 x 1 = 4 GiB. Limits: 2 x 2 + 2 x 4 = 12 vCPU, 2 x 3 + 2 x 5 = 16 GiB.
    expect(result.components[0]?.amounts).toMatchObject({ vcpu: point(4), memoryGiB: point(4) });
    expect(result.components[0]?.limits).toEqual({ vcpu: point(12), memoryGiB: point(16) });
    expect(result.limitTotals).toEqual({ vcpu: point(12), memoryGiB: point(16) });
  });

  it('multiplies the limits of a per-node rule by the node count', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 4, vcpu: 1, source }],
          sizing: [
            {
              driver: 'users',
              per: 10,
              appliesTo: 'per-node',
              vcpu: { request: 1, limit: 3 },
              memory: { request: '1 GB', limit: '2 GB' },
              source,
            },
          ],
        }),
      ],
    });
    // 20 users = 2 units of 10, on each of 4 nodes: 8 units. Limits 8 x 3 = 24 vCPU and 8 x 2 = 16 GiB.
    const result = computeSizing(architecture, undefined, { loads: { users: 20 } });
    expect(result.components[0]?.limits).toEqual({ vcpu: point(24), memoryGiB: point(16) });
  });

  it('derives a memory limit per node from a head-room rule: (4 GiB - 1 GiB) x 2 / 0.5 = 12 GiB, times 2 nodes', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 2, memory: '4 GB', vcpu: 2, source }],
          limits: [{ resource: 'memory', minus: '1 GB', times: 2, dividedBy: 0.5, text: 'The limit is well above the request.', source }],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components[0]?.limits).toEqual({ vcpu: null, memoryGiB: point(24) });
    expect(result.components[0]?.notes).toContain('The limit is well above the request.');
    expect(result.limitTotals).toEqual({ vcpu: null, memoryGiB: point(24) });
  });

  it('derives a CPU limit from a rule with a CPU minus only, never below zero', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: { min: 1, max: 3 }, source }],
          limits: [{ resource: 'vcpu', minus: 2, text: 'Two cores are kept back.', source }],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: {} }).components[0]?.limits.vcpu).toEqual({ low: 0, high: 1 });
  });

  it('keeps a stated limit rather than deriving one, and derives none without a request', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: 1, limit: 2 }, source }],
          limits: [
            { resource: 'vcpu', times: 10, text: 'CPU head-room.', source },
            { resource: 'memory', times: 10, text: 'Memory head-room.', source },
          ],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components[0]?.limits).toEqual({ vcpu: point(2), memoryGiB: null });
    expect(result.components[0]?.notes.join(' ')).not.toMatch(/head-room/);
  });

  it('leaves the limits of components that are not counted out of the limit totals', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: 1, limit: 2 }, source }] }),
        buildComponentInput({
          id: 'extra',
          name: 'Extra',
          role: 'application-service',
          necessity: { level: 'optional', source },
          requirements: [
            { scope: 'minimum', nodes: 1, vcpu: { request: 10, limit: 20 }, memory: { request: '1 GB', limit: '2 GB' }, source },
          ],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: {} }).limitTotals).toEqual({ vcpu: point(2), memoryGiB: null });
  });

  it('notes each threshold: not applied without a load, below it, and crossed', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          necessity: { level: 'optional', source },
          thresholds: [{ driver: 'users', above: 1000, level: 'recommended', text: 'Add it past 1,000 users.', source }],
        }),
      ],
    });
    const notes = (loads: Record<string, number>) => computeSizing(architecture, undefined, { loads }).components[0]?.notes;
    expect(notes({})).toEqual(['Applies above 1,000 users: Add it past 1,000 users.']);
    expect(notes({ users: 1000 })).toEqual(['At 1,000 users, below the 1,000 of this recommendation: Add it past 1,000 users.']);
    expect(notes({ users: 1001 })).toEqual(['Add it past 1,000 users.']);
  });

  it('names the parts it adds up and the fields a lower scope fills in', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'recommended', part: 'api', nodes: 1, vcpu: 1, source },
            { scope: 'recommended', part: 'worker', nodes: 1, vcpu: 2, source },
          ],
        }),
        buildComponentInput({
          id: 'filled',
          name: 'Filled',
          role: 'application-service',
          requirements: [
            { scope: 'production', nodes: 2, vcpu: 4, source },
            { scope: 'minimum', memory: '2 GB', storage: '10 GB', source },
          ],
        }),
      ],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components[0]?.notes).toEqual(['Stated figures are recommended, the sum of 2 parts (api, worker).']);
    expect(result.components[0]?.amounts.vcpu).toEqual(point(3));
    expect(result.components[1]?.notes).toEqual([
      'Stated figures are for production.',
      'The minimum figures give memory and storage, which the figures for production leave out.',
    ]);
    expect(result.components[1]?.amounts).toMatchObject({ nodes: point(2), vcpu: point(8), memoryGiB: point(4), storageGiB: point(20) });
  });
});

describe('computeSizing results around the variant', () => {
  const users = { id: 'users', label: 'users', singular: 'user', source };
  const variant = (id: string, name: string, rated: object[]) => ({ id, name, summary: `${name}.`, source, rated });

  it('warns past the rated maximum and names the variant rated for the load', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [
        variant('small', 'Small', [{ driver: 'users', max: 1000, basis: 'rated', source }]),
        variant('large', 'Large', [{ driver: 'users', min: 1000, max: 100_000, basis: 'tested', source }]),
      ],
    } as never);
    expect(computeSizing(architecture, 'small', { loads: { users: 1000 } }).warnings).toEqual([]);
    const [warning, ...rest] = computeSizing(architecture, 'small', { loads: { users: 5000 } }).warnings;
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ driver: 'users', load: 5000, fits: [{ id: 'large', name: 'Large' }] });
    expect(warning?.text).toBe(
      "5,000 users is outside what Small is rated for (up to 1,000 users); the figures below are the vendor's for its rated range and may not hold. Large is rated for it.",
    );
  });

  it('warns below the tested minimum, and names no variant when none fits', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [
        variant('small', 'Small', [{ driver: 'users', max: 1000, basis: 'rated', source }]),
        variant('large', 'Large', [{ driver: 'users', min: 1000, basis: 'tested', source }]),
      ],
    } as never);
    expect(computeSizing(architecture, 'large', { loads: { users: 1000 } }).warnings).toEqual([]);
    expect(computeSizing(architecture, 'large', { loads: { 'other-driver': 5 } }).warnings).toEqual([]);
    const [warning] = computeSizing(architecture, 'large', { loads: { users: 999 } }).warnings;
    expect(warning?.text).toBe(
      "999 users is outside what Large is tested for (from 1,000 users); the figures below are the vendor's for its tested range and may not hold. Small is rated for it.",
    );
    const none = buildArchitecture({
      loadDrivers: [users],
      variants: [variant('only', 'Only', [{ driver: 'users', max: 10, basis: 'rated', source }]), variant('other', 'Other', [])],
    } as never);
    const [alone] = computeSizing(none, 'only', { loads: { users: 11 } }).warnings;
    expect(alone?.fits).toEqual([]);
    expect(alone?.text).toMatch(/may not hold\.$/);
  });

  it('names every variant that fits, joined with "or"', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [
        variant('a', 'A', [{ driver: 'users', max: 10, basis: 'rated', source }]),
        variant('b', 'B', [{ driver: 'users', max: 100, basis: 'rated', source }]),
        variant('c', 'C', [{ driver: 'users', min: 50, basis: 'rated', source }]),
      ],
    } as never);
    expect(computeSizing(architecture, 'a', { loads: { users: 60 } }).warnings[0]?.text).toMatch(/ B or C are rated for it\.$/);
  });

  it('warns "up to" the maximum only past it: below the minimum of a range with both it says "from"', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [variant('mid', 'Mid', [{ driver: 'users', min: 100, max: 1000, basis: 'rated', source }])],
    } as never);
    expect(computeSizing(architecture, 'mid', { loads: { users: 99 } }).warnings[0]?.text).toMatch(
      /^99 users is outside what Mid is rated for \(from 100 users\);/,
    );
    expect(computeSizing(architecture, 'mid', { loads: { users: 1001 } }).warnings[0]?.text).toMatch(/\(up to 1,000 users\);/);
  });

  it('never names the variant itself, nor a variant rated only for another driver, as one that fits', () => {
    const rps = { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source };
    const architecture = buildArchitecture({
      loadDrivers: [users, rps],
      variants: [
        // Rated for 10 users but tested for 100: the tested range holds 50, yet this variant is the one warned about.
        variant('self', 'Self', [
          { driver: 'users', max: 10, basis: 'rated', source },
          { driver: 'users', max: 100, basis: 'tested', source },
        ]),
        variant('other', 'Other', [{ driver: 'requests-per-second', max: 1_000_000, basis: 'rated', source }]),
      ],
    } as never);
    const [warning] = computeSizing(architecture, 'self', { loads: { users: 50 } }).warnings;
    expect(warning?.fits).toEqual([]);
  });

  it('sizes the first variant when none is named and reports only the loads of known drivers', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [variant('first', 'First', []), variant('second', 'Second', [])],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: { users: 1, unknown: 7 } });
    expect(result).toMatchObject({
      architecture: 'fixture',
      product: 'Fixture',
      variant: 'first',
      variantName: 'First',
      cloud: 'self-managed',
    });
    expect(result.loads).toEqual([{ driver: 'users', label: 'users', singular: 'user', value: 1 }]);
  });

  it('collects zones, variant notes and the notes of counted components once each, and no notes of other kinds', () => {
    const architecture = buildArchitecture({
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'The only variant.',
          source,
          availabilityZones: { min: 3, source },
          notes: [
            { kind: 'recommendation', text: 'Back up daily.', source },
            { kind: 'warning', text: 'A warning.', source },
            { kind: 'high-availability', text: 'Run two.', source },
            { kind: 'requirement', text: 'Use TLS.', source },
          ],
        },
      ],
      components: [
        buildComponentInput({
          notes: [
            { kind: 'recommendation', text: 'Back up daily.', source },
            { kind: 'recommendation', text: 'Tune it.', source },
          ],
        }),
        buildComponentInput({
          id: 'extra',
          name: 'Extra',
          role: 'application-service',
          necessity: { level: 'optional', source },
          notes: [{ kind: 'recommendation', text: 'Only if deployed.', source }],
        }),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.recommendations.map((r) => [r.text, r.component])).toEqual([
      ['Run across at least 3 availability zones.', null],
      ['Back up daily.', null],
      ['Run two.', null],
      ['Use TLS.', null],
      ['Tune it.', 'postgresql'],
    ]);
  });
});

describe('computeSizing input checks, versions and placement notes', () => {
  it('accepts loads from 0 to the largest and whole user counts from 1', () => {
    expect([0, 0.5, MAX_LOAD].map(isValidLoad)).toEqual([true, true, true]);
    expect([-0.001, MAX_LOAD + 0.5, Number.NaN, Number.POSITIVE_INFINITY].map(isValidLoad)).toEqual([false, false, false, false]);
    expect([1, MAX_USERS].map(isValidUserCount)).toEqual([true, true]);
    expect([0, 1.5, MAX_USERS + 1, Number.NaN].map(isValidUserCount)).toEqual([false, false, false, false]);
  });

  it('names the load in the error it throws', () => {
    expect(() => computeSizing(authgear, undefined, { loads: { users: -1 } })).toThrow(
      'users must be a number from 0 to 100,000,000; got -1.',
    );
  });

  it('notes each supported version range of the figures used', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, versions: [{ product: 'PostgreSQL', min: '14' }], source }],
        }),
      ],
    });
    const notes = computeSizing(architecture, undefined, { loads: {} }).components[0]?.notes ?? [];
    expect(notes.filter((note) => note.startsWith('Version: '))).toHaveLength(1);
    expect(notes.find((note) => note.startsWith('Version: '))).toMatch(/PostgreSQL.*14.*\.$/);
  });

  it('sizes a cache with a whole-component memory rule and no node count to hold the load on one node, and says so', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      components: [
        buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', sizing: [{ driver: 'users', memory: '1 MB', source }] }),
      ],
    });
    // 20,480 users x 1 MiB = 20 GiB on one node. ElastiCache's proposed families (data/catalogues/aws-elasticache-redis.json):
    // 2 vCPU holds 6.38 (m7g) or 13.07 GiB (r7g), 4 vCPU 12.93 (m7g) or 26.32 GiB (r7g), so cache.r7g.xlarge.
    const cache = computeSizing(architecture, undefined, { loads: { users: 20_480 }, cloud: 'aws' }).components[0];
    expect(cache?.instance?.name).toBe('cache.r7g.xlarge');
    expect(cache?.notes).toContain('cache.r7g.xlarge is the smallest size holding the load-based memory on one node.');
  });

  it('places the members of a host on it, and the host on a machine of the target', () => {
    const architecture = buildArchitecture({
      hosts: [{ id: 'box', name: 'Box', kind: 'vm', components: ['app', 'postgresql'], basis: 'stated', source }],
      components: [
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, memory: '4 GB', source }],
        }),
        buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, memory: '4 GB', source }] }),
      ],
    } as never);
    const result = computeSizing(architecture, undefined, { loads: {}, cloud: 'aws' });
    expect(result.components[0]).toMatchObject({
      host: 'Box',
      service: null,
      serviceReason: 'Runs on Box.',
      instance: null,
      instanceReason: 'Runs on Box.',
    });
    // The host holds 2 vCPU and 8 GiB: on EC2 the proposal prefers m7i.large.
    expect(result.hosts[0]).toMatchObject({ service: { id: 'amazon-ec2' }, instance: { name: 'm7i.large' }, instanceReason: null });
  });
});

describe('computeSizing stated figures, sources and cloud notes on fixtures', () => {
  const users = { id: 'users', label: 'users', singular: 'user', source };
  const notesOf = (result: SizingResult) => result.components[0]?.notes ?? [];

  it('counts figures stated for all nodes together once, not once per node', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 3, vcpu: 6, perNode: false, source }] })],
    });
    expect(computeSizing(architecture, undefined, { loads: {} }).components[0]?.amounts).toMatchObject({ nodes: point(3), vcpu: point(6) });
  });

  it('takes the node count from a lower scope that fills it in: production 4 vCPU per node on the minimum 3 nodes = 12 vCPU', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'production', vcpu: 4, source },
            { scope: 'minimum', nodes: 3, vcpu: 2, source },
          ],
        }),
      ],
    });
    expect(computeSizing(architecture, undefined, { loads: {} }).components[0]?.amounts).toMatchObject({
      nodes: point(3),
      vcpu: point(12),
    });
  });

  it('says a missing node count makes per-node figures count once only when some part states a per-node figure', () => {
    const note = 'The vendor states no node count; per-node figures are counted once.';
    const memoryOnly = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', memory: '1 GB', source }] })],
    });
    const wholeOnly = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', vcpu: 6, perNode: false, source }] })],
    });
    const mixedParts = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'minimum', part: 'a', vcpu: 1, perNode: false, source },
            { scope: 'minimum', part: 'b', memory: '1 GB', source },
          ],
        }),
      ],
    });
    expect(notesOf(computeSizing(memoryOnly, undefined, { loads: {} }))).toContain(note);
    expect(notesOf(computeSizing(wholeOnly, undefined, { loads: {} }))).not.toContain(note);
    expect(notesOf(computeSizing(mixedParts, undefined, { loads: {} }))).toContain(note);
  });

  it('cites the figures, the limit rules, the thresholds and the vendor-named service a row uses, in that order', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          source: 'authgear-self-managed#introduction',
          requirements: [{ scope: 'minimum', vcpu: 2, source }],
          limits: [{ resource: 'vcpu', times: 2, text: 'Twice the request.', source: 'authgear-self-managed#deployment-options' }],
          thresholds: [{ driver: 'users', above: 10, level: 'required', text: 'Keep it.', source: 'authgear-azure#search-hint' }],
          managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', source: 'authgear-azure#cloud-resources-requirements' }],
        }),
      ],
    });
    const row = computeSizing(architecture, undefined, { loads: { users: 1 }, cloud: 'aws' }).components[0];
    expect(row?.sources.map((ref) => ref.anchor)).toEqual([
      'src-authgear-self-managed-resources-reference',
      'src-authgear-self-managed-deployment-options',
      'src-authgear-azure-search-hint',
      'src-authgear-azure-cloud-resources-requirements',
    ]);
  });

  it('reports the technology, or null when none is named', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput(), buildComponentInput({ id: 'other', name: 'Other', technology: undefined })],
    });
    const result = computeSizing(architecture, undefined, { loads: {} });
    expect(result.components.map((c) => c.technology)).toEqual(['PostgreSQL', null]);
  });

  it('writes a load rule as a sentence with its result: "About 1 MB of memory per user, at 1,024 users: 1 GiB memory."', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      components: [buildComponentInput({ sizing: [{ driver: 'users', memory: '1 MB', approximate: true, source }] })],
    });
    expect(notesOf(computeSizing(architecture, undefined, { loads: { users: 1024 } }))).toContain(
      'About 1 MB of memory per user, at 1,024 users: 1 GiB memory.',
    );
  });

  it('sizes a machine for load-based memory only when the rule is for the whole component and no node count or per-node memory is stated', () => {
    const oneNode = 'is the smallest size holding the load-based memory on one node.';
    const perNodeRule = buildArchitecture({
      loadDrivers: [users],
      components: [buildComponentInput({ sizing: [{ driver: 'users', memory: '1 MB', appliesTo: 'per-node', source }] })],
    });
    const withNodes = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 2, source }],
          sizing: [{ driver: 'users', memory: '1 MB', source }],
        }),
      ],
    });
    const withMemory = buildArchitecture({
      loadDrivers: [users],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', memory: '4 GB', source }],
          sizing: [{ driver: 'users', memory: '1 MB', source }],
        }),
      ],
    });
    const vcpuOnly = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', vcpu: 2, source }] })],
    });
    for (const architecture of [perNodeRule, withNodes]) {
      const row = computeSizing(architecture, undefined, { loads: { users: 1024 }, cloud: 'aws' }).components[0];
      expect(row?.instance).toBeNull();
      expect(row?.instanceReason).toBe('No per-node figures are stated to size it.');
    }
    for (const architecture of [withMemory, vcpuOnly]) {
      const row = computeSizing(architecture, undefined, { loads: { users: 1024 }, cloud: 'aws' }).components[0];
      expect(row?.instance).not.toBeNull();
      expect(row?.notes.join(' ')).not.toContain(oneNode);
    }
  });

  it('warns "from" the minimum of a range that states only a minimum', () => {
    const architecture = buildArchitecture({
      loadDrivers: [users],
      variants: [
        { id: 'default', name: 'Default', summary: 'Large.', rated: [{ driver: 'users', min: 1000, basis: 'rated', source }], source },
      ],
    });
    const [warning] = computeSizing(architecture, undefined, { loads: { users: 10 } }).warnings;
    expect(warning?.text).toBe(
      "10 users is outside what Default is rated for (from 1,000 users); the figures below are the vendor's for its rated range and may not hold.",
    );
  });

  it('places the footprint on self-managed hardware', () => {
    const architecture = buildArchitecture();
    const [component] = computeFootprint(resolveVariant(architecture, 'default')).components;
    expect(component).toMatchObject({
      serviceReason: 'You run it yourself, on your own servers or cluster.',
      instanceReason: 'You run it yourself, on your own servers or cluster.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { computeFootprint, computeSizing, type SizingResult } from '../../../src/lib/sizing/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const figures = 'authgear-self-managed#resources-reference';
const hint = 'authgear-azure#search-hint';
const intro = 'authgear-self-managed#introduction';

/** One component with stated figures, a per-user rule from the same section, a threshold, a version floor and notes. */
const architecture = buildArchitecture({
  notes: [
    { kind: 'high-availability', text: 'Run two of everything.', source: intro },
    { kind: 'info', text: 'Just so you know.', source: intro },
  ],
  variants: [{ id: 'default', name: 'Default', summary: 'The only variant.', source: intro, availabilityZones: { min: 3, source: intro } }],
  components: [
    buildComponentInput({
      id: 'db',
      requirements: [
        { scope: 'production', nodes: 2, vcpu: 2, memory: '8 GB', version: { product: 'PostgreSQL', min: '13' }, source: figures },
      ],
      sizing: [{ resource: 'memory', perUser: '1 MB', approximate: true, source: figures }],
      thresholds: [{ usersAbove: 1000, level: 'required', text: 'Above 1,000 users, tune the pool.', source: hint }],
      notes: [
        { kind: 'recommendation', text: 'Use a managed database.', source: intro },
        { kind: 'warning', text: 'Back it up.', source: intro },
      ],
    }),
    buildComponentInput({
      id: 'cache',
      role: 'cache',
      notes: [{ kind: 'recommendation', text: 'Use a managed database.', source: intro }],
    }),
  ],
});

/** A row of a result by id. */
function row(result: Pick<SizingResult, 'components'>, id: string) {
  const found = result.components.find((c) => c.id === id);
  if (!found) throw new Error(`no component ${id}`);
  return found;
}

describe('computeSizing notes and sources', () => {
  it('says how each figure was derived, in order', () => {
    // 2 nodes x 8 GB = 16 GiB stated; 1 MiB x 2,048 users = 2 GiB per user; the larger, 16 GiB, is used.
    const db = row(computeSizing(architecture, undefined, { users: 2048 }), 'db');
    expect(db.memoryGiB).toBe(16);
    expect(db.notes).toEqual([
      'Stated figures are for production.',
      'About 1 MB of memory per user × 2,048 users = 2 GiB.',
      'The larger of the stated memory (16 GiB) and the per-user memory (2 GiB) is used.',
      'Above 1,000 users, tune the pool.',
      'PostgreSQL 13 or later.',
    ]);
  });

  it('takes the per-user figure when it is the larger one', () => {
    // 1 MiB x 32,768 users = 32 GiB, more than the 16 GiB stated.
    expect(row(computeSizing(architecture, undefined, { users: 32_768 }), 'db').memoryGiB).toBe(32);
  });

  it('marks a threshold not yet crossed, at and below its user count', () => {
    expect(row(computeSizing(architecture, undefined, { users: 1000 }), 'db').notes).toContain(
      'Below the threshold: Above 1,000 users, tune the pool.',
    );
  });

  it('cites each source once, in the order the figures use them', () => {
    const sources = row(computeSizing(architecture, undefined, { users: 2048 }), 'db').sources.map((s) => `${s.doc}#${s.section}`);
    expect(sources).toEqual([figures, hint]);
  });

  it('says per-user rules come on top in the footprint, which has no user count', () => {
    const db = row(computeFootprint(resolveVariant(architecture, 'default')), 'db');
    expect(db.memoryGiB).toBe(16);
    expect(db.notes).toEqual([
      'Stated figures are for production.',
      'About 1 MB of memory per user, on top of the figures shown.',
      'Below the threshold: Above 1,000 users, tune the pool.',
      'PostgreSQL 13 or later.',
    ]);
  });

  it('gives a component without figures no figure notes and no source beyond its rules', () => {
    const cache = row(computeSizing(architecture, undefined, { users: 10 }), 'cache');
    expect(cache).toMatchObject({ scope: null, nodes: null, vcpu: null, memoryGiB: null, storageGiB: null, notes: [], sources: [] });
    expect(cache.perNode).toEqual({ vcpu: null, memoryGiB: null, storageGiB: null });
  });
});

describe('computeSizing recommendations', () => {
  it('lists the zone sentence, HA and recommendation notes, and crossed thresholds, each text once', () => {
    const result = computeSizing(architecture, undefined, { users: 1001 });
    expect(result.recommendations.map((r) => [r.text, r.component])).toEqual([
      ['Run across at least 3 availability zones.', null],
      ['Run two of everything.', null],
      ['Above 1,000 users, tune the pool.', 'db'],
      ['Use a managed database.', 'db'],
    ]);
    expect(result.recommendations[2]?.source.section).toBe('search-hint');
  });

  it('leaves out a threshold that is not crossed', () => {
    const texts = computeSizing(architecture, undefined, { users: 1000 }).recommendations.map((r) => r.text);
    expect(texts).not.toContain('Above 1,000 users, tune the pool.');
    expect(texts).toContain('Use a managed database.');
  });

  it('describes the result: product, variant, users, target and units', () => {
    expect(computeSizing(architecture, 'default', { users: 5, cloud: 'gcp' })).toMatchObject({
      architecture: 'fixture',
      product: 'Fixture',
      variant: 'default',
      variantName: 'Default',
      users: 5,
      cloud: 'gcp',
      cloudLabel: 'Google Cloud',
      units: { memory: 'GiB', storage: 'GiB' },
    });
  });
});

describe('computeSizing instance choice', () => {
  it('sizes the instance for the per-user memory on one node when no per-node memory or node count is stated', () => {
    const cache = buildArchitecture({
      components: [
        buildComponentInput({ id: 'cache', role: 'cache', sizing: [{ resource: 'memory', perUser: '30 kB', source: figures }] }),
      ],
    });
    // 30 KiB x 1,048,576 users = 30 GiB on one node: the smallest AWS type with at least 30 GiB is r6i.xlarge (4 vCPU, 32 GiB).
    const sized = row(computeSizing(cache, undefined, { users: 1024 * 1024, cloud: 'aws' }), 'cache');
    expect(sized.instance).toMatchObject({ name: 'r6i.xlarge', vendorNamed: false });
    expect(sized.notes).toContain('r6i.xlarge is the smallest listed type holding the per-user memory on one node.');
  });

  it('sizes the instance from the per-node figures only when a node count is stated', () => {
    const spread = buildArchitecture({
      components: [
        buildComponentInput({
          id: 'cache',
          role: 'cache',
          requirements: [{ nodes: 3, vcpu: 4, source: figures }],
          sizing: [{ resource: 'memory', perUser: '30 kB', source: figures }],
        }),
      ],
    });
    // The per-user memory is spread over the 3 stated nodes, so only the 4 vCPU per node constrains the type.
    const sized = row(computeSizing(spread, undefined, { users: 1024 * 1024, cloud: 'aws' }), 'cache');
    expect(sized.instance?.name).toBe('m6i.xlarge');
    expect(sized.notes.join(' ')).not.toMatch(/smallest listed type/);
  });

  it('cites the vendor where the vendor names the service or the SKU', () => {
    const named = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ nodes: 2, vcpu: 2, instance: { cloud: 'azure', sku: 'D2s v3' }, source: hint }],
          managed: [{ cloud: 'azure', service: 'azure-database-postgresql', source: intro }],
        }),
      ],
    });
    const sized = row(computeSizing(named, undefined, { users: 1, cloud: 'azure' }), 'postgresql');
    expect(sized.sources.map((s) => `${s.doc}#${s.section}`)).toEqual([hint, intro]);
    expect(sized.instance).toMatchObject({ name: 'D2s v3', vendorNamed: true });
  });
});

describe('computeSizing details', () => {
  it('cites a per-user rule with its own source, with and without a user count', () => {
    const ruled = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ nodes: 1, storage: '10 GB', source: figures }],
          sizing: [{ resource: 'storage', perUser: '1 MB', source: hint }],
        }),
      ],
    });
    const sized = computeSizing(ruled, undefined, { users: 20_480 }).components[0];
    // 1 MiB x 20,480 users = 20 GiB, more than the 10 GiB stated.
    expect(sized?.storageGiB).toBe(20);
    expect(sized?.notes).toContain('The larger of the stated storage (10 GiB) and the per-user storage (20 GiB) is used.');
    expect(sized?.sources.map((s) => s.section)).toEqual(['resources-reference', 'search-hint']);
    expect(computeFootprint(resolveVariant(ruled, 'default')).components[0]?.sources.map((s) => s.section)).toEqual([
      'resources-reference',
      'search-hint',
    ]);
  });

  it('uses a per-user figure alone, without comparing, when nothing is stated for that resource', () => {
    const perUserOnly = buildArchitecture({
      components: [buildComponentInput({ sizing: [{ resource: 'memory', perUser: '1 MB', source: figures }] })],
    });
    const sized = computeSizing(perUserOnly, undefined, { users: 1024 }).components[0];
    expect(sized?.memoryGiB).toBe(1);
    expect(sized?.notes).toEqual(['1 MB of memory per user × 1,024 users = 1 GiB.']);
  });

  it('names the technology, or null, and the role label of each row', () => {
    const named = buildArchitecture({
      components: [buildComponentInput({ id: 'a' }), buildComponentInput({ id: 'b', role: 'cache', technology: undefined })],
    });
    const rows = computeSizing(named, undefined, { users: 1 }).components;
    expect(rows.map((r) => [r.id, r.technology, r.roleLabel])).toEqual([
      ['a', 'PostgreSQL', 'Relational database'],
      ['b', null, 'Cache'],
    ]);
  });

  it('sizes for self-managed hardware when neither the request nor the variant names a cloud', () => {
    const result = computeSizing(buildArchitecture(), undefined, { users: 1 });
    expect(result).toMatchObject({ cloud: 'self-managed', cloudLabel: 'Self-managed' });
    expect(computeFootprint(resolveVariant(buildArchitecture(), 'default')).components[0]).toMatchObject({
      service: null,
      serviceReason: 'Self-managed: run it yourself.',
    });
  });

  it('refuses a user count outside 1 to 100,000,000 with a message saying so', () => {
    expect(() => computeSizing(buildArchitecture(), undefined, { users: 0 })).toThrow(
      'users must be a whole number from 1 to 100,000,000; got 0.',
    );
  });

  it('does not claim per-user sizing for an instance picked from stated per-node memory', () => {
    const stated = buildArchitecture({
      components: [
        buildComponentInput({
          role: 'cache',
          requirements: [{ vcpu: 2, memory: '8 GB', source: figures }],
          sizing: [{ resource: 'memory', perUser: '30 kB', source: figures }],
        }),
      ],
    });
    const sized = computeSizing(stated, undefined, { users: 10, cloud: 'aws' }).components[0];
    expect(sized?.instance?.name).toBe('m6i.large');
    expect(sized?.notes.join(' ')).not.toMatch(/smallest listed type/);
  });
});

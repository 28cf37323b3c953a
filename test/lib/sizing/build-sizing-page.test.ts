import { describe, expect, it } from 'vitest';
import { buildSizingPage } from '../../../src/lib/sizing/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';
const users = { id: 'users', label: 'users', singular: 'user', source };

/** Two variants (the second on Azure), one driver with examples 10 and 1,000, a growing cache and a flat database. */
function buildPageArchitecture() {
  return buildArchitecture({
    loadDrivers: [{ ...users, examples: [10, 1000] }],
    variants: [
      { id: 'default', name: 'Default', summary: 'The first variant.', source },
      {
        id: 'azure',
        name: 'On Azure',
        summary: 'The Azure variant.',
        cloud: 'azure',
        source: 'authgear-azure#cloud-resources-requirements',
      },
    ],
    components: [
      buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }] }),
      buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', sizing: [{ driver: 'users', memory: '1 MB', source }] }),
      buildComponentInput({
        id: 'search',
        name: 'Search',
        role: 'search-engine',
        necessity: { level: 'optional', source },
        requirements: [{ scope: 'minimum', nodes: 1, vcpu: 8, source }],
        thresholds: [{ driver: 'users', above: 100_000, level: 'recommended', text: 'Add search past 100,000 users.', source }],
        // Grows with load, but optional here, so the growth sentence leaves it out.
        sizing: [{ driver: 'users', storage: '1 MB', source }],
      }),
      // Counted but with nothing stated: neither growing nor flat.
      buildComponentInput({ id: 'bare', name: 'Bare', role: 'application-service' }),
    ],
  } as never);
}

describe('buildSizingPage', () => {
  it('titles the page after the variant and links the variant and its API answers', () => {
    const page = buildSizingPage(buildPageArchitecture(), 'azure');
    expect(page.title).toBe('Sizing for Fixture: On Azure');
    expect(page.variantTitle).toBe('Fixture: On Azure');
    expect(page.description).toMatch(/^Fixture: On Azure: nodes, vCPU, memory and storage for your load/);
    expect(page.variantPath).toBe('/architectures/fixture/azure/');
    expect(page.vendor).toBe('Fixture Inc.');
    expect(page.target).toBe('azure');
    expect(page.targetLabel).toBe('Azure');
    expect(page.targets.filter((target) => target.isDefault).map((target) => target.id)).toEqual(['azure']);
    expect(page.variants).toEqual([
      { id: 'default', name: 'Default', path: '/sizing/fixture/', current: false },
      { id: 'azure', name: 'On Azure', path: '/sizing/fixture/azure/', current: true },
    ]);
    expect(page.presets.map((preset) => preset.apiPath)).toEqual([
      '/api/sizing?architecture=fixture&variant=azure&users=10&cloud=azure',
      '/api/sizing?architecture=fixture&variant=azure&users=1000&cloud=azure',
    ]);
    expect(page.presets[0]?.table.caption).toBe('Fixture, On Azure: 10 users on Azure');
  });

  it('asks for the driver in whole numbers from 1 and says what the vendor sizes by', () => {
    const page = buildSizingPage(buildPageArchitecture(), 'default');
    expect(page.target).toBe('self-managed');
    expect(page.inputs).toEqual([{ id: 'users', label: 'users', step: '1', min: 1, max: 100_000_000, value: 1000 }]);
    expect(page.drivenBy).toBe('Fixture Inc. sizes by users; enter your load in those measures.');
  });

  it('lets a rate driver take any number from 0', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source }],
    });
    expect(buildSizingPage(architecture, 'default').inputs).toEqual([
      { id: 'requests-per-second', label: 'requests per second', step: 'any', min: 0, max: 100_000_000, value: 100 },
    ]);
  });

  it('says what grows, what stays flat and what changes past a threshold, and totals the presets side by side', () => {
    const page = buildSizingPage(buildPageArchitecture(), 'default');
    expect(page.growth).toEqual([
      'Grows with load: Cache (memory).',
      'Flat at every load, because the vendor states fixed figures: PostgreSQL.',
      'Changes past a threshold: Search (see the notes in the tables).',
    ]);
    expect(page.totalRows.find((row) => row.label === 'vCPU')?.values).toEqual(['2', '2']);
    expect(page.totalRows.map((row) => row.label)).not.toContain('IOPS');
  });

  it('says nothing grows when the vendor states no load rule, and that it sizes at any number of users', () => {
    const page = buildSizingPage(buildArchitecture(), 'default');
    expect(page.drivenBy).toBe(
      'Fixture Inc. states no figure that grows with load, so sizing shows its stated figures at any number of users.',
    );
    expect(page.growth).toEqual([
      'Nothing grows with load: the vendor states no load-based rule for this variant, so every size below is the same.',
    ]);
    expect(page.title).toBe('Sizing for Fixture');
    expect(page.variantPath).toBe('/architectures/fixture/');
    expect(page.presets).toHaveLength(3);
    expect(page.presets[0]).not.toHaveProperty('result');
  });

  it('joins several drivers, growing components, resources and flat components, and states the cost note', () => {
    const rps = { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source };
    const architecture = buildArchitecture({
      loadDrivers: [users, rps],
      components: [
        buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }] }),
        buildComponentInput({
          id: 'flat',
          name: 'Flat',
          role: 'application-service',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source }],
        }),
        buildComponentInput({
          id: 'cache',
          name: 'Cache',
          role: 'cache',
          sizing: [{ driver: 'users', memory: '1 MB', storage: '1 MB', source }],
        }),
        buildComponentInput({ id: 'api', name: 'API', role: 'job-worker', sizing: [{ driver: 'requests-per-second', vcpu: 1, source }] }),
      ],
    } as never);
    const page = buildSizingPage(architecture, 'default');
    expect(page.drivenBy).toBe('Fixture Inc. sizes by users, requests per second; enter your load in those measures.');
    expect(page.growth.slice(0, 2)).toEqual([
      'Grows with load: Cache (memory, storage); API (vCPU).',
      'Flat at every load, because the vendor states fixed figures: PostgreSQL, Flat.',
    ]);
    expect(page.costNote).toBe(
      'archkb shows no prices: no vendor here states a cost, and cloud prices change by region and over time. Take the sizes below to your cloud\u2019s pricing calculator.',
    );
  });
});

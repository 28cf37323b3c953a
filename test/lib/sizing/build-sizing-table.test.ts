import { describe, expect, it } from 'vitest';
import { NOT_STATED, formatCount, formatGiB } from '../../../src/lib/model/index.ts';
import { buildSizingTable, computeSizing, listSizingColumns } from '../../../src/lib/sizing/index.ts';
import { loadContentArchitecture } from '../../fixtures/load-real-content.ts';

describe('formatting', () => {
  it('shows unstated figures as not stated, never as zero', () => {
    expect(formatCount(null)).toBe(NOT_STATED);
    expect(formatGiB(null)).toBe(NOT_STATED);
  });

  it('keeps small per-user figures visible and large ones whole', () => {
    expect(formatGiB((30 * 100_000) / 1024 ** 2)).toBe('2.86 GiB');
    expect(formatGiB(30 / 1024 ** 2)).toBe('30 KiB');
    expect(formatGiB(1000)).toBe('1,000 GiB');
  });
});

describe('buildSizingTable', () => {
  const authgear = loadContentArchitecture('authgear');

  it('formats the Authgear 100,000-user sizing on AWS', () => {
    const table = buildSizingTable(computeSizing(authgear, 'self-managed', { loads: { users: 100_000 }, cloud: 'aws' }));
    expect(table.caption).toBe('Authgear, Self-managed (any cloud or on-premises): 100,000 users on AWS');
    expect(table.loads).toEqual(['100,000 users']);
    expect(table.totals).toMatchObject({ nodes: '5', vcpu: '10', memoryGiB: '42.9 GiB', storageGiB: '1,000 GiB', iops: NOT_STATED });
    expect(table.resources).toEqual(['nodes', 'vcpu', 'memoryGiB', 'storageGiB']);
    expect(table.emptyResources).toMatch(/^IOPS: not stated/);
    const redis = table.rows.find((r) => r.id === 'redis');
    expect(redis).toMatchObject({ figures: { memoryGiB: '2.86 GiB', nodes: NOT_STATED }, excluded: '' });
    expect(redis?.runsOn).toMatch(/ElastiCache.*cache\./);
    expect(redis?.runsOnBasis).toMatch(
      /^Filled in by archkb: the smallest .* holding 2.86 GiB memory\. Catalogue: .*, read \d{4}-\d{2}-\d{2}\.$/,
    );
    expect(table.rows.find((r) => r.id === 'elasticsearch')?.necessity).toBe('Recommended at this load (stated: optional)');
    expect(table.rows.find((r) => r.id === 'waf')?.excluded).toMatch(/^Not in totals: optional/);
    expect(table.rows.find((r) => r.id === 'waf')?.runsOn).toMatch(/; sold by usage/);
    expect(table.unstated).toContain('Redis: nodes, vCPU, storage');
  });

  it("marks the vendor's own SKU and says where its figures come from", () => {
    const table = buildSizingTable(computeSizing(authgear, 'azure', { loads: { users: 1000 } }));
    const kubernetes = table.rows.find((r) => r.id === 'kubernetes');
    expect(kubernetes?.runsOn).toMatch(/D2 v3 \(2 vCPU, 8 GiB\)/);
    expect(kubernetes?.runsOnBasis).toBe('Named by the vendor.');
    // The vendor gives this database only vCores; the memory of its named SKU is archkb's, and says so.
    expect(table.rows.find((r) => r.id === 'postgresql')?.runsOnBasis).toBe(
      'Named by the vendor. Its memory filled in by archkb from the catalogue.',
    );
  });

  it('shows only the columns some row states, in one order', () => {
    const table = buildSizingTable(computeSizing(authgear, 'self-managed', { loads: { users: 10 } }));
    expect(listSizingColumns(table)).toEqual(['Component', 'Nodes', 'vCPU', 'Memory', 'Storage', 'Runs on', 'How it was sized']);
  });
});

describe('buildSizingTable on a fixture, string by string', () => {
  const figures = 'authgear-self-managed#resources-reference';
  const hint = 'authgear-azure#search-hint';
  const architecture = buildArchitecture({
    notes: [{ kind: 'recommendation', text: 'Prefer managed services.', source: hint }],
    components: [
      buildComponentInput({
        id: 'db',
        name: 'Database',
        requirements: [{ nodes: 2, vcpu: 2, memory: '8 GB', storage: '1 TB', instance: { cloud: 'azure', sku: 'D2s v3' }, source: hint }],
        managed: [{ cloud: 'azure', service: 'azure-database-postgresql', source: hint }],
      }),
      buildComponentInput({
        id: 'search',
        name: 'Search',
        role: 'search-engine',
        necessity: { level: 'optional', source: figures },
        thresholds: [{ usersAbove: 100, level: 'recommended', text: 'Add search above 100 users.', source: figures }],
      }),
      buildComponentInput({
        id: 'files',
        name: 'Files',
        role: 'object-storage',
        necessity: { level: 'conditional', condition: 'only when uploads are on', source: figures },
        requirements: [{ vcpu: 64, source: figures }],
      }),
      buildComponentInput({ id: 'bare', name: 'Bare', role: 'cache', requirements: [{ nodes: 1, source: figures }] }),
    ],
  });

  it('writes caption, rows and totals as the page shows them', () => {
    const table = buildSizingTable(computeSizing(architecture, undefined, { users: 1, cloud: 'azure' }));
    expect(table.caption).toBe('Fixture, Default: 1 user on Azure');
    expect(table.rows[0]).toEqual({
      id: 'db',
      name: 'Database',
      necessity: 'Required',
      excluded: '',
      nodes: '2',
      vcpu: '4',
      memory: '16 GiB',
      storage: '2,048 GiB',
      service: 'Azure Database for PostgreSQL flexible server (named by the vendor)',
      instance: 'D2s v3 (2 vCPU, 8 GiB), named by the vendor',
      notes: ['Stated figures are minimum.'],
    });
    expect(table.rows[1]).toMatchObject({
      necessity: 'Optional',
      excluded: 'Not in totals: optional.',
      service: 'Elastic Cloud (Elasticsearch) on Azure',
    });
    expect(table.rows[2]).toMatchObject({
      necessity: 'Conditional',
      excluded: 'Not in totals: conditional, only when uploads are on.',
      instance: 'No registered Azure instance type is large enough.',
    });
    expect(table.rows[3]).toMatchObject({ instance: 'No per-node figures are stated to size an instance.', vcpu: NOT_STATED });
    expect(table.totals).toEqual({ nodes: '3', vcpu: '4', memory: '16 GiB', storage: '2,048 GiB' });
    expect(table.unstated).toEqual(['Bare: vCPU, memory, storage']);
    expect(table.recommendations).toEqual([{ text: 'Prefer managed services.', source: expect.stringMatching(/^.+, .+$/) }]);
  });

  it('says when a threshold changed the necessity, and what the vendor stated', () => {
    const table = buildSizingTable(computeSizing(architecture, undefined, { users: 101, cloud: 'self-managed' }));
    expect(table.rows[1]).toMatchObject({ necessity: 'Recommended at this size (stated: optional)', excluded: '' });
    expect(table.rows[0]).toMatchObject({ service: 'Self-managed: run it yourself.', instance: 'Your own hardware.' });
  });

  it('shows an instance without figures when the vendor names an unlisted SKU with none stated', () => {
    const unlisted = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ nodes: 1, instance: { cloud: 'aws', sku: 'x9.huge' }, source: hint }] })],
    });
    expect(buildSizingTable(computeSizing(unlisted, undefined, { users: 1, cloud: 'aws' })).rows[0]?.instance).toBe(
      'x9.huge, named by the vendor',
    );
    // Memory alone is not enough to show a size: both figures or none.
    const memoryOnly = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ memory: '8 GB', instance: { cloud: 'aws', sku: 'x9.huge' }, source: hint }] })],
    });
    expect(buildSizingTable(computeSizing(memoryOnly, undefined, { users: 1, cloud: 'aws' })).rows[0]?.instance).toBe(
      'x9.huge, named by the vendor',
    );
  });

  it('shows the size of an instance archkb picked, without the vendor mark', () => {
    const table = buildSizingTable(computeSizing(architecture, undefined, { users: 1, cloud: 'aws' }));
    expect(table.rows[0]).toMatchObject({ instance: 'm6i.large (2 vCPU, 8 GiB)', service: 'Amazon RDS for PostgreSQL' });
  });

  it('lines up the totals of several sizings, one row per resource', () => {
    const small = buildSizingTable(computeSizing(architecture, undefined, { users: 1, cloud: 'self-managed' }));
    const large = buildSizingTable(computeSizing(architecture, undefined, { users: 101, cloud: 'self-managed' }));
    expect(listSizingTotalsRows([small, large])).toEqual([
      { label: 'Nodes', values: ['3', '3'] },
      { label: 'vCPU', values: ['4', '4'] },
      { label: 'Memory', values: ['16 GiB', '16 GiB'] },
      { label: 'Storage', values: ['2,048 GiB', '2,048 GiB'] },
    ]);
    expect(SIZING_COLUMNS).toEqual(['Component', 'Nodes', 'vCPU', 'Memory', 'Storage', 'Service', 'Instance type', 'How it was sized']);
  });
});

import { describe, expect, it } from 'vitest';
import { NOT_STATED, formatCount, formatGiB } from '../../../src/lib/model/index.ts';
import { SELF_MANAGED_REASON } from '../../../src/lib/cloud/index.ts';
import { buildSizingTable, computeSizing, listSizingColumns, listSizingTotalsRows } from '../../../src/lib/sizing/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
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
    // Self-managed rows all run on the reader's own hardware: said once above the table, not as a column.
    expect(table.sharedRunsOn).not.toBe('');
    expect(listSizingColumns(table)).toEqual(['Component', 'Nodes', 'vCPU', 'Memory', 'Storage', 'How it was sized']);
  });

  it('keeps the "Runs on" column when rows run on different instances', () => {
    const table = buildSizingTable(computeSizing(authgear, 'azure', { loads: { users: 1000 } }));
    expect(table.sharedRunsOn).toBe('');
    expect(listSizingColumns(table)).toContain('Runs on');
  });
});

describe('buildSizingTable on fixtures', () => {
  const source = 'authgear-self-managed#resources-reference';

  it('shows a host row, rows counted with it, limits and their totals, and a caption with no load', () => {
    const architecture = buildArchitecture({
      hosts: [{ id: 'box', name: 'Box', kind: 'vm', components: ['app', 'postgresql'], basis: 'stated', source }],
      components: [
        buildComponentInput({
          id: 'app',
          name: 'App',
          role: 'application-service',
          requirements: [
            { scope: 'minimum', nodes: 1, vcpu: { request: 1, limit: 2 }, memory: { request: '1 GB', limit: '3 GB' }, source },
          ],
        }),
        buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, storage: '10 GB', iops: 40, source }] }),
        buildComponentInput({
          id: 'extra',
          name: 'Extra',
          role: 'cache',
          necessity: { level: 'conditional', condition: 'with many sessions', source },
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: 4, limit: 6 }, source }],
        }),
        buildComponentInput({
          id: 'solo',
          name: 'Solo',
          role: 'search-engine',
          requirements: [
            { scope: 'minimum', nodes: 1, vcpu: { request: 1, limit: 5 }, memory: { request: '1 GB', limit: '7 GB' }, source },
          ],
        }),
      ],
    } as never);
    const table = buildSizingTable(computeSizing(architecture, undefined, { loads: {} }));
    expect(table.caption).toBe('Fixture, Default: stated figures only on Self-managed');
    expect(table.loads).toEqual([]);
    expect(table.resources).toEqual(['nodes', 'vcpu', 'memoryGiB', 'storageGiB', 'iops']);
    expect(table.emptyResources).toBe('');
    expect(table.rows.map((r) => r.id)).toEqual(['box', 'app', 'postgresql', 'extra', 'solo']);
    expect(table.rows[0]).toMatchObject({ necessity: 'One vm for 2 components', excluded: '', limits: '', stated: true });
    expect(table.rows[1]).toMatchObject({ excluded: 'Counted with Box.', limits: 'CPU limit 2 vCPU; memory limit 3 GiB' });
    expect(table.rows[3]).toMatchObject({
      excluded: 'Not in totals: conditional, with many sessions.',
      limits: 'CPU limit 6 vCPU',
      necessity: 'Conditional',
    });
    expect(table.rows[4]).toMatchObject({ excluded: '', limits: 'CPU limit 5 vCPU; memory limit 7 GiB' });
    // Only Solo counts outside a host; its limits alone make the limit totals.
    expect(table.limitTotals).toBe('CPU limits 5 vCPU; memory limits 7 GiB');
    // Box (1 + 1 vCPU) and Solo (1 vCPU), each on one node.
    expect(table.totals).toMatchObject({ nodes: '2', vcpu: '3', iops: '40' });
    // Rows on the host say where they run, so the rows differ and the column stays.
    expect(table.rows.map((r) => r.runsOn)).toEqual([
      SELF_MANAGED_REASON,
      'Runs on Box.',
      'Runs on Box.',
      SELF_MANAGED_REASON,
      SELF_MANAGED_REASON,
    ]);
    expect(table.sharedRunsOn).toBe('');
  });

  it('marks a host none of whose components counts, a row with nothing stated, and lists what is missing', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      hosts: [{ id: 'box', name: 'Box', kind: 'pod', components: ['app', 'postgresql'], basis: 'stated', source }],
      components: [
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service', necessity: { level: 'optional', source } }),
        buildComponentInput({ necessity: { level: 'optional', source } }),
        buildComponentInput({ id: 'bare', name: 'Bare', role: 'cache' }),
      ],
    } as never);
    const table = buildSizingTable(computeSizing(architecture, undefined, { loads: {} }));
    expect(table.rows[0]).toMatchObject({ id: 'box', excluded: 'Not in totals: none of its components is required at this load.' });
    expect(table.rows.find((r) => r.id === 'bare')).toMatchObject({ stated: false, excluded: '', limits: '' });
    expect(table.rows.find((r) => r.id === 'app')?.excluded).toBe('Counted with Box.');
    expect(table.unstated).toEqual(['Bare: nodes, vCPU, memory, storage']);
    expect(table.missingLoads).toEqual(['users']);
    expect(table.limitTotals).toBe('');
    expect(table.resources).toEqual(['nodes']);
    expect(table.emptyResources).toBe('vCPU, Memory, Storage, IOPS: not stated by the vendor for any component.');
  });

  it('lists warnings and recommendations with their sources as document and section titles', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source }],
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'The only variant.',
          source,
          rated: [{ driver: 'users', max: 10, basis: 'rated', source }],
          availabilityZones: { min: 2, source },
        },
      ],
    } as never);
    const table = buildSizingTable(computeSizing(architecture, undefined, { loads: { users: 11 } }));
    expect(table.warnings).toEqual([
      "11 users is outside what Default is rated for (up to 10 users); the figures below are the vendor's for its rated range and may not hold.",
    ]);
    expect(table.recommendations).toHaveLength(1);
    expect(table.recommendations[0]?.text).toBe('Run across at least 2 availability zones.');
    expect(table.recommendations[0]?.source).toMatch(/^[^;]+, [^;]+$/);
  });
});

describe('listSizingTotalsRows', () => {
  const figures = (iops: string) => ({ nodes: '1', vcpu: '2', memoryGiB: '3 GiB', storageGiB: NOT_STATED, iops });

  it('puts each resource in a row with one value per table, and drops IOPS only when no table states it', () => {
    const tables = [{ totals: figures(NOT_STATED) }, { totals: figures(NOT_STATED) }] as never[];
    expect(listSizingTotalsRows(tables)).toEqual([
      { label: 'Nodes', values: ['1', '1'] },
      { label: 'vCPU', values: ['2', '2'] },
      { label: 'Memory', values: ['3 GiB', '3 GiB'] },
      { label: 'Storage', values: [NOT_STATED, NOT_STATED] },
    ]);
    const withIops = [{ totals: figures(NOT_STATED) }, { totals: figures('40') }] as never[];
    expect(listSizingTotalsRows(withIops).map((row) => row.label)).toEqual(['Nodes', 'vCPU', 'Memory', 'Storage', 'IOPS']);
  });
});

describe('buildSizingTable lists of more than one', () => {
  const source = 'authgear-self-managed#resources-reference';

  it('joins several loads in the caption and says where a service has no size, and why', () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { id: 'users', label: 'users', singular: 'user', source },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', source },
      ],
      components: [
        buildComponentInput(),
        buildComponentInput({
          id: 'db2',
          name: 'Named',
          managed: [{ cloud: 'aws', service: 'amazon-aurora-postgresql', source }],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }],
        }),
      ],
    } as never);
    const table = buildSizingTable(
      computeSizing(architecture, undefined, { loads: { users: 10, 'requests-per-second': 5 }, cloud: 'aws' }),
    );
    expect(table.caption).toBe('Fixture, Default: 10 users, 5 requests per second on AWS');
    // Nothing stated, so no size: the reason follows the service, lower-cased and without its full stop.
    expect(table.rows[0]?.runsOn).toBe('Amazon RDS for PostgreSQL; no per-node figures are stated to size it');
    expect(table.rows[0]?.stated).toBe(false);
    expect(table.rows[1]?.runsOn).toMatch(/^Amazon Aurora PostgreSQL \(named by the vendor\), db\.\S+ \(2 vCPU, /);
  });
});

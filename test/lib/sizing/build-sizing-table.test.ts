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

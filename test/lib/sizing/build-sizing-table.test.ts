import { describe, expect, it } from 'vitest';
import { NOT_STATED, formatCount, formatGiB } from '../../../src/lib/model/index.ts';
import { buildSizingTable, computeSizing } from '../../../src/lib/sizing/index.ts';
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
    const table = buildSizingTable(computeSizing(authgear, 'self-managed', { users: 100_000, cloud: 'aws' }));
    expect(table.caption).toBe('Authgear, Self-managed (any cloud or on-premises): 100,000 users on AWS');
    expect(table.totals).toEqual({ nodes: '5', vcpu: '10', memory: '42.9 GiB', storage: '1,000 GiB' });
    const redis = table.rows.find((r) => r.id === 'redis');
    expect(redis).toMatchObject({ memory: '2.86 GiB', nodes: NOT_STATED, excluded: '' });
    expect(redis?.service).toMatch(/ElastiCache/);
    expect(table.rows.find((r) => r.id === 'elasticsearch')?.necessity).toBe('Recommended at this size (stated: optional)');
    expect(table.rows.find((r) => r.id === 'waf')?.excluded).toMatch(/^Not in totals: optional/);
    expect(table.unstated).toContain('Redis: nodes, vCPU, storage');
  });

  it("marks the vendor's own SKU", () => {
    const table = buildSizingTable(computeSizing(authgear, 'azure', { users: 1000 }));
    expect(table.rows.find((r) => r.id === 'kubernetes')?.instance).toBe('D2 v3 (2 vCPU, 8 GiB), named by the vendor');
  });
});

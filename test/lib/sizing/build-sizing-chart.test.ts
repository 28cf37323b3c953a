import { describe, expect, it } from 'vitest';
import { buildSizingChart } from '../../../src/lib/sizing/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';
const users = { id: 'users', label: 'users', singular: 'user', source };

/**
 * Users from 1 to 4,096: the 13 samples are 1, 2, 4, ... 4,096 (4,096^(i/12) = 2^i). The plot runs from x = 8 to 348
 * and y = 182 (zero) to 18 (the axis top), so sample i sits at x = 8 + i x 340 / 12.
 */
function buildGrowingArchitecture(cacheMemory: string | { min: string; max: string }, withDatabase: boolean) {
  return buildArchitecture({
    loadDrivers: [{ ...users, examples: [1, 64, 4096] }],
    components: [
      buildComponentInput({
        id: 'cache',
        name: 'Cache',
        role: 'cache',
        requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }],
        sizing: [{ driver: 'users', memory: cacheMemory, source }],
      }),
      ...(withDatabase ? [buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, memory: '4 GB', source }] })] : []),
      // Optional, so never in the totals and never a line of its own, though it states memory.
      buildComponentInput({
        id: 'search',
        name: 'Search',
        role: 'search-engine',
        necessity: { level: 'optional', source },
        requirements: [{ scope: 'minimum', nodes: 1, memory: '64 GB', source }],
      }),
    ],
  });
}

describe('buildSizingChart', () => {
  it('draws the total and the growing component: memory from 4 GiB + 1 MiB to 8 GiB on an 8 GiB axis', () => {
    const chart = buildSizingChart(buildGrowingArchitecture('1 MB', true), 'default');
    expect(chart.axis).toBe('1 to 4,096 users (log scale)');
    expect(chart.flat).toEqual(['vCPU stays at 2 vCPU at every load shown.']);
    expect(chart.charts.map((c) => c.resource)).toEqual(['memoryGiB']);
    const [memory] = chart.charts;
    expect(memory).toMatchObject({ title: 'Memory', width: 360, height: 226, plot: { x: 8, y: 18, width: 340, height: 164 } });
    expect(memory?.xLabel).toBe('users, log scale');
    expect(memory?.xTicks).toEqual([
      { x: 8, label: '1', anchor: 'start' },
      { x: 178, label: '64', anchor: 'middle' },
      { x: 348, label: '4,096', anchor: 'end' },
    ]);
    expect(memory?.yTicks.map((tick) => tick.y)).toEqual([182, 100, 18]);
    expect(memory?.yTicks.map((tick) => tick.label)).toEqual(['0 GiB', '4 GiB', '8 GiB']);
    expect(memory?.series.map((s) => [s.label, s.total, s.endValue, s.band])).toEqual([
      ['Total', true, '8 GiB', null],
      ['Cache', false, '4 GiB', null],
    ]);
    // Total at sample 0: 4 + 1/1024 GiB, y = 182 - 4.000977 / 8 x 164 = 99.98; at sample 6: 4 + 64/1024 GiB, y = 98.72.
    const total = memory?.series[0]?.path ?? '';
    expect(total.startsWith('M8 100L36.3 100L64.7 99.9')).toBe(true);
    expect(total).toContain('L178 98.7L');
    expect(total.endsWith('L348 18')).toBe(true);
    expect(total.match(/[ML]/g)).toHaveLength(13);
    // The cache alone: 1 MiB at sample 0 (y = 181.98), 4 GiB at sample 12 (y = 100).
    const cache = memory?.series[1]?.path ?? '';
    expect(cache.startsWith('M8 182L')).toBe(true);
    expect(cache.endsWith('L348 100')).toBe(true);
    expect(memory?.description).toMatch(/^Memory of the counted components grows from .+ at 1 user to 8 GiB at 4,096 users\.$/);
  });

  it('draws only the total when one component holds the whole resource, with a band for a stated range', () => {
    const chart = buildSizingChart(buildGrowingArchitecture({ min: '1 MB', max: '2 MB' }, false), 'default');
    const [memory] = chart.charts;
    // Highs run from 2 MiB to 8 GiB, lows from 1 MiB to 4 GiB, on an 8 GiB axis.
    expect(memory?.series.map((s) => s.label)).toEqual(['Total']);
    expect(memory?.series[0]?.endValue).toBe('4 to 8 GiB');
    const band = memory?.series[0]?.band ?? '';
    expect(band.startsWith('M8 182L')).toBe(true);
    expect(band).toContain('L348 18L348 100L');
    expect(band.endsWith('L8 182Z')).toBe(true);
    expect(band.match(/[ML]/g)).toHaveLength(26);
    expect(memory?.series[0]?.path.endsWith('L348 100')).toBe(true);
  });

  it('names the other drivers that move with the axis driver', () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { ...users, examples: [1, 4096] },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', examples: [10, 1000], source },
      ],
      components: [buildComponentInput({ sizing: [{ driver: 'requests-per-second', vcpu: 1, per: 10, source }] })],
    });
    const chart = buildSizingChart(architecture, 'default');
    expect(chart.axis).toBe('1 to 4,096 users; 10 to 1,000 requests per second (log scale)');
    expect(chart.charts[0]?.xLabel).toBe('users (the other measures move with it), log scale');
    // 1 vCPU per 10 requests per second: 1 vCPU at 10, 100 vCPU at 1,000; the axis tops at 100.
    expect(chart.charts[0]?.description).toBe(
      'vCPU of the counted components grows from 1 vCPU at 1 user, 10 requests per second to 100 vCPU at 4,096 users, 1,000 requests per second.',
    );
    expect(chart.charts[0]?.yTicks.map((tick) => tick.label)).toEqual(['0 vCPU', '50 vCPU', '100 vCPU']);
    expect(chart.charts[0]?.xTicks.map((tick) => [tick.x, tick.anchor])).toEqual([
      [8, 'start'],
      [348, 'end'],
    ]);
  });

  it('charts nothing and names each stated resource as flat when no rule grows with load', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 2, vcpu: 1.5, memory: '3 GB', storage: '10 GB', iops: 50, source }],
        }),
      ],
    });
    const chart = buildSizingChart(architecture, 'default');
    expect(chart.charts).toEqual([]);
    expect(chart.axis).toBe('1,000 to 100,000 users (log scale)');
    expect(chart.flat).toEqual([
      'vCPU stays at 3 vCPU at every load shown.',
      'Memory stays at 6 GiB at every load shown.',
      'Storage stays at 20 GiB at every load shown.',
      'IOPS stays at 100 IOPS at every load shown.',
    ]);
  });

  it('puts every tick at the left edge when the axis driver holds one load while another grows', () => {
    const architecture = buildArchitecture({
      loadDrivers: [
        { ...users, examples: [5] },
        { id: 'requests-per-second', label: 'requests per second', singular: 'request per second', examples: [10, 1000], source },
      ],
      components: [buildComponentInput({ sizing: [{ driver: 'requests-per-second', vcpu: 1, per: 10, source }] })],
    });
    const chart = buildSizingChart(architecture, 'default');
    expect(chart.axis).toBe('5 to 5 users; 10 to 1,000 requests per second (log scale)');
    expect(chart.charts[0]?.xTicks).toEqual([
      { x: 8, label: '5', anchor: 'start' },
      { x: 8, label: '5', anchor: 'end' },
    ]);
  });
});

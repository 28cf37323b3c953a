import { describe, expect, it } from 'vitest';
import {
  factAttributes,
  formatCount,
  formatFactHeading,
  formatFigure,
  formatGiB,
  formatInterval,
  formatLimitRule,
  formatLoad,
  formatNecessity,
  formatNoteKind,
  formatProductCount,
  formatRegionCount,
  formatResourceAmount,
  formatResourceInterval,
  formatScope,
  formatScopeFigures,
  formatSetting,
  formatSettingTime,
  formatSettingStatus,
  formatSizingRule,
  formatTarget,
  formatUsers,
  formatVariantTitle,
  formatVcpu,
  formatZoneCount,
  formatZonesSentence,
  lowerFirst,
  resourceLabels,
  sizingResources,
  upperFirst,
} from '../../../src/lib/model/index.ts';
import { noteKinds } from '../../../src/schemas/note.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';
import { buildSizingRule } from '../../fixtures/build-requirement.ts';

describe('formatVariantTitle', () => {
  it('is the product alone for a single-variant architecture', () => {
    expect(formatVariantTitle(buildArchitecture({ product: 'Solo' }), 'Default')).toBe('Solo');
  });

  it('names the variant when the architecture has several', () => {
    const architecture = buildArchitecture({
      product: 'Duo',
      variants: [
        { id: 'a', name: 'A', summary: 'A.', source: 'authgear-self-managed#introduction' },
        { id: 'b', name: 'B', summary: 'B.', source: 'authgear-self-managed#introduction' },
      ],
    });
    expect(formatVariantTitle(architecture, 'B')).toBe('Duo: B');
  });
});

describe('labels of levels, scopes, kinds and headings', () => {
  it('labels each necessity level', () => {
    expect(['required', 'recommended', 'optional', 'conditional'].map((level) => formatNecessity(level as never))).toEqual([
      'Required',
      'Recommended',
      'Optional',
      'Conditional',
    ]);
  });

  it('writes each scope as it reads after the figures, and as the figures it names', () => {
    const scopes = ['minimum', 'recommended', 'high-availability', 'production', 'reference', 'default', 'tested', 'example'] as const;
    expect(scopes.map(formatScope)).toEqual([
      'minimum',
      'recommended',
      'for high availability',
      'for production',
      'in the reference architecture',
      'default',
      'as tested',
      'example',
    ]);
    expect(scopes.map(formatScopeFigures)).toEqual([
      'the minimum figures',
      'the recommended figures',
      'the figures for high availability',
      'the figures for production',
      'the figures in the reference architecture',
      'the default figures',
      'the figures as tested',
      'the example figures',
    ]);
  });

  it('gives every note kind and every fact attribute its own label', () => {
    const kinds = noteKinds.map(formatNoteKind);
    expect(new Set(kinds).size).toBe(noteKinds.length);
    for (const label of kinds) expect(label).toMatch(/^[A-Z][a-z]/);
    expect(formatNoteKind('runtime')).toBe('Runtime dependency');
    expect(formatNoteKind('info')).toBe('Note');
    const headings = factAttributes.map(formatFactHeading);
    expect(new Set(headings).size).toBe(factAttributes.length);
    for (const heading of headings) expect(heading).toMatch(/^[A-Z]/);
  });

  it('writes each setting status in lower case, after the value', () => {
    expect(['required', 'recommended', 'default', 'example'].map((status) => formatSettingStatus(status as never))).toEqual([
      'required',
      'recommended',
      'default',
      'example',
    ]);
    expect(formatSetting({ name: 'wal_level', value: 'logical', status: 'required' })).toBe('wal_level = logical (required)');
  });

  it('writes a number whose unit of time only the setting name gives with that unit, and nothing for any other', () => {
    expect(formatSettingTime({ name: 'gracePeriodSeconds', value: '60' })).toBe('60 seconds');
    expect(formatSettingTime({ name: 'JOB_TIMEOUT_MINUTES', value: '5' })).toBe('5 minutes');
    expect(formatSettingTime({ name: 'probe.periodMs', value: '250' })).toBe('250 milliseconds');
    expect(formatSettingTime({ name: 'gracePeriodSeconds', value: 'unset' })).toBeNull();
    expect(formatSettingTime({ name: 'maxSeconds.enabled', value: '1' })).toBeNull();
  });

  it('labels self-managed hardware and each cloud', () => {
    expect(formatTarget('self-managed')).toBe('Self-managed');
    expect(formatTarget('gcp')).toBe('Google Cloud');
  });
});

describe('counts and sizes', () => {
  it('writes counts with thousands separators, and null as not stated', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(null)).toBe('Not stated by the vendor');
    expect([0, 1, 1000].map(formatProductCount)).toEqual(['0 products', '1 product', '1,000 products']);
    expect([1, 100_000].map(formatUsers)).toEqual(['1 user', '100,000 users']);
  });

  // Three significant digits without dropping a digit left of the point: 0 decimals from 100, 1 from 10, else 2.
  it.each([
    [null, 'Not stated by the vendor'],
    [0, '0 GiB'],
    [1, '1 GiB'],
    [1.125, '1.13 GiB'],
    [15.25, '15.3 GiB'],
    [150.5, '151 GiB'],
    [1024, '1,024 GiB'],
    [0.5, '512 MiB'],
    [1 / 1024, '1 MiB'],
    [0.5 / 1024, '512 KiB'],
    [30 / 1024 / 1024, '30 KiB'],
  ])('writes %s GiB as %s, in the largest binary unit that keeps it at or above 1', (value, text) => {
    expect(formatGiB(value)).toBe(text);
  });

  it.each([
    [7.5, '7.5 vCPU'],
    [2 / 3, '0.667 vCPU'],
    [123.456, '123 vCPU'],
    [1234.5, '1,235 vCPU'],
  ])('writes %s vCPU with up to three significant digits as %s', (value, text) => {
    expect(formatVcpu(value)).toBe(text);
  });

  it('writes an amount of each resource with its noun, in the singular for one node', () => {
    expect(formatResourceAmount('nodes', 1)).toBe('1 node');
    expect(formatResourceAmount('nodes', 3)).toBe('3 nodes');
    expect(formatResourceAmount('vcpu', 7.5)).toBe('7.5 vCPU');
    expect(formatResourceAmount('memoryGiB', 8)).toBe('8 GiB memory');
    expect(formatResourceAmount('storageGiB', 0.5)).toBe('512 MiB storage');
    expect(formatResourceAmount('iops', 1234.6)).toBe('1,235 IOPS');
  });

  it('writes a range once with its unit, and a point as one amount', () => {
    expect(formatResourceInterval('nodes', { low: 1, high: 3 })).toBe('1 to 3 nodes');
    expect(formatResourceInterval('vcpu', { low: 1.4, high: 2.9 })).toBe('1.4 to 2.9 vCPU');
    expect(formatResourceInterval('memoryGiB', { low: 2, high: 4 })).toBe('2 to 4 GiB memory');
    expect(formatResourceInterval('storageGiB', { low: 0.5, high: 2 })).toBe('512 MiB to 2 GiB storage');
    expect(formatResourceInterval('iops', { low: 100, high: 200.4 })).toBe('100 to 200 IOPS');
    expect(formatResourceInterval('nodes', { low: 1, high: 1 })).toBe('1 node');
    expect(formatInterval({ low: 2, high: 2 }, (v) => `${v} x`)).toBe('2 x');
    expect(formatInterval({ low: 2, high: 3 }, (v) => `${v}`)).toBe('2 to 3');
  });

  it('labels each resource and writes a missing figure as not stated', () => {
    expect(sizingResources.map((resource) => resourceLabels[resource].label)).toEqual(['Nodes', 'vCPU', 'Memory', 'Storage', 'IOPS']);
    expect(sizingResources.map((resource) => resourceLabels[resource].format(null))).toEqual(
      sizingResources.map(() => 'Not stated by the vendor'),
    );
    expect(resourceLabels.vcpu.format({ low: 2, high: 4 })).toBe('2 to 4');
    expect(resourceLabels.iops.format({ low: 99.6, high: 99.6 })).toBe('100');
  });

  it('counts zones and regions in the singular for one', () => {
    expect([1, 3].map(formatZoneCount)).toEqual(['1 availability zone', '3 availability zones']);
    expect([1, 2].map(formatRegionCount)).toEqual(['1 region', '2 regions']);
    expect(formatZonesSentence(3)).toBe('Run across at least 3 availability zones.');
  });
});

describe('figures, loads and rules', () => {
  const users = { label: 'users', singular: 'user' };

  it('writes a load with the singular for one', () => {
    expect(formatLoad(users, 1)).toBe('1 user');
    expect(formatLoad(users, 1500)).toBe('1,500 users');
  });

  it('names the request and limit of a split figure, and writes a plain one as stated', () => {
    const amount = { low: 1, high: 1, text: '1 GB' };
    const limit = { low: 2, high: 2, text: '2 GB' };
    expect(formatFigure({ amount })).toBe('1 GB');
    expect(formatFigure({ amount, request: amount, limit })).toBe('1 GB request, 2 GB limit');
    expect(formatFigure({ amount, request: amount })).toBe('1 GB request');
    expect(formatFigure({ amount: limit, limit })).toBe('2 GB limit');
  });

  it('writes a load rule with its amounts, where it applies and per how much load', () => {
    expect(formatSizingRule(buildSizingRule({ memory: '30 kB', approximate: true }), users)).toBe('about 30 kB of memory per user');
    expect(formatSizingRule(buildSizingRule({ per: 15, vcpu: 1 }), users)).toBe('1 vCPU per 15 users');
    expect(formatSizingRule(buildSizingRule({ vcpu: '500m', storage: '1 GB', appliesTo: 'per-node', part: 'web' }), users)).toBe(
      '500m CPU and 1 GB of storage on each node per user (web)',
    );
    expect(formatSizingRule(buildSizingRule({ iops: 10 }), users)).toBe('10 IOPS per user');
    expect(formatSizingRule(buildSizingRule({ iops: 10, iopsKind: 'read' }), users)).toBe('10 read IOPS per user');
  });

  it('writes a head-room rule as arithmetic on the request', () => {
    expect(formatLimitRule({ times: 2.5 })).toBe('2.5 × the request');
    expect(formatLimitRule({ minus: { text: '300 MB', value: 300, unit: 'MB', gib: 300 / 1024 }, dividedBy: 0.7 })).toBe(
      '(the request − 300 MB) ÷ 0.7',
    );
  });
});

describe('upperFirst and lowerFirst', () => {
  it('upper-cases the first letter only', () => {
    expect(upperFirst('about 30 kB')).toBe('About 30 kB');
    expect(upperFirst('')).toBe('');
  });

  it('lower-cases a capitalised word but leaves acronyms alone', () => {
    expect(lowerFirst('Instance type')).toBe('instance type');
    expect(lowerFirst('DB instance class')).toBe('DB instance class');
    expect(lowerFirst('VM size')).toBe('VM size');
    expect(lowerFirst('A')).toBe('A');
  });
});

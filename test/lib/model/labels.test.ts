import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatGiB,
  formatNecessity,
  formatNoteKind,
  formatPerUserRule,
  formatRequirements,
  formatResourceAmount,
  formatScope,
  formatTarget,
  formatUsers,
  formatVariantTitle,
  formatZonesSentence,
  NOT_STATED,
  resourceLabels,
  sizingResources,
} from '../../../src/lib/model/index.ts';
import { RequirementsSchema, SizingRuleSchema } from '../../../src/schemas/component.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

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

describe('formatGiB', () => {
  it('says "not stated" for a missing figure, never zero', () => {
    expect(formatGiB(null)).toBe(NOT_STATED);
    expect(formatGiB(0)).toBe('0 GiB');
  });

  it('keeps whole GiB at 1 and above', () => {
    expect(formatGiB(1)).toBe('1 GiB');
    expect(formatGiB(8)).toBe('8 GiB');
    expect(formatGiB(1000)).toBe('1,000 GiB');
    expect(formatGiB(2048)).toBe('2,048 GiB');
  });

  it('shows three significant digits but never drops a digit left of the point', () => {
    expect(formatGiB(1.23456)).toBe('1.23 GiB');
    expect(formatGiB(9.876)).toBe('9.88 GiB');
    expect(formatGiB(12.34)).toBe('12.3 GiB');
    expect(formatGiB(42.857)).toBe('42.9 GiB');
    expect(formatGiB(150.46)).toBe('150 GiB');
    expect(formatGiB(1234.4)).toBe('1,234 GiB');
  });

  it('switches to MiB below 1 GiB and to KiB below 1 MiB (1 GiB = 1024 MiB = 1024 x 1024 KiB)', () => {
    expect(formatGiB(0.5)).toBe('512 MiB');
    expect(formatGiB(1 / 1024)).toBe('1 MiB');
    expect(formatGiB(0.999 / 1024)).toBe('1,023 KiB');
    expect(formatGiB(1 / 2048)).toBe('512 KiB');
    expect(formatGiB(30 / 1024 ** 2)).toBe('30 KiB');
    // 30 KiB x 1,500 users = 45,000 KiB = 43.95 MiB.
    expect(formatGiB((30 * 1500) / 1024 ** 2)).toBe('43.9 MiB');
  });
});

describe('counts and users', () => {
  it('writes counts with thousands separators, or not stated', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(null)).toBe(NOT_STATED);
  });

  it('writes one user in the singular and others in the plural', () => {
    expect(formatUsers(1)).toBe('1 user');
    expect(formatUsers(2)).toBe('2 users');
    expect(formatUsers(100_000)).toBe('100,000 users');
  });
});

describe('resource labels and amounts', () => {
  it('labels each resource in column order', () => {
    expect(sizingResources.map((r) => resourceLabels[r].label)).toEqual(['Nodes', 'vCPU', 'Memory', 'Storage']);
    expect(sizingResources.map((r) => resourceLabels[r].noun)).toEqual(['nodes', 'vCPU', 'memory', 'storage']);
    expect(sizingResources.map((r) => resourceLabels[r].format(2048))).toEqual(['2,048', '2,048', '2,048 GiB', '2,048 GiB']);
  });

  it('writes an amount in a sentence', () => {
    expect(formatResourceAmount('nodes', 1)).toBe('1 node');
    expect(formatResourceAmount('nodes', 5)).toBe('5 nodes');
    expect(formatResourceAmount('vcpu', 10)).toBe('10 vCPU');
    expect(formatResourceAmount('memoryGiB', 40)).toBe('40 GiB memory');
    expect(formatResourceAmount('storageGiB', 0.5)).toBe('512 MiB storage');
  });
});

describe('labels of necessity, scope, note kinds and targets', () => {
  it('labels every necessity level', () => {
    expect(['required', 'recommended', 'optional', 'conditional'].map((l) => formatNecessity(l as 'required'))).toEqual([
      'Required',
      'Recommended',
      'Optional',
      'Conditional',
    ]);
  });

  it('labels every requirement scope as it reads after the figures', () => {
    expect(formatScope('minimum')).toBe('minimum');
    expect(formatScope('production')).toBe('for production');
    expect(formatScope('high-availability')).toBe('for high availability');
  });

  it('labels every note kind', () => {
    const kinds = ['warning', 'limitation', 'recommendation', 'high-availability', 'network', 'bundling', 'runtime', 'info'] as const;
    expect(kinds.map(formatNoteKind)).toEqual([
      'Warning',
      'Limitation',
      'Recommendation',
      'High availability',
      'Network',
      'Bundling',
      'Runtime dependency',
      'Note',
    ]);
  });

  it('labels clouds by their registry label and self-managed hardware as such', () => {
    expect(formatTarget('self-managed')).toBe('Self-managed');
    expect(formatTarget('aws')).toBe('AWS');
    expect(formatTarget('gcp')).toBe('Google Cloud');
  });
});

describe('sentences', () => {
  it('writes a per-user rule, saying "about" only when the vendor does', () => {
    const rule = (approximate: boolean) => SizingRuleSchema.parse({ resource: 'memory', perUser: '30 kB', approximate, source });
    expect(formatPerUserRule(rule(true))).toBe('about 30 kB of memory per user');
    expect(formatPerUserRule(rule(false))).toBe('30 kB of memory per user');
    expect(formatPerUserRule(SizingRuleSchema.parse({ resource: 'storage', perUser: '1 MB', source }))).toBe('1 MB of storage per user');
  });

  it('writes the availability-zone recommendation', () => {
    expect(formatZonesSentence(3)).toBe('Run across at least 3 availability zones.');
  });
});

describe('formatRequirements', () => {
  const format = (input: Record<string, unknown>) => formatRequirements(RequirementsSchema.parse({ source, ...input }));

  it('writes nodes times per-node figures, then the scope, as the vendor states them', () => {
    expect(format({ scope: 'high-availability', nodes: 3, vcpu: 2, memory: '8 GB' })).toBe(
      '3 nodes × 2 vCPU, 8 GB memory, for high availability',
    );
    expect(format({ scope: 'high-availability', nodes: 2, vcpu: 2, memory: '8GB', storage: '500GB' })).toBe(
      '2 nodes × 2 vCPU, 8GB memory, 500GB storage, for high availability',
    );
    expect(format({ scope: 'production', nodes: 1, storage: '2 TB' })).toBe('1 node × 2 TB storage, for production');
  });

  it('writes per-node figures alone when no node count is stated, and a count alone when no figure is', () => {
    expect(format({ vcpu: 4 })).toBe('4 vCPU, minimum');
    expect(format({ nodes: 3 })).toBe('3 nodes, minimum');
  });

  it("puts the vendor's SKU before the figures and a version floor first", () => {
    expect(format({ nodes: 3, vcpu: 2, instance: { cloud: 'azure', sku: 'D2 v3' } })).toBe('3 nodes × D2 v3 2 vCPU, minimum');
    expect(format({ version: { product: 'PostgreSQL', min: '13' } })).toBe('PostgreSQL 13+, minimum');
    expect(format({ version: { product: 'PostgreSQL', min: '13' }, nodes: 2 })).toBe('PostgreSQL 13+; 2 nodes, minimum');
  });
});

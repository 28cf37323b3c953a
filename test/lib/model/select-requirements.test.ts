import { describe, expect, it } from 'vitest';
import { hasSizingFigures, rankScope, resolveVariant, selectRequirements } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildRequirement } from '../../fixtures/build-requirement.ts';

const source = 'authgear-self-managed#resources-reference';

/** The selected entries of one fixture component with these requirement inputs. */
function select(requirements: Record<string, unknown>[]) {
  const architecture = buildArchitecture({
    components: [buildComponentInput({ requirements: requirements.map((r) => ({ ...r, source })) as never })],
  });
  return selectRequirements(resolveVariant(architecture, 'default').components[0]!);
}

describe('selectRequirements', () => {
  it('prefers high availability, then production, recommended, minimum, reference, default; never tested or example', () => {
    const order = ['high-availability', 'production', 'recommended', 'minimum', 'reference', 'default'] as const;
    for (let i = 1; i < order.length; i += 1) expect(rankScope(order[i - 1]!)).toBeLessThan(rankScope(order[i]!));
    expect(rankScope('tested')).toBe(Number.POSITIVE_INFINITY);
    expect(rankScope('example')).toBe(Number.POSITIVE_INFINITY);
    expect(
      select([
        { scope: 'minimum', vcpu: 1 },
        { scope: 'production', vcpu: 4 },
      ]).map((r) => r.scope),
    ).toEqual(['production']);
    expect(
      select([
        { scope: 'example', vcpu: 8 },
        { scope: 'tested', vcpu: 16 },
      ]),
    ).toEqual([]);
  });

  it('keeps every part of the chosen scope, to be added up', () => {
    const parts = select([
      { scope: 'minimum', part: 'server', vcpu: 1 },
      { scope: 'minimum', part: 'sidecar', vcpu: 0.5 },
      { scope: 'recommended', part: 'server', vcpu: 2 },
    ]);
    expect(parts.map((r) => [r.scope, r.part])).toEqual([['recommended', 'server']]);
  });

  it('takes a figure the chosen scope leaves out from the next scope that states it, and only that figure', () => {
    const entries = select([
      { scope: 'minimum', vcpu: 1, memory: '512 MB', storage: '1 GB' },
      { scope: 'production', memory: '1 GB' },
    ]);
    expect(entries.map((r) => r.scope)).toEqual(['production', 'minimum']);
    expect(entries[0]?.memory?.amount.low).toBe(1);
    expect(entries[1]?.memory).toBeUndefined();
    expect(entries[1]?.vcpu?.amount.low).toBe(1);
    expect(entries[1]?.storage?.amount.low).toBe(1);
  });

  it('does not mix scopes when either side is split into parts', () => {
    const entries = select([
      { scope: 'minimum', part: 'server', vcpu: 1 },
      { scope: 'minimum', part: 'sidecar', vcpu: 0.5 },
      { scope: 'production', memory: '1 GB' },
    ]);
    expect(entries.map((r) => r.scope)).toEqual(['production']);
  });
});

describe('hasSizingFigures', () => {
  it('counts nodes, vCPU, memory, storage or IOPS as sizing figures, and nothing else', () => {
    for (const figure of [{ nodes: 2 }, { vcpu: 2 }, { memory: '1 GB' }, { storage: '10 GB' }, { iops: 100 }])
      expect(hasSizingFigures(buildRequirement(figure)), JSON.stringify(figure)).toBe(true);
    for (const other of [{ os: 'Ubuntu 22.04' }, { storageType: 'SSD' }, { bandwidth: '1 Gbps' }, { instances: { aws: 'm7i.large' } }])
      expect(hasSizingFigures(buildRequirement(other)), JSON.stringify(other)).toBe(false);
  });
});

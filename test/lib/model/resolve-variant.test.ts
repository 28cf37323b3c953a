import { describe, expect, it } from 'vitest';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

describe('resolveVariant', () => {
  const architecture = buildArchitecture({
    variants: [
      { id: 'a', name: 'A', summary: 'A.', source: 'authgear-self-managed#introduction' },
      { id: 'b', name: 'B', summary: 'B.', source: 'authgear-self-managed#introduction' },
    ],
    groups: [
      { id: 'outer', label: 'Outer' },
      { id: 'inner', label: 'Inner', parent: 'outer' },
      { id: 'unused', label: 'Unused' },
    ],
    components: [
      buildComponentInput({ id: 'db', group: 'inner', overrides: { b: { name: 'Managed DB' } } }),
      buildComponentInput({ id: 'only-a', name: 'Only A', variants: ['a'] }),
    ],
    connections: [
      { from: 'db', to: 'only-a', label: 'x', basis: 'stated', variants: ['a'], source: 'authgear-self-managed#resources-reference' },
    ],
  });

  it('keeps components limited to the variant and applies overrides', () => {
    const a = resolveVariant(architecture, 'a');
    const b = resolveVariant(architecture, 'b');
    expect(a.components.map((c) => c.id)).toEqual(['db', 'only-a']);
    expect(b.components.map((c) => c.id)).toEqual(['db']);
    expect(a.components[0]?.name).toBe('PostgreSQL');
    expect(b.components[0]?.name).toBe('Managed DB');
    expect(b.connections).toEqual([]);
  });

  it('keeps used groups and their ancestors only', () => {
    expect(resolveVariant(architecture, 'a').groups.map((g) => g.id)).toEqual(['outer', 'inner']);
  });

  it('throws on an unknown variant', () => {
    expect(() => resolveVariant(architecture, 'zzz')).toThrow(/unknown variant "zzz"/);
  });
});

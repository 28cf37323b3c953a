import { describe, expect, it } from 'vitest';
import { resolveAllVariants, resolveVariant, sortArchitectures } from '../../../src/lib/model/index.ts';
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
    expect(a.connections.map((c) => `${c.from}->${c.to}`)).toEqual(['db->only-a']);
    expect(b.connections).toEqual([]);
  });

  it('keeps used groups and their ancestors only', () => {
    expect(resolveVariant(architecture, 'a').groups.map((g) => g.id)).toEqual(['outer', 'inner']);
  });

  it('throws on an unknown variant, listing the known ones', () => {
    expect(() => resolveVariant(architecture, 'zzz')).toThrow('unknown variant "zzz" of fixture; known: a, b');
  });

  it("adds the variant's own notes after the architecture's", () => {
    const source = 'authgear-self-managed#introduction';
    const withNotes = buildArchitecture({
      notes: [{ kind: 'info', text: 'For all.', source }],
      variants: [
        { id: 'a', name: 'A', summary: 'A.', source, notes: [{ kind: 'warning', text: 'For A.', source }] },
        { id: 'b', name: 'B', summary: 'B.', source },
      ],
    });
    expect(resolveVariant(withNotes, 'a').notes.map((n) => n.text)).toEqual(['For all.', 'For A.']);
    expect(resolveVariant(withNotes, 'b').notes.map((n) => n.text)).toEqual(['For all.']);
  });

  it('keeps no group for a component whose group is not declared (the schema rejects it; resolving must not throw)', () => {
    const parsed = buildArchitecture();
    const broken = { ...parsed, components: parsed.components.map((c) => ({ ...c, group: 'ghost' })) };
    expect(resolveVariant(broken, 'default').groups).toEqual([]);
  });
});

describe('resolveAllVariants and sortArchitectures', () => {
  it('resolves every variant in declaration order', () => {
    const source = 'authgear-self-managed#introduction';
    const two = buildArchitecture({
      variants: [
        { id: 'z', name: 'Z', summary: 'Z.', source },
        { id: 'a', name: 'A', summary: 'A.', source },
      ],
    });
    expect(resolveAllVariants(two).map((r) => r.variant.id)).toEqual(['z', 'a']);
  });

  it('orders architectures by product name, whatever their ids', () => {
    const list = [buildArchitecture({ id: 'a-id', product: 'Zeta' }), buildArchitecture({ id: 'z-id', product: 'Alpha' })];
    expect(sortArchitectures(list).map((a) => a.product)).toEqual(['Alpha', 'Zeta']);
    expect(list.map((a) => a.product)).toEqual(['Zeta', 'Alpha']);
  });
});

describe('resolveVariant hosts, conflicts and the default variant', () => {
  const source = 'authgear-self-managed#resources-reference';
  /** Two variants: app, cache and queue run only in a, web and worker only in b, db in both. */
  const build = () =>
    buildArchitecture({
      variants: [
        { id: 'a', name: 'A', summary: 'A.', source },
        { id: 'b', name: 'B', summary: 'B.', source },
      ],
      components: [
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service', variants: ['a'] }),
        buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', variants: ['a'] }),
        buildComponentInput({ id: 'queue', name: 'Queue', role: 'message-broker', variants: ['a'] }),
        buildComponentInput({ id: 'db' }),
        buildComponentInput({ id: 'web', name: 'Web', role: 'application-service', variants: ['b'] }),
        buildComponentInput({ id: 'worker', name: 'Worker', role: 'application-service', variants: ['b'] }),
      ],
      hosts: [
        { id: 'pair', name: 'Pair', kind: 'vm', components: ['app', 'db'], source },
        { id: 'a-only', name: 'A only', kind: 'vm', components: ['cache', 'queue'], source },
        { id: 'b-host', name: 'B host', kind: 'vm', components: ['web', 'worker'], variants: ['b'], source },
      ],
      conflicts: [
        {
          topic: 'General',
          statements: [
            { text: 'One.', source },
            { text: 'Two.', source },
          ],
        },
        {
          topic: 'About app',
          component: 'app',
          statements: [
            { text: 'One.', source },
            { text: 'Two.', source },
          ],
        },
        {
          topic: 'About db',
          component: 'db',
          statements: [
            { text: 'One.', source },
            { text: 'Two.', source },
          ],
        },
      ],
    });

  it('marks only the first variant as the default', () => {
    const architecture = build();
    expect(resolveVariant(architecture, 'a').isDefault).toBe(true);
    expect(resolveVariant(architecture, 'b').isDefault).toBe(false);
  });

  it('keeps the hosts of the variant with only their present members, and drops a host left with none', () => {
    const architecture = build();
    expect(resolveVariant(architecture, 'a').hosts.map((host) => [host.id, host.components])).toEqual([
      ['pair', ['app', 'db']],
      ['a-only', ['cache', 'queue']],
    ]);
    expect(resolveVariant(architecture, 'b').hosts.map((host) => [host.id, host.components])).toEqual([
      ['pair', ['db']],
      ['b-host', ['web', 'worker']],
    ]);
    expect(resolveVariant(architecture, 'b').hosts[0]).not.toHaveProperty('variants');
  });

  it('keeps conflicts about no component or a present one, and drops those about an absent component', () => {
    const architecture = build();
    expect(resolveVariant(architecture, 'a').conflicts.map((c) => c.topic)).toEqual(['General', 'About app', 'About db']);
    expect(resolveVariant(architecture, 'b').conflicts.map((c) => c.topic)).toEqual(['General', 'About db']);
  });
});

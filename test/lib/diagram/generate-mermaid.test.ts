import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseMermaid, type MermaidGraph } from 'beautiful-mermaid';
import { describe, expect, it } from 'vitest';
import {
  decodeMermaidLabel,
  escapeMermaidLabel,
  generateMermaid,
  toMermaidNodeId,
  toMermaidSubgraphId,
} from '../../../src/lib/diagram/index.ts';
import { findRole, resolveVariant, type ResolvedVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildHostileVariant, hostileLabels, loadRealVariants } from '../../fixtures/build-diagram-variants.ts';

type Subgraph = MermaidGraph['subgraphs'][number];

/** What a reader should see for a label: control and bidi characters dropped, blank lines removed. */
function toExpectedDisplay(text: string): string {
  return text
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '')
    .split(/\r\n|[\n\r\u0085\u2028\u2029]/)
    .map((line) =>
      line
        .replace(/\t/g, ' ')
        .replace(/\p{Cc}/gu, '')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** Finds a subgraph anywhere in the tree. */
function findSubgraph(subgraphs: readonly Subgraph[], id: string): Subgraph | undefined {
  for (const subgraph of subgraphs) {
    if (subgraph.id === id) return subgraph;
    const inner = findSubgraph(subgraph.children, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('generateMermaid on the real content', () => {
  const variants = loadRealVariants();
  const snapshotDir = path.join(import.meta.dirname, '__snapshots__/mermaid');
  const toSnapshotName = (name: string) => `${name.replace('/', '--')}.mmd`;

  // Runs before the snapshot tests below: outside CI vitest writes a missing snapshot instead of failing, so a
  // variant whose reviewed .mmd file was lost would otherwise pass unnoticed.
  it('has a committed snapshot file for every real variant, and none for a variant that no longer exists', () => {
    expect(variants.length).toBeGreaterThan(0);
    const files = readdirSync(snapshotDir).filter((file) => file.endsWith('.mmd'));
    expect(files.sort()).toEqual(variants.map(({ name }) => toSnapshotName(name)).sort());
  });

  for (const { name, resolved } of variants) {
    it(`matches the reviewed snapshot for ${name}`, async () => {
      await expect(generateMermaid(resolved)).toMatchFileSnapshot(`./__snapshots__/mermaid/${toSnapshotName(name)}`);
    });
  }
});

describe('escapeMermaidLabel', () => {
  for (const [kind, label] of Object.entries(hostileLabels)) {
    it(`leaves no Mermaid syntax in a label with ${kind}, and decodes back to the text`, () => {
      const escaped = escapeMermaidLabel(label);
      // Only entity codes and the <br/> line breaks may carry syntax characters.
      const withoutCodes = escaped.replace(/#\d+;/g, '').replace(/<br\/>/g, '');
      expect(withoutCodes).not.toMatch(/["#&<>[\](){}|;:%*~`\\\n\r]/);
      expect(decodeMermaidLabel(escaped)).toBe(toExpectedDisplay(label));
    });
  }

  it('keeps plain words and non-ASCII characters readable', () => {
    expect(escapeMermaidLabel('Azure Database for PostgreSQL')).toBe('Azure Database for PostgreSQL');
    expect(escapeMermaidLabel('Café 数据库 🚀')).toBe('Café 数据库 🚀');
  });
});

describe('generateMermaid structure', () => {
  it('gives every hostile component exactly one node whose label reads back as its name and role', () => {
    const resolved = buildHostileVariant();
    const graph = parseMermaid(generateMermaid(resolved));
    expect([...graph.nodes.keys()].sort()).toEqual(resolved.components.map((c) => toMermaidNodeId(c.id)).sort());
    for (const component of resolved.components) {
      const label = decodeMermaidLabel(graph.nodes.get(toMermaidNodeId(component.id))?.label ?? '');
      expect(label.startsWith(`${toExpectedDisplay(component.name)}\n`)).toBe(true);
      expect(label.endsWith(findRole(component.role).label) || label.includes(`${findRole(component.role).label} · `)).toBe(true);
    }
  });

  it('draws each connection once, with its label, between the right nodes', () => {
    const resolved = buildHostileVariant();
    const graph = parseMermaid(generateMermaid(resolved));
    expect(graph.edges.map((e) => [e.source, e.target, decodeMermaidLabel(e.label ?? '')])).toEqual(
      resolved.connections.map((c) => [toMermaidNodeId(c.from), toMermaidNodeId(c.to), toExpectedDisplay(c.label ?? '')]),
    );
  });

  it('nests subgraphs along the parent chain and puts each component in its own group', () => {
    const resolved = buildHostileVariant();
    const graph = parseMermaid(generateMermaid(resolved));
    const outer = findSubgraph(graph.subgraphs, toMermaidSubgraphId('outer'));
    expect(graph.subgraphs.map((s) => s.id)).toEqual([toMermaidSubgraphId('outer'), toMermaidSubgraphId('end')]);
    expect(outer?.children.map((s) => s.id)).toEqual([toMermaidSubgraphId('inner')]);
    for (const component of resolved.components) {
      const holder = component.group ? findSubgraph(graph.subgraphs, toMermaidSubgraphId(component.group)) : undefined;
      if (component.group) expect(holder?.nodeIds).toContain(toMermaidNodeId(component.id));
    }
  });

  it('emits a group with no components of its own when a child group has some', () => {
    const architecture = buildArchitecture({
      groups: [
        { id: 'zone', label: 'Zone' },
        { id: 'subnet', label: 'Subnet', parent: 'zone' },
      ],
      components: [buildComponentInput({ group: 'subnet' })],
    });
    const text = generateMermaid(resolveVariant(architecture, 'default'));
    expect(text).toContain('subgraph g_zone ["Zone"]\n    subgraph g_subnet ["Subnet"]\n      c_postgresql');
  });

  it('marks optional and conditional components with dashed classes and required ones solid', () => {
    const resolved = buildHostileVariant();
    const graph = parseMermaid(generateMermaid(resolved));
    for (const component of resolved.components) {
      const className = graph.classAssignments.get(toMermaidNodeId(component.id));
      expect(className).toBe(component.necessity.level);
      const dashed = graph.classDefs.get(className ?? '')?.['stroke-dasharray'];
      expect(Boolean(dashed)).toBe(component.necessity.level === 'optional' || component.necessity.level === 'conditional');
    }
  });

  it('is deterministic: the same model gives byte-identical text', () => {
    const first = generateMermaid(buildHostileVariant());
    const again = generateMermaid(structuredClone(buildHostileVariant()));
    expect(again).toBe(first);
  });

  it('refuses a connection to a component the variant lacks, naming it', () => {
    const resolved = resolveVariant(buildArchitecture(), 'default');
    const broken: ResolvedVariant = {
      ...resolved,
      connections: [{ from: 'postgresql', to: 'ghost', label: 'SQL', basis: 'stated', source: resolved.components[0]!.source }],
    };
    expect(() => generateMermaid(broken)).toThrow(/"ghost", which is not a component of this variant/);
  });

  it('refuses two component ids that would become the same node id', () => {
    const resolved = resolveVariant(buildArchitecture(), 'default');
    const [component] = resolved.components;
    const clashing: ResolvedVariant = {
      ...resolved,
      components: [
        { ...component!, id: 'a-b' },
        { ...component!, id: 'a_b' },
      ],
    };
    expect(() => generateMermaid(clashing)).toThrow(/"a-b" and "a_b" both become Mermaid id "c_a_b"/);
  });
});

describe('generateMermaid text, line by line', () => {
  const source = 'authgear-self-managed#resources-reference';
  /** The generated text for components given as [id, role, necessity], with no groups or connections. */
  const generate = (components: [string, string, 'required' | 'recommended' | 'optional' | 'conditional'][]) =>
    generateMermaid(
      resolveVariant(
        buildArchitecture({
          components: components.map(([id, role, level]) =>
            buildComponentInput({
              id,
              name: id,
              role: role as 'cache',
              technology: undefined,
              necessity: level === 'conditional' ? { level, condition: 'when X', source } : { level, source },
            }),
          ),
        }),
        'default',
      ),
    );

  it('gives each role category its own node shape', () => {
    const text = generate([
      ['compute', 'container-orchestration', 'required'],
      ['application', 'application-service', 'required'],
      ['data', 'relational-database', 'required'],
      ['security', 'identity-provider', 'required'],
      ['network', 'gateway-waf', 'required'],
      ['delivery', 'container-registry', 'required'],
      ['operations', 'logging-monitoring', 'required'],
      ['external', 'vendor-cloud-service', 'required'],
    ]);
    const nodeLines = text.split('\n').filter((line) => line.startsWith('  c_'));
    expect(nodeLines).toEqual([
      '  c_compute[["compute<br/>Container orchestration"]]',
      '  c_application("application<br/>Application service")',
      '  c_data[("data<br/>Relational database")]',
      '  c_security{{"security<br/>Identity provider"}}',
      '  c_network(["network<br/>Gateway / WAF"])',
      '  c_delivery[/"delivery<br/>Container registry"\\]',
      '  c_operations["operations<br/>Logging and monitoring"]',
      '  c_external>"external<br/>Vendor cloud service"]',
    ]);
  });

  it('writes one class per necessity level used, solid for required and recommended, dashed for the others', () => {
    const text = generate([
      ['a', 'cache', 'required'],
      ['b', 'cache', 'optional'],
      ['c', 'cache', 'conditional'],
      ['d', 'cache', 'required'],
      ['e', 'cache', 'recommended'],
    ]);
    expect(text.split('\n').filter((line) => /^ {2}class(Def)? /.test(line))).toEqual([
      '  classDef required stroke-width:1.5px',
      '  class c_a,c_d required',
      '  classDef recommended stroke-width:1px',
      '  class c_e recommended',
      '  classDef optional stroke-width:1px,stroke-dasharray:6 4',
      '  class c_b optional',
      '  classDef conditional stroke-width:1px,stroke-dasharray:2 3',
      '  class c_c conditional',
    ]);
    expect(text.startsWith('flowchart TB\n')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('writes the name alone when the role label only repeats it, and the technology after the role', () => {
    const resolved = resolveVariant(
      buildArchitecture({
        components: [
          buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', technology: 'Cache' }),
          buildComponentInput({ id: 'db', name: 'Main DB', technology: 'PostgreSQL' }),
          buildComponentInput({ id: 'pg', name: 'PostgreSQL', technology: 'PostgreSQL' }),
        ],
      }),
      'default',
    );
    expect(
      generateMermaid(resolved)
        .split('\n')
        .filter((line) => line.startsWith('  c_')),
    ).toEqual([
      '  c_cache[("Cache")]',
      '  c_db[("Main DB<br/>Relational database · PostgreSQL")]',
      '  c_pg[("PostgreSQL<br/>Relational database")]',
    ]);
  });

  it('refuses a component whose group the variant does not have, naming both', () => {
    const resolved = resolveVariant(buildArchitecture(), 'default');
    const orphan: ResolvedVariant = { ...resolved, components: resolved.components.map((c) => ({ ...c, group: 'ghost' })) };
    expect(() => generateMermaid(orphan)).toThrow(
      'fixture (default): component "postgresql" names group "ghost", which the variant does not have; declare it under groups.',
    );
  });

  it('refuses two group ids that would become the same subgraph id', () => {
    const resolved = resolveVariant(buildArchitecture(), 'default');
    const clashing: ResolvedVariant = {
      ...resolved,
      groups: [
        { id: 'a-b', label: 'One' },
        { id: 'a_b', label: 'Two' },
      ],
    };
    expect(() => generateMermaid(clashing)).toThrow(
      'fixture (default): group ids "a-b" and "a_b" both become Mermaid id "g_a_b"; rename one of them.',
    );
  });
});

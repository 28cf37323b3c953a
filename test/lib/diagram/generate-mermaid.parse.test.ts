// @vitest-environment jsdom
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateMermaid, toMermaidNodeId, toMermaidSubgraphId } from '../../../src/lib/diagram/index.ts';
import type { ResolvedVariant } from '../../../src/lib/model/index.ts';
import { buildHostileVariant, loadRealVariants } from '../../fixtures/build-diagram-variants.ts';

/** The part of mermaid's flowchart database these checks read. */
interface FlowDb {
  getVertices(): Map<string, { id: string; classes: string[] }>;
  getEdges(): { start: string; end: string }[];
  getSubGraphs(): { id: string; nodes: string[] }[];
}

/** Parses with mermaid itself and checks that its model has exactly our nodes, edges, groups and classes. */
async function expectMermaidReadsVariant(resolved: ResolvedVariant): Promise<void> {
  const text = generateMermaid(resolved);
  await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
  // mermaidAPI is marked internal, but it is the only way to read the model mermaid parsed; parse() returns just the type.
  const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as FlowDb;
  const vertices = db.getVertices();
  expect([...vertices.keys()].sort()).toEqual(resolved.components.map((c) => toMermaidNodeId(c.id)).sort());
  for (const component of resolved.components) {
    expect(vertices.get(toMermaidNodeId(component.id))?.classes).toEqual([component.necessity.level]);
  }
  expect(db.getEdges().map((e) => `${e.start}->${e.end}`)).toEqual(
    resolved.connections.map((c) => `${toMermaidNodeId(c.from)}->${toMermaidNodeId(c.to)}`),
  );
  expect(
    db
      .getSubGraphs()
      .map((s) => s.id)
      .sort(),
  ).toEqual(resolved.groups.map((g) => toMermaidSubgraphId(g.id)).sort());
}

// Mermaid's own grammar is the reference: what it rejects, mermaid.live and docs sites would reject too.
describe('generated Mermaid passes mermaid.parse', () => {
  beforeAll(() => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });

  for (const { name, resolved } of loadRealVariants()) {
    it(`parses ${name} into the same nodes, edges and groups`, async () => {
      await expectMermaidReadsVariant(resolved);
    });
  }

  it('parses the hostile-label fixture into the same nodes, edges and groups', async () => {
    await expectMermaidReadsVariant(buildHostileVariant());
  });

  it('rejects broken flowchart text, so the checks above can fail', async () => {
    await expect(mermaid.parse('flowchart TB\n  a["unclosed] --> b')).rejects.toThrow();
  });
});

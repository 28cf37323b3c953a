import { parseMermaid, type MermaidGraph } from 'beautiful-mermaid';
import { describe, expect, it } from 'vitest';
import { buildComponentTable } from '../../src/lib/catalogue/index.ts';
import { decodeMermaidLabel, generateMermaid, toMermaidNodeId, toMermaidSubgraphId } from '../../src/lib/diagram/index.ts';
import { loadRealVariants } from '../fixtures/build-diagram-variants.ts';

type Subgraph = MermaidGraph['subgraphs'][number];

/** Every subgraph in the tree with the chain of subgraph ids enclosing it, outermost first. */
function flattenSubgraphs(subgraphs: readonly Subgraph[], ancestors: string[] = []): { subgraph: Subgraph; ancestors: string[] }[] {
  return subgraphs.flatMap((subgraph) => [{ subgraph, ancestors }, ...flattenSubgraphs(subgraph.children, [...ancestors, subgraph.id])]);
}

// The diagram and the components table are two views of one resolved variant; a reader must never find a box
// in one that is missing from the other.
describe('diagram and components table agree for every real variant', () => {
  for (const { name, resolved } of loadRealVariants()) {
    describe(name, () => {
      const rows = buildComponentTable(resolved);
      const graph = parseMermaid(generateMermaid(resolved));

      it('has one node per table row and one table row per node, with the same names', () => {
        const nodeNames = new Map([...graph.nodes.values()].map((node) => [node.id, decodeMermaidLabel(node.label).split('\n')[0]]));
        const rowNames = new Map(rows.map((row) => [toMermaidNodeId(row.id), row.name]));
        expect(Object.fromEntries(nodeNames)).toEqual(Object.fromEntries(rowNames));
      });

      it('starts and ends every edge at a node, one edge per connection', () => {
        const nodeIds = new Set(graph.nodes.keys());
        for (const edge of graph.edges) {
          expect(nodeIds, `edge ${edge.source} -> ${edge.target}`).toContain(edge.source);
          expect(nodeIds, `edge ${edge.source} -> ${edge.target}`).toContain(edge.target);
        }
        expect(graph.edges).toHaveLength(resolved.connections.length);
      });

      it('draws every group used as a subgraph, nested under its parent, holding its components', () => {
        const flat = flattenSubgraphs(graph.subgraphs);
        const byId = new Map(flat.map((entry) => [entry.subgraph.id, entry]));
        for (const group of resolved.groups) {
          const entry = byId.get(toMermaidSubgraphId(group.id));
          expect(entry, `group ${group.id}`).toBeDefined();
          expect(entry?.ancestors.at(-1)).toBe(group.parent ? toMermaidSubgraphId(group.parent) : undefined);
        }
        expect(flat).toHaveLength(resolved.groups.length);
        for (const component of resolved.components.filter((c) => c.group)) {
          expect(byId.get(toMermaidSubgraphId(component.group!))?.subgraph.nodeIds, `component ${component.id}`).toContain(toMermaidNodeId(component.id));
        }
      });
    });
  }
});

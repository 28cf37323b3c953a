// Counts, per real diagram, arrow crossings, crossings between cross-cutting arrows and the main flow, arrows through
// boxes and label overlaps, read from the SVG geometry (src/lib/diagram/measure-diagram-geometry.ts).
// Usage: npx node scripts/measure-diagrams.ts [--before <module>]
//   --before: a module exporting the earlier `renderDiagramSvg(mermaidText, text)` (e.g. beautiful-mermaid's renderer
//   as it was on main, copied out with `git show`), measured on the same variants for a before/after table.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  buildDiagramModel,
  generateMermaid,
  measureDiagramGeometry,
  readDiagramGeometry,
  type DiagramMeasures,
} from '../src/lib/diagram/index.ts';
import { resolveAllVariants } from '../src/lib/model/index.ts';
import { loadContentArchitectures } from '../test/fixtures/load-real-content.ts';

const beforeIndex = process.argv.indexOf('--before');
const beforeModule = beforeIndex >= 0 ? process.argv[beforeIndex + 1] : undefined;
const cacheDir = mkdtempSync(path.join(tmpdir(), 'archkb-measure-diagrams-'));
process.env.ARCHKB_DIAGRAM_CACHE_DIR = cacheDir;
const { renderDiagramSvg } = await import('../src/lib/diagram/render-diagram-svg.ts');
const before = beforeModule
  ? ((await import(path.resolve(beforeModule))) as {
      renderDiagramSvg: (mermaid: string, text: { title: string; description: string }) => Promise<string>;
    })
  : null;

const text = { title: 'measure', description: 'measure' };
const format = (m: DiagramMeasures) => `${m.crossings} / ${m.crossCuttingCrossings} / ${m.edgesThroughNodes} / ${m.labelOverlaps}`;
const sum = (rows: DiagramMeasures[]): DiagramMeasures =>
  rows.reduce(
    (total, m) => ({
      crossings: total.crossings + m.crossings,
      crossCuttingCrossings: total.crossCuttingCrossings + m.crossCuttingCrossings,
      edgesThroughNodes: total.edgesThroughNodes + m.edgesThroughNodes,
      labelOverlaps: total.labelOverlaps + m.labelOverlaps,
    }),
    { crossings: 0, crossCuttingCrossings: 0, edgesThroughNodes: 0, labelOverlaps: 0 },
  );

const beforeRows: DiagramMeasures[] = [];
const afterRows: DiagramMeasures[] = [];
console.log(
  `| Diagram | ${before ? 'Before: crossings / cross-cutting / through boxes / label overlaps | ' : ''}After: crossings / cross-cutting / through boxes / label overlaps |`,
);
console.log(`| --- | ${before ? '--- | ' : ''}--- |`);
for (const architecture of loadContentArchitectures()) {
  for (const resolved of resolveAllVariants(architecture)) {
    const model = buildDiagramModel(resolved);
    const crossCutting = new Set(model.nodes.filter((node) => node.crossCutting).map((node) => node.id));
    const after = measureDiagramGeometry(readDiagramGeometry(await renderDiagramSvg(model, text)), crossCutting);
    afterRows.push(after);
    let cells = `| ${resolved.architectureId}/${resolved.variant.id} | `;
    if (before) {
      const geometry = readDiagramGeometry(await before.renderDiagramSvg(generateMermaid(resolved), text));
      if (geometry.nodes.length === 0 || geometry.edges.length === 0)
        throw new Error(`${resolved.architectureId}/${resolved.variant.id}: no boxes or arrows read from the earlier SVG`);
      const measured = measureDiagramGeometry(geometry, crossCutting);
      beforeRows.push(measured);
      cells += `${format(measured)} | `;
    }
    console.log(`${cells}${format(after)} |`);
  }
}
console.log(
  `| **Total (${afterRows.length} diagrams)** | ${before ? `**${format(sum(beforeRows))}** | ` : ''}**${format(sum(afterRows))}** |`,
);
rmSync(cacheDir, { recursive: true, force: true });

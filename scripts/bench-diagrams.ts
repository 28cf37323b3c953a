// Measures diagram modelling and layout per real variant: cold (empty cache) and warm (disk cache), in ms.
// Usage: npx node scripts/bench-diagrams.ts [rounds]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildDiagramModel } from '../src/lib/diagram/index.ts';
import { resolveAllVariants } from '../src/lib/model/index.ts';
import { loadContentArchitectures } from '../test/fixtures/load-real-content.ts';

const rounds = Number(process.argv[2] ?? 3);
const cacheDir = mkdtempSync(path.join(tmpdir(), 'archkb-bench-diagrams-'));
process.env.ARCHKB_DIAGRAM_CACHE_DIR = cacheDir;
const { renderDiagram } = await import('../src/lib/diagram/render-diagram-svg.ts');

const variants = loadContentArchitectures().flatMap((architecture) => resolveAllVariants(architecture));
const text = { title: 'bench', description: 'bench' };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const generateMs: number[] = [];
const texts = variants.map((resolved) => {
  const started = performance.now();
  const model = buildDiagramModel(resolved);
  generateMs.push(performance.now() - started);
  return { id: `${resolved.architectureId}/${resolved.variant.id}`, model };
});

// First render in the process also warms the layout engine; it is reported separately.
const rows: { id: string; coldMs: number[] }[] = texts.map(({ id }) => ({ id, coldMs: [] }));
let firstRenderMs = 0;
for (let round = 0; round < rounds; round += 1) {
  rmSync(cacheDir, { recursive: true, force: true });
  const { renderDiagram: fresh } = await import(`../src/lib/diagram/render-diagram-svg.ts?round=${round}`);
  for (const [index, { model }] of texts.entries()) {
    const result = await fresh(model, text);
    if (round === 0 && index === 0) firstRenderMs = result.renderMs;
    else if (result.origin === 'rendered') rows[index]!.coldMs.push(result.renderMs);
  }
}
const warm: number[] = [];
for (const { model } of texts) {
  const started = performance.now();
  await renderDiagram(model, text);
  warm.push(performance.now() - started);
}
rmSync(cacheDir, { recursive: true, force: true });

for (const row of rows) {
  const note =
    row.coldMs.length > 0
      ? `cold render median ${median(row.coldMs).toFixed(1)} ms`
      : 'same drawing as an earlier variant: reused, not laid out again';
  console.log(`${row.id.padEnd(40)} ${note}`);
}
const allCold = rows.flatMap((row) => row.coldMs);
console.log(`variants: ${variants.length}, rounds: ${rounds}`);
console.log(`buildDiagramModel median ${median(generateMs).toFixed(2)} ms per diagram`);
console.log(`first render (layout engine warm-up) ${firstRenderMs.toFixed(1)} ms`);
console.log(`cold render median ${median(allCold).toFixed(1)} ms, max ${Math.max(...allCold).toFixed(1)} ms per diagram`);
console.log(`cached (disk or memory) median ${median(warm).toFixed(2)} ms per diagram`);

// Renders every diagram the build will show that is not in the diagram cache yet, in worker threads (one per core),
// before Astro starts: Astro renders pages one at a time, and the layout engine is the slowest step of a cold build.
// Pages and exports then read each diagram from the cache. Usage: imported by scripts/build.ts.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  buildDiagramModel,
  hashDiagramLayout,
  renderDiagram,
  resolveDiagramCacheDir,
  type DiagramModel,
} from '../src/lib/diagram/index.ts';
import { resolveAllVariants } from '../src/lib/model/index.ts';
import type { Architecture } from '../src/schemas/architecture.ts';

/** What the pre-render did: distinct placements, how many were laid out now, and the workers used. */
export interface DiagramPrerender {
  /** Distinct placements: diagrams ELK places alike (same boxes, groups and arrows) count once. */
  diagrams: number;
  rendered: number;
  workers: number;
}

/** Renders (into the diagram cache) each distinct diagram of `architectures` that the cache lacks. */
export async function prerenderDiagrams(architectures: readonly Architecture[]): Promise<DiagramPrerender> {
  // One model per distinct placement: variants (and products) whose diagrams differ only in what ELK does not see,
  // such as necessity or counts, share one layout.
  const byHash = new Map<string, DiagramModel>();
  for (const architecture of architectures) {
    for (const resolved of resolveAllVariants(architecture)) {
      const model = buildDiagramModel(resolved);
      byHash.set(hashDiagramLayout(model), model);
    }
  }
  const texts = [...byHash.values()];
  const cacheDir = resolveDiagramCacheDir();
  const missing = [...byHash].filter(([hash]) => !existsSync(path.join(cacheDir, `${hash}.json`))).map(([, model]) => model);
  // Starting a worker costs about as much as a few renders, so small batches stay on this thread.
  const workers = Math.max(1, Math.min(availableParallelism(), Math.floor(missing.length / 16)));
  if (missing.length === 0) return { diagrams: texts.length, rendered: 0, workers: 0 };
  if (workers === 1) {
    for (const model of missing) await renderDiagram(model, { title: '', description: '' });
    return { diagrams: texts.length, rendered: missing.length, workers: 0 };
  }
  const batches = Array.from({ length: workers }, (_, i) => missing.filter((_, index) => index % workers === i));
  await Promise.all(
    batches.map(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: batch });
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`diagram worker exited with code ${code}`))));
        }),
    ),
  );
  return { diagrams: texts.length, rendered: missing.length, workers };
}

if (!isMainThread && Array.isArray(workerData)) {
  for (const model of workerData as DiagramModel[]) await renderDiagram(model, { title: '', description: '' });
  parentPort?.postMessage('done');
}

// The catalogue at a size no build is made for (10,000 by default), in process: builds the ask index, answers
// questions, sizes deployments and writes /api/architectures.json over it, checking each answer is right for the
// product asked about, and reports times, sizes and heap. Run with --expose-gc so heap figures are after collection.
// Usage: node --expose-gc scripts/bench-catalogue-scale.ts [count] [--json]
import { gzipSync } from 'node:zlib';
import { getFactIndex } from '../src/lib/ask/index.ts';
import { buildCatalogueJson } from '../src/lib/catalogue/index.ts';
import { attachDocuments } from '../src/lib/content/index.ts';
import { handleAskRequest, handleSizingRequest } from '../src/lib/http/index.ts';
import { computeSizing } from '../src/lib/sizing/index.ts';
import { ArchitectureSchema, type Architecture } from '../src/schemas/architecture.ts';
import { loadRealSourceDocuments } from '../test/fixtures/load-real-content.ts';
import { buildSyntheticArchitecture } from './generate-synthetic-architectures.ts';

/** Figures of one catalogue size. */
export interface CatalogueScale {
  architectures: number;
  parseSeconds: number;
  askIndexSeconds: number;
  heapMiB: { catalogue: number; withAskIndex: number; afterLoad: number };
  ask: { calls: number; p50: number; p99: number; wrong: number };
  sizing: { calls: number; p50: number; p99: number; wrong: number };
  catalogueJson: { seconds: number; bytes: number; gzipBytes: number; entries: number; wrong: number };
}

/** Heap in use after a full collection, in MiB (without --expose-gc, without the collection). */
function heapMiB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
}

/** p50 and p99 of samples in milliseconds. */
function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const pick = (q: number) => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3));
  return { p50: pick(0.5), p99: pick(0.99) };
}

/** Parses `count` synthetic architectures and measures the in-process fronts over them. */
export function measureCatalogueScale(count: number, calls = 500): CatalogueScale {
  const documents = loadRealSourceDocuments();
  let started = performance.now();
  const catalogue: Architecture[] = Array.from({ length: count }, (_, i) =>
    ArchitectureSchema.parse(attachDocuments(buildSyntheticArchitecture(i + 1), documents)),
  );
  const parseSeconds = (performance.now() - started) / 1000;
  const catalogueHeap = heapMiB();
  started = performance.now();
  getFactIndex(catalogue);
  const askIndexSeconds = (performance.now() - started) / 1000;
  const withAskIndex = heapMiB();

  // Questions about products spread over the whole catalogue; each answer must be about the product asked.
  const step = Math.max(1, Math.floor(count / calls));
  const sampled = Array.from({ length: calls }, (_, i) => catalogue[(i * step) % count]!);
  const askTimes: number[] = [];
  let askWrong = 0;
  // Warm-up, as a running server has had: the first calls of each answerer include compiling it.
  for (const architecture of sampled.slice(0, 50))
    handleAskRequest(`?q=${encodeURIComponent(`How much memory does ${architecture.product} need?`)}`, catalogue);
  for (const architecture of sampled.slice(0, 50))
    handleSizingRequest(new URLSearchParams({ architecture: architecture.id, users: '5', cloud: 'gcp' }), catalogue);
  for (const architecture of sampled) {
    const database = architecture.components.find((component) => component.role === 'relational-database');
    const search = `?q=${encodeURIComponent(`Which database does ${architecture.product} need?`)}`;
    const begun = performance.now();
    const response = handleAskRequest(search, catalogue);
    askTimes.push(performance.now() - begun);
    const ownSources =
      response.status === 200 &&
      response.body.sources.length > 0 &&
      response.body.sources.every((s) => s.url.startsWith(`/architectures/${architecture.id}/`));
    const named = response.status === 200 && database ? (response.body.answer ?? '').includes(database.technology ?? database.name) : true;
    if (!ownSources || !named) askWrong += 1;
  }

  const sizingTimes: number[] = [];
  let sizingWrong = 0;
  for (const [index, architecture] of sampled.entries()) {
    const users = 100 * (index + 1);
    const begun = performance.now();
    const response = handleSizingRequest(
      new URLSearchParams({ architecture: architecture.id, users: String(users), cloud: 'aws' }),
      catalogue,
    );
    sizingTimes.push(performance.now() - begun);
    const direct = computeSizing(architecture, architecture.variants[0]!.id, { loads: { users }, cloud: 'aws' });
    if (response.status !== 200 || JSON.stringify(response.body.exact.totals) !== JSON.stringify(direct.totals)) sizingWrong += 1;
  }

  started = performance.now();
  const json = JSON.stringify(buildCatalogueJson(catalogue));
  const jsonSeconds = (performance.now() - started) / 1000;
  const parsed = JSON.parse(json) as { architectures: { id: string; urls: { page: string } }[] };
  const ids = new Set(parsed.architectures.map((entry) => entry.id));
  const catalogueWrong =
    parsed.architectures.filter((entry) => entry.urls.page !== `/architectures/${entry.id}/`).length + (ids.size === count ? 0 : 1);

  return {
    architectures: count,
    parseSeconds,
    askIndexSeconds,
    heapMiB: { catalogue: catalogueHeap, withAskIndex: withAskIndex, afterLoad: heapMiB() },
    ask: { calls, ...percentiles(askTimes), wrong: askWrong },
    sizing: { calls, ...percentiles(sizingTimes), wrong: sizingWrong },
    catalogueJson: {
      seconds: jsonSeconds,
      bytes: Buffer.byteLength(json),
      gzipBytes: gzipSync(json).length,
      entries: parsed.architectures.length,
      wrong: catalogueWrong,
    },
  };
}

if (import.meta.main) {
  const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
  const figures = measureCatalogueScale(count);
  console.log(process.argv.includes('--json') ? JSON.stringify(figures) : figures);
}

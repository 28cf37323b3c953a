// Benchmarks the ask engine alone and the ask fronts through the built server on loopback (autocannon), then prints
// a table. Usage: npm run bench:ask [-- --duration 5 --connections 1]   (builds first when dist is stale; one row also runs
// /api/ask at 4 connections to show latency under concurrency)
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { parse } from 'yaml';
import { answerQuestion, buildFactIndex } from '../src/lib/ask/index.ts';
import { startArchkbServer } from '../src/server/create-server.ts';
import { buildIfStale, resolveOutDir } from './build-if-stale.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const readFlag = (name: string, fallback: number): number => {
  const index = args.indexOf(`--${name}`);
  const value = index >= 0 ? Number(args[index + 1]) : fallback;
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const duration = readFlag('duration', 5);
const connections = readFlag('connections', 1);
// Only the development set is timed: the held-out set stays unread until its evaluation.
const questions = (parse(readFileSync(path.join(root, 'test/ask/dev-set.yaml'), 'utf8')) as { question: string }[]).map((c) => c.question);

/** Value at a percentile of sorted numbers. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Times the pure engine: the one-off index build, then every question many times. */
function benchEngine(): { scenario: string; rps: string; p50: string; p99: string; notes: string } {
  const architectures = loadArchitecturesFromDisk();
  const coldStart = performance.now();
  buildFactIndex(architectures);
  const indexMs = performance.now() - coldStart;
  for (let i = 0; i < 3; i++) for (const q of questions) answerQuestion(q, architectures);
  const samples: number[] = [];
  const rounds = 50;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const t = performance.now();
      answerQuestion(q, architectures);
      samples.push(performance.now() - t);
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  return {
    scenario: `engine: answerQuestion (${questions.length} questions × ${rounds})`,
    rps: Math.round(samples.length / elapsed).toLocaleString('en-US'),
    p50: `${percentile(samples, 50).toFixed(3)} ms`,
    p99: `${percentile(samples, 99).toFixed(3)} ms`,
    notes: `index build once: ${indexMs.toFixed(1)} ms; max ${samples[samples.length - 1]?.toFixed(3)} ms`,
  };
}

/** Runs one autocannon scenario against the server and summarises it. */
async function benchHttp(baseUrl: string, scenario: string, paths: readonly string[], concurrency = connections) {
  const result = await autocannon({
    url: baseUrl,
    connections: concurrency,
    duration,
    requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
  });
  const bad = result.non2xx + result.errors + result.timeouts;
  return {
    scenario: `${scenario} [${concurrency} conn]`,
    rps: Math.round(result.requests.average).toLocaleString('en-US'),
    p50: `${result.latency.p50} ms`,
    p99: `${result.latency.p99} ms`,
    notes: `${result.requests.total.toLocaleString('en-US')} requests, ${bad} non-2xx/errors`,
  };
}

buildIfStale();
const engineRow = benchEngine();
const server = await startArchkbServer({ distDir: resolveOutDir(), port: Number(process.env.ARCHKB_BENCH_PORT ?? 0), host: '127.0.0.1' });
const { port } = server.address() as AddressInfo;
const baseUrl = `http://127.0.0.1:${port}`;
const encoded = questions.map((q) => encodeURIComponent(q));
const pages = [
  '/architectures/authgear',
  '/architectures/authgear/azure',
  '/architectures/appsmith',
  '/architectures/coder',
  '/architectures/inrupt-ess',
  '/index',
];
const rows = [engineRow];
try {
  rows.push(await benchHttp(baseUrl, 'GET / (prerendered page, baseline)', ['/']));
  rows.push(await benchHttp(baseUrl, 'GET /api/ask?q= one question', [`/api/ask?q=${encoded[0]}`]));
  rows.push(
    await benchHttp(
      baseUrl,
      'GET /api/ask?q= mix',
      encoded.map((q) => `/api/ask?q=${q}`),
      4,
    ),
  );
  rows.push(
    await benchHttp(
      baseUrl,
      `GET /api/ask?q= mix of ${questions.length}`,
      encoded.map((q) => `/api/ask?q=${q}`),
    ),
  );
  rows.push(
    await benchHttp(
      baseUrl,
      'GET <page>.md?ask= mix',
      encoded.map((q, i) => `${pages[i % pages.length]}.md?ask=${q}`),
    ),
  );
  rows.push(
    await benchHttp(
      baseUrl,
      'GET /ask/?q= (HTML) mix',
      encoded.map((q) => `/ask/?q=${q}`),
    ),
  );
  rows.push(
    await benchHttp(
      baseUrl,
      'GET <page>.md (Markdown page)',
      pages.map((p) => `${p}.md`),
    ),
  );
} finally {
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

const headers = ['scenario', 'req/s', 'p50', 'p99', 'notes'] as const;
const table = rows.map((row) => [row.scenario, row.rps, row.p50, row.p99, row.notes]);
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]?.length ?? 0)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
console.log(
  `\nask benchmark: ${duration} s per HTTP scenario, ${connections} connection(s) unless marked, loopback, ${questions.length} distinct questions\n`,
);
console.log(line(headers));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const cells of table) console.log(line(cells));
console.log('\nTarget: p99 under 10 ms per question through /api/ask; the engine itself well under 1 ms.');

// Benchmarks (not tests: nothing here fails on a slow figure). Prints a table of figures and rewrites BENCHMARKS.md.
// Usage: npm run bench [-- --sizes=10,100,1000] [-- --skip=lighthouse,weights,scaling,endpoints,memory]
// Sections not run keep their last figures (BENCHMARKS.md carries them in a JSON comment at its end).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSyntheticCatalogue, measureEndpointCompute, type ComputeTiming } from './bench-endpoint-compute.ts';
import { loadEndpoint, type EndpointLoad } from './bench-endpoints.ts';
import { measureMemoryUnderLoad, readStartFlags, type MemoryUnderLoad } from './bench-memory.ts';
import { runLighthouse, type LighthouseScores } from './bench-lighthouse.ts';
import { listPagePaths, measurePageWeights, type PageWeight } from './bench-page-weight.ts';
import { formatKiB, root, runBuild, serveSite, toMarkdownTable } from './bench-support.ts';
import { buildSyntheticProductName, writeSyntheticArchitectures } from './generate-synthetic-architectures.ts';

const JS_BUDGET = 20 * 1024;
const LIGHTHOUSE_TARGET = 0.95;
const targets = { cold1000: 30, rebuild1000: 15 };
const work = path.join(root, 'bench-results');
const benchmarksFile = path.join(root, 'BENCHMARKS.md');
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const sizes = (args.get('sizes') ?? process.env.BENCH_SIZES ?? '10,100').split(',').map(Number).filter(Boolean);
const skip = new Set((args.get('skip') ?? '').split(',').filter(Boolean));

/** One synthetic catalogue size's build figures. */
interface ScalingRun {
  architectures: number;
  coldSeconds: number | null;
  msPerArchitecture: number | null;
  rebuildSeconds: number | null;
  pages: number | null;
  architecturePageHtml: number | null;
  architecturePageHtmlGzip: number | null;
  error?: string;
}

/** Everything one run measured; sections are optional so a partial run merges with the last one. */
interface Figures {
  machine?: { date: string; cpus: number; cpuModel: string; node: string; note: string };
  realBuildSeconds?: number;
  lighthouse?: LighthouseScores[];
  weights?: PageWeight[];
  scaling?: Record<string, ScalingRun>;
  endpoints?: Record<string, EndpointLoad[]>;
  endpointCompute?: ComputeTiming[];
  memory?: MemoryUnderLoad[];
}

/** Reads the figures the last run left at the end of BENCHMARKS.md. */
function readLastFigures(): Figures {
  if (!existsSync(benchmarksFile)) return {};
  const match = /<!-- figures\n([\s\S]*?)\n-->/.exec(readFileSync(benchmarksFile, 'utf8'));
  try {
    return match ? (JSON.parse(match[1] ?? '{}') as Figures) : {};
  } catch {
    return {};
  }
}

/** Fresh build folders under bench-results/<name>. */
function prepareFolders(name: string): { base: string; outDir: string; cacheDir: string; contentDir: string } {
  const base = path.join(work, name);
  rmSync(base, { recursive: true, force: true });
  const folders = { base, outDir: path.join(base, 'dist'), cacheDir: path.join(base, 'cache'), contentDir: path.join(base, 'content') };
  mkdirSync(folders.contentDir, { recursive: true });
  return folders;
}

/** Size of a built page's HTML, raw and gzipped. */
function measureHtml(outDir: string, pagePath: string): { raw: number; gzip: number } | null {
  const file = path.join(outDir, 'client', pagePath, 'index.html');
  if (!existsSync(file)) return null;
  const html = readFileSync(file);
  return { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };
}

/** Counts built HTML pages. */
function countPages(outDir: string): number {
  const walk = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, entry) => n + (entry.isDirectory() ? walk(path.join(dir, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
      0,
    );
  const client = path.join(outDir, 'client');
  return existsSync(client) ? walk(client) : 0;
}

/** Loads the ask and sizing endpoints of a served build. */
async function measureEndpoints(outDir: string, architectureId: string, question: string): Promise<EndpointLoad[]> {
  const site = await serveSite(outDir);
  try {
    const ask = await loadEndpoint(site.baseUrl, 'ask', `/api/ask?q=${encodeURIComponent(question)}`);
    const sizing = await loadEndpoint(site.baseUrl, 'sizing', `/api/sizing?architecture=${architectureId}&users=10000&cloud=aws`);
    return [ask, sizing];
  } finally {
    await site.close();
  }
}

const figures: Figures = readLastFigures();
figures.machine = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  note: 'Shared 2-core machine; other builds may have run at the same time, so timings are upper bounds.',
};
mkdirSync(work, { recursive: true });

// 1. The real catalogue: build, page weights, Lighthouse, endpoints at one architecture.
if (!skip.has('weights') || !skip.has('lighthouse')) {
  const real = prepareFolders('real');
  console.log('bench: building the real catalogue...');
  figures.realBuildSeconds = runBuild({ outDir: real.outDir, cacheDir: real.cacheDir });
  const site = await serveSite(real.outDir);
  try {
    if (!skip.has('weights')) {
      const paths = await listPagePaths(site.baseUrl);
      console.log(`bench: weighing ${paths.length} pages in Chromium...`);
      figures.weights = await measurePageWeights(site.baseUrl, paths);
    }
    if (!skip.has('lighthouse')) {
      figures.lighthouse = [];
      for (const pagePath of ['/', '/architectures/authgear/', '/compare/', '/ask/']) {
        console.log(`bench: lighthouse ${pagePath}...`);
        figures.lighthouse.push(await runLighthouse(site.baseUrl, pagePath, path.join(work, 'lighthouse')));
      }
    }
  } finally {
    await site.close();
  }
}

if (!skip.has('endpoints')) {
  const one = prepareFolders('one-architecture');
  copyFileSync(path.join(root, 'content/architectures/authgear.yaml'), path.join(one.contentDir, 'authgear.yaml'));
  console.log('bench: building a one-architecture catalogue for the endpoint load...');
  runBuild(one);
  figures.endpoints = {
    ...(figures.endpoints ?? {}),
    '1': await measureEndpoints(one.outDir, 'authgear', 'Which database does Authgear need?'),
  };
}

if (!skip.has('endpoints')) {
  console.log('bench: ask and sizing handler compute at 1 and 1,000 synthetic architectures...');
  figures.endpointCompute = [1, 1000].flatMap((size) => measureEndpointCompute(buildSyntheticCatalogue(size)));
}

// Server memory under a mixed load, with Node's default heap sizing and with the flags `npm start` uses.
if (!skip.has('memory')) {
  const folders = prepareFolders('memory');
  console.log('bench: building the real catalogue for the memory run...');
  runBuild({ outDir: folders.outDir, cacheDir: folders.cacheDir });
  figures.memory = [];
  for (const nodeFlags of [[], readStartFlags()]) {
    console.log(`bench: memory under load with ${nodeFlags.join(' ') || "Node's defaults"}...`);
    figures.memory.push(await measureMemoryUnderLoad(folders.outDir, { nodeFlags }));
  }
}

// 2. Build scaling over synthetic catalogues; the largest size also gets the endpoint load.
if (!skip.has('scaling')) {
  figures.scaling ??= {};
  for (const size of sizes) {
    const folders = prepareFolders(`synthetic-${size}`);
    writeSyntheticArchitectures(size, folders.contentDir);
    const run: ScalingRun = {
      architectures: size,
      coldSeconds: null,
      msPerArchitecture: null,
      rebuildSeconds: null,
      pages: null,
      architecturePageHtml: null,
      architecturePageHtmlGzip: null,
    };
    try {
      console.log(`bench: cold build of ${size} synthetic architectures...`);
      run.coldSeconds = runBuild(folders, size >= 1000 ? 600 : 300);
      run.msPerArchitecture = Math.round((run.coldSeconds * 1000) / size);
      run.pages = countPages(folders.outDir);
      const html = measureHtml(folders.outDir, 'architectures/synthetic-0001');
      run.architecturePageHtml = html?.raw ?? null;
      run.architecturePageHtmlGzip = html?.gzip ?? null;
      const edited = path.join(folders.contentDir, 'synthetic-0001.yaml');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^summary: .*$/m, 'summary: Edited for the one-edit rebuild benchmark.'));
      console.log(`bench: rebuild after editing one of ${size}...`);
      run.rebuildSeconds = runBuild(folders, size >= 1000 ? 600 : 300);
      if (size === Math.max(...sizes) && size >= 1000 && !skip.has('endpoints')) {
        figures.endpoints = {
          ...(figures.endpoints ?? {}),
          [String(size)]: await measureEndpoints(
            folders.outDir,
            'synthetic-0001',
            `Which database does ${buildSyntheticProductName(1)} need?`,
          ),
        };
      }
    } catch (error) {
      run.error = (error as Error).message.split('\n')[0] ?? 'failed';
      // How far a timed-out build got: HTML pages written so far.
      if (run.coldSeconds === null) run.error += ` (${countPages(folders.outDir)} HTML pages written by then)`;
      console.error(`bench: ${size} architectures: ${(error as Error).message}`);
    }
    figures.scaling[String(size)] = run;
    rmSync(folders.base, { recursive: true, force: true });
  }
}

// 3. Report.
const score = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const mark = (ok: boolean) => (ok ? 'ok' : 'MISSES');
const sections: string[] = [
  '# Benchmarks',
  '',
  'Figures from `npm run bench` (scripts/bench.ts), committed with the last run. They are measurements, not tests: nothing fails on a slow figure.',
  `Last run: ${figures.machine.date}, ${figures.machine.cpus} × ${figures.machine.cpuModel}, Node ${figures.machine.node}. ${figures.machine.note}`,
];
if (figures.lighthouse) {
  sections.push(
    '',
    `## Lighthouse (mobile preset, simulated throttling; target ≥ ${LIGHTHOUSE_TARGET} each)`,
    '',
    toMarkdownTable(
      ['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Target', 'Audits below 0.9'],
      figures.lighthouse.map((l) => [
        l.path,
        score(l.performance),
        score(l.accessibility),
        score(l.bestPractices),
        score(l.seo),
        mark([l.performance, l.accessibility, l.bestPractices, l.seo].every((s) => s !== null && s >= LIGHTHOUSE_TARGET)),
        l.weakAudits.join(', ') || 'none',
      ]),
    ),
  );
}
if (figures.weights) {
  const weights = figures.weights;
  const maxJs = Math.max(...weights.map((w) => w.js));
  const diagramJs = weights
    .filter((w) => w.path.startsWith('/architectures/'))
    .flatMap((w) => w.scripts)
    .filter((s) => /mermaid|diagram/i.test(s.url));
  sections.push(
    '',
    `## Page weight (everything a plain page load fetches, gzipped; JavaScript budget ${formatKiB(JS_BUDGET)} per page)`,
    '',
    `${weights.length} pages from the sitemap. Largest JavaScript on any page: ${formatKiB(maxJs)} (${mark(maxJs <= JS_BUDGET)}). ` +
      `Diagrams are SVG rendered at build time; JavaScript fetched for diagrams on architecture pages: ${formatKiB(
        [...new Map(diagramJs.map((s) => [s.url, s.gzip])).values()].reduce((a, b) => a + b, 0),
      )}${diagramJs.length > 0 ? ` (${[...new Set(diagramJs.map((s) => s.url))].join(', ')}: the copy-Mermaid button, not the drawing)` : ''}.`,
    '',
    toMarkdownTable(
      ['Page', 'HTML', 'CSS', 'JS', 'Other', 'Total', 'JS budget'],
      weights.map((w) => [
        w.path,
        formatKiB(w.html),
        formatKiB(w.css),
        formatKiB(w.js),
        formatKiB(w.other),
        formatKiB(w.total),
        mark(w.js <= JS_BUDGET),
      ]),
    ),
  );
}
if (figures.scaling && Object.keys(figures.scaling).length > 0) {
  const runs = Object.values(figures.scaling).sort((a, b) => a.architectures - b.architectures);
  const seconds = (s: number | null) => (s === null ? 'n/a' : `${s.toFixed(1)} s`);
  const smallest = runs.find((r) => r.architecturePageHtml !== null);
  sections.push(
    '',
    `## Build scaling (synthetic catalogues; targets at 1,000: cold ≤ ${targets.cold1000} s, one-edit rebuild ≤ ${targets.rebuild1000} s)`,
    '',
    `Real catalogue (content/): cold build ${figures.realBuildSeconds === undefined ? 'n/a' : seconds(figures.realBuildSeconds)}. ` +
      'Builds run `npm run build` (Astro, then the Pagefind index) with ARCHKB_CONTENT_DIR/ARCHKB_OUT_DIR/ARCHKB_CACHE_DIR; the rebuild edits one file and keeps the cache.',
    '',
    toMarkdownTable(
      [
        'Architectures',
        'Cold build',
        'ms per architecture',
        'One-edit rebuild',
        'HTML pages',
        'Architecture page HTML (raw / gzip)',
        'vs smallest',
        'Note',
      ],
      runs.map((r) => [
        r.architectures,
        seconds(r.coldSeconds),
        r.msPerArchitecture ?? 'n/a',
        seconds(r.rebuildSeconds),
        r.pages ?? 'n/a',
        r.architecturePageHtml === null ? 'n/a' : `${formatKiB(r.architecturePageHtml)} / ${formatKiB(r.architecturePageHtmlGzip ?? 0)}`,
        smallest?.architecturePageHtml && r.architecturePageHtml
          ? `${(((r.architecturePageHtml - smallest.architecturePageHtml) / smallest.architecturePageHtml) * 100).toFixed(1)} %`
          : 'n/a',
        r.error ??
          (r.architectures >= 1000
            ? `cold ${mark((r.coldSeconds ?? Infinity) <= targets.cold1000)}, rebuild ${mark((r.rebuildSeconds ?? Infinity) <= targets.rebuild1000)}`
            : ''),
      ]),
    ),
  );
}
if (figures.endpoints) {
  sections.push(
    '',
    '## Endpoints under load (autocannon on loopback, 10 connections, 5 s after a 1 s warm-up)',
    '',
    toMarkdownTable(
      ['Architectures', 'Endpoint', 'Requests/s', 'p50 ms', 'p99 ms', 'Non-2xx', 'Errors'],
      Object.entries(figures.endpoints).flatMap(([size, loads]) =>
        loads.map((l) => [size, l.path, l.requestsPerSecond, l.p50, l.p99, l.non2xx, l.errors]),
      ),
    ),
  );
}
if (figures.endpointCompute) {
  sections.push(
    '',
    '## Endpoint compute per request (handlers called in-process over a synthetic catalogue; no HTTP, no build)',
    '',
    toMarkdownTable(
      ['Architectures', 'Handler', 'Calls', 'p50 ms', 'p99 ms', 'Mean ms'],
      figures.endpointCompute.map((t) => [t.architectures, t.handler, t.calls, t.p50, t.p99, t.mean]),
    ),
  );
}
if (figures.memory) {
  const runs = figures.memory;
  sections.push(
    '',
    '## Memory under load',
    '',
    `Resident memory of the server process (\`scripts/start.ts\` in a child process) under ${runs[0]?.seconds ?? 30} s of ${runs[0]?.connections ?? 20} ` +
      'gzip-accepting connections cycling through pages, exports, Markdown, `/ask/`, both APIs with a distinct query each time, 404s ' +
      'and refused traversal paths (`npm run bench:memory`). Nothing is kept per request: the Markdown page caches hold one entry ' +
      'per page that exists, the ask index is built once per catalogue, and a forced garbage collection after such a load brings the ' +
      'JavaScript heap back to its idle size (about 25 MiB). What grows is V8 sizing its heap to the allocation rate (with its ' +
      'defaults here the young generation grew from 16 to 128 MiB and the old one to about 110 MiB before a full collection) and ' +
      'keeping the pages it took. `npm start` therefore runs Node with ' +
      '`--max-semi-space-size=4 --max-old-space-size=256`: 256 MiB is four times the heap a 1,000-architecture catalogue needs; ' +
      'run `node --max-old-space-size=<MiB> scripts/start.ts` for a larger one.',
    '',
    toMarkdownTable(
      ['Node flags', 'Requests', 'Errors', '5xx', 'RSS idle', 'RSS peak', 'RSS 10 s after'],
      runs.map((r) => [
        r.nodeFlags.length > 0 ? `\`${r.nodeFlags.join(' ')}\`` : 'none (Node defaults)',
        r.requests,
        r.errors,
        r.serverErrors,
        `${r.rssIdleMiB} MiB`,
        `${r.rssPeakMiB} MiB`,
        `${r.rssAfterMiB} MiB`,
      ]),
    ),
  );
}
// The ask engine's section is written by npm run bench:ask and the ask evaluations; this run keeps it as it stands.
const askSection = existsSync(benchmarksFile)
  ? (/<!-- ask -->[\s\S]*?<!-- \/ask -->/.exec(readFileSync(benchmarksFile, 'utf8'))?.[0] ?? '')
  : '';
if (askSection) sections.push('', askSection);
const markdown = `${sections.join('\n')}\n\n<!-- figures\n${JSON.stringify(figures)}\n-->\n`;
writeFileSync(benchmarksFile, markdown);
console.log(`\n${sections.join('\n')}\n\nbench: wrote ${path.relative(root, benchmarksFile)}`);

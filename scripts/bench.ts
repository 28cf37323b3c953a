// Benchmarks (not tests: nothing here fails on a slow figure). Prints a table of figures and rewrites BENCHMARKS.md.
// Usage: npm run bench [-- --sizes=10,100,1000] [-- --skip=lighthouse,weights,scaling,baseline,endpoints,memory,author,static,scale]
// Sections not run keep their last figures (BENCHMARKS.md carries them in a JSON comment at its end).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSyntheticCatalogue, measureEndpointCompute, type ComputeTiming } from './bench-endpoint-compute.ts';
import { loadEndpoint, type EndpointLoad } from './bench-endpoints.ts';
import { measureMemoryUnderLoad, readStartFlags, type MemoryUnderLoad } from './bench-memory.ts';
import { runLighthouse, type LighthouseScores } from './bench-lighthouse.ts';
import { listPagePaths, measurePageWeights, type PageWeight } from './bench-page-weight.ts';
import { measureAuthorLoop, type AuthorLoop } from './bench-author-loop.ts';
import { buildBaseline, type BaselineRun } from './bench-baseline.ts';
import type { CatalogueScale } from './bench-catalogue-scale.ts';
import { measureStaticFeatures, type StaticFeatureWeight } from './bench-static.ts';
import { formatKiB, root, runBuild, runBuildTimed, serveSite, toMarkdownTable } from './bench-support.ts';
import { buildSyntheticProductName, writeSyntheticArchitectures } from './generate-synthetic-architectures.ts';

const JS_BUDGET = 20 * 1024;
/** Everything a catalogue page (home, category, compare) fetches at 1,000 architectures, gzipped. */
const CATALOGUE_PAGE_BUDGET = 100 * 1024;
const LIGHTHOUSE_TARGET = 0.95;
/** Targets of issue 17: per architecture at or below the baseline's, cold; a one-edit rebuild at most a quarter of cold. */
const targets = { rebuildShareOfCold: 0.25 };
/** The in-process catalogue size for the ask, sizing and catalogue JSON check, and its answer latency target. */
const SCALE_SIZE = 10_000;
const SCALE_P99_TARGET_MS = 10;
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
  /** The build's own per-phase line, cold and rebuild. */
  coldPhases?: string;
  rebuildPhases?: string;
  /** A cold build of the output that keeps only the content-hash diagram cache, as a CI cache of it would. */
  keptDiagramsSeconds?: number | null;
  keptDiagramsPhases?: string;
  /** The Starlight + client-side Mermaid baseline over the same catalogue, in the same run. */
  baseline?: BaselineRun;
  /** Catalogue pages at this size: everything a plain load fetches. */
  cataloguePages?: PageWeight[];
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
  authorLoop?: AuthorLoop[];
  staticFeatures?: StaticFeatureWeight[];
  catalogueScale?: CatalogueScale;
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

/** Where the time went before issue 17's changes: one profile of main, kept as text because that code is gone. */
const PROFILE_BEFORE = [
  'Before (profile of main at 95c35da, 1,000 architectures, truly cold, same shared machine at load ~9): 290 s wall. Content sync 36 s (each file',
  'parsed and schema-checked twice), Vite 6 s, prerendering 191 s: 2,000 diagram.svg routes 101 s (the first render of each diagram; ELK layout),',
  'the other 8,000 export routes 36 s, 6,000 HTML pages 30 s, /compare/ 7 s and the other whole-catalogue pages 10 s; Pagefind 52 s (6,004',
  'pages, sizing pages and embeds included). The rebuild after one edit was a full build. Changes: content parsed once and cached by digest;',
  'diagrams pre-rendered in worker threads into a cache in the build cache folder; exports written in one pass; Pagefind over each',
  "architecture's main page and the comparison pages plus component records; a content-only edit re-renders only that architecture's pages",
  'and the whole-catalogue pages; whole-catalogue comparisons computed once per build; /compare/ draws no matrix for categories over 8 products.',
].join(' ');

/** Where the time went after the first round (profiles of 8fbec92 at 1,000 architectures), and what the second round changed. */
const PROFILE_SECOND_ROUND = [
  'Second round (profiles of 8fbec92 at 1,000 architectures, node --cpu-prof of the astro phase, machine shared at load 3-5): a one-edit',
  'rebuild spent 10.7 s in Pagefind after Astro (1,002 pages 1.9 s, 10,008 records sent one at a time 2.9 s, writing 4.0 s) and 8.3 s',
  'prerendering whole-catalogue pages, 1.5 s of it per call listing all 500,000 product pairs to keep those within small categories; every',
  'page built the sidebar by filtering the whole catalogue (2.5 s per build), sizing tables made an Intl.NumberFormat per figure (2.5 s), the',
  'comparison exports hashed the catalogue once each; 2,000 synthetic diagrams were laid out one by one though ELK placed only 48 distinct',
  'graphs (the generator draws every product from one line-up; the real catalogue has 18 placements for 18 drawings). Changes: Pagefind',
  'starts before Astro (records from the content, sent at once; after an edit the unchanged pages read from the last output while Astro',
  "renders), ELK's placement cached by ELK's input, the sidebar grouped once per build, pairs made only within categories, one number",
  'formatter, the catalogue hash kept per build, exports made while Astro runs, only changed diagrams checked in a partial build. Left: a',
  'partial Astro build still costs 10-15 s whatever changed (CLI start, content sync, three Vite bundles, the whole-catalogue pages) and',
  'Pagefind writes its whole bundle (4-5 s) on every build. Because the synthetic products share 48 placements, the cold figure understates',
  'a catalogue of 1,000 distinct products, whose diagrams would still be laid out one by one (37-41 s in the first round): compare the',
  'diagram-cache-kept build with the baseline. Rebuild / cold rose because cold fell faster than the rebuild floor above.',
].join(' ');

/** Where the time went in the third round (issue 17, part 1), what it changed, and what is left. */
const PROFILE_THIRD_ROUND = [
  'Third round (node --cpu-prof of scripts/build.ts and of astro build at 1,000 architectures, machine shared with a mutation-testing run',
  'and type checks, load 1.4-16). A cold build at load ~5 (68 s wall, 57 s CPU): content 5.5 s and diagrams 5.7 s before Astro started;',
  "Astro 44 s, of which 13 s before the first page (CLI and config, the content config loaded through Vite's module runner 3.3 s, content",
  'sync, three Vite bundles 3.3 s) and 31 s prerendering 6,000 HTML pages at about 5 ms each (diagram SVGs 1.8 s, sizing 1.8 s, mkdir and',
  'writes 2.5 s, garbage collection 3.4 s); then Pagefind 9-13 s (1,002 pages 4-6 s, the bundle of 11,000 files 4-7 s). A one-edit',
  'rebuild: Astro 17 s, 12 s of it before the first page and 4.7 s prerendering (comparison.csv/json 1.7 s, llms-full.txt 1.3 s,',
  'architectures.json 0.6 s), then the Pagefind bundle 4-6 s. Changes: diagrams laid out in workers while Astro starts; Astro reports over',
  'IPC (src/site/build-reporter.ts) when it has emptied the output folder, so the exports are written then, and hands over each searched',
  'page as it renders it, so Pagefind indexes on the other core and only the bundle is written after Astro; the content config loads its',
  "loaders and schemas with Node's loader in a build ('[types] Generated' 4.95 s -> 1.98 s, real catalogue, load ~3). What that bought",
  'depends on whether the second core is free. Cold builds of main and of this branch run in turn: 57.8 -> 49.8 s at load 1.4-2.2,',
  '43.1 -> 50.7 s at 3.6-4.2, 77.6 -> 60.5 s at 3.6-6.6 (CPU 54 -> 52 s, 36 -> 45 s, 45 -> 48 s); one-edit rebuilds in turn at load 5.8-7.1:',
  '29.5 -> 28.8 s on average of five pairs, 0.7 s less user CPU. The bench runs are as noisy: before these changes (17:15, load 4.5-6)',
  'cold 74.9 s, rebuild 27.1 s, baseline 39.1 s; after (17:45, load 4-6.6) 78.0, 27.3 and 42.0 s; the table (18:09, load 4.6-5.4).',
  "Under such load overlapping buys little and the baseline, mostly one thread, loses less to a busy machine. Weighed and not kept: Astro's",
  'experimental.incrementalBuild (not tried: it skips rendering pages whose cacheKey is unchanged, which the partial build already does,',
  'keeps the CLI, sync and three bundles, and copies every page into its cache); writing only the Pagefind files that changed (getFiles',
  'took 3.45 s of the 4.19 s writeFiles takes, so the bundle is made, not written, slowly); --max-semi-space-size=64 for Astro (user CPU',
  '29.4 -> 26.6 s, then 27.1 against 24.9 s in the other order: noise). Both targets are still missed. Left: a partial astro build costs',
  'about 12 s before its first page whatever changed plus 4 s of whole-catalogue endpoints, and Pagefind re-reads the 1,000 unchanged pages',
  "and makes its whole bundle on every build, so a quarter of cold needs the partial build to skip Astro's bundles (or render the changed",
  'pages without astro build) and a search index kept between builds; the cold target needs less CPU per page (6,000 pages at about 5 ms',
  "under load against the baseline's 1,002).",
].join(' ');

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

// 2. Build scaling over synthetic catalogues: cold (nothing cached), a one-edit rebuild, a cold build that keeps the
// diagram cache, and at 1,000 and up the Starlight baseline over the same files. The largest size also gets the
// endpoint load and the catalogue pages' weight.
if (!skip.has('scaling')) {
  figures.scaling ??= {};
  for (const size of sizes) {
    const previousBaseline = figures.scaling[String(size)]?.baseline;
    const folders = prepareFolders(`synthetic-${size}`);
    writeSyntheticArchitectures(size, folders.contentDir);
    // The diagram cache lives apart from the build's other caches here, so the third build can keep it alone.
    const diagramCache = { ARCHKB_DIAGRAM_CACHE_DIR: path.join(folders.base, 'diagrams') };
    const timeout = size >= 1000 ? 1800 : 600;
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
      const cold = runBuildTimed(folders, timeout, diagramCache);
      run.coldSeconds = cold.seconds;
      run.coldPhases = cold.phases;
      run.msPerArchitecture = Math.round((cold.seconds * 1000) / size);
      run.pages = countPages(folders.outDir);
      const html = measureHtml(folders.outDir, 'architectures/synthetic-0001');
      run.architecturePageHtml = html?.raw ?? null;
      run.architecturePageHtmlGzip = html?.gzip ?? null;
      const edited = path.join(folders.contentDir, 'synthetic-0001.yaml');
      writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^summary: .*$/m, 'summary: Edited for the one-edit rebuild benchmark.'));
      console.log(`bench: rebuild after editing one of ${size}...`);
      const rebuild = runBuildTimed(folders, timeout, diagramCache);
      run.rebuildSeconds = rebuild.seconds;
      run.rebuildPhases = rebuild.phases;
      if (size === Math.max(...sizes) && size >= 1000) {
        const site = await serveSite(folders.outDir);
        try {
          const categoryPaths = (await listPagePaths(site.baseUrl)).filter((p) => /^\/categories\/[^/]+\/$/.test(p)).slice(0, 1);
          console.log('bench: weighing the catalogue pages...');
          run.cataloguePages = await measurePageWeights(site.baseUrl, [
            '/',
            ...categoryPaths,
            '/compare/',
            '/compare/custom/',
            '/embed/compare/',
          ]);
        } finally {
          await site.close();
        }
        if (!skip.has('endpoints')) {
          figures.endpoints = {
            ...(figures.endpoints ?? {}),
            [String(size)]: await measureEndpoints(
              folders.outDir,
              'synthetic-0001',
              `Which database does ${buildSyntheticProductName(1)} need?`,
            ),
          };
        }
      }
      console.log(`bench: cold build of ${size} keeping only the diagram cache...`);
      rmSync(folders.outDir, { recursive: true, force: true });
      rmSync(folders.cacheDir, { recursive: true, force: true });
      const kept = runBuildTimed(folders, timeout, diagramCache);
      run.keptDiagramsSeconds = kept.seconds;
      run.keptDiagramsPhases = kept.phases;
      if (size >= 1000 && !skip.has('baseline')) {
        console.log(`bench: Starlight baseline over the same ${size} architectures...`);
        run.baseline = buildBaseline(folders.contentDir, timeout);
      } else if (previousBaseline) {
        // --skip=baseline keeps the last baseline of this size (its code does not change with archkb's), and says so.
        run.baseline = previousBaseline;
        run.error = `baseline from an earlier run (${previousBaseline.coldSeconds.toFixed(1)} s), not rebuilt`;
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

// The author loop: saving a YAML file under `npm run dev` until the page shows it, over the real catalogue and 1,000.
if (!skip.has('author')) {
  figures.authorLoop = [];
  console.log('bench: author loop over the real catalogue...');
  figures.authorLoop.push(await measureAuthorLoop(path.join(root, 'content', 'architectures'), 'authgear'));
  const folders = prepareFolders('author-loop-1000');
  writeSyntheticArchitectures(1000, folders.contentDir);
  console.log('bench: author loop over 1,000 synthetic architectures...');
  figures.authorLoop.push(await measureAuthorLoop(folders.contentDir, 'synthetic-0001'));
  rmSync(folders.base, { recursive: true, force: true });
}

// Static mode: the real catalogue built with ARCHKB_OUTPUT=static, served as plain files; the engines' pages weighed.
if (!skip.has('static')) {
  const folders = prepareFolders('static');
  console.log('bench: static build of the real catalogue...');
  runBuildTimed({ outDir: folders.outDir, cacheDir: folders.cacheDir }, 900, { ARCHKB_OUTPUT: 'static' });
  figures.staticFeatures = await measureStaticFeatures(folders.outDir);
  rmSync(folders.base, { recursive: true, force: true });
}

// The catalogue at 10,000 in process (its own Node, with --expose-gc for heap figures).
if (!skip.has('scale')) {
  console.log(`bench: ask, sizing and catalogue JSON over ${SCALE_SIZE} architectures in process...`);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', path.join(root, 'scripts', 'bench-catalogue-scale.ts'), String(SCALE_SIZE), '--json'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) console.error(`bench: catalogue scale failed:\n${result.stderr.slice(-2000)}`);
  else figures.catalogueScale = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as CatalogueScale;
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
  const seconds = (s: number | null | undefined) => (s === null || s === undefined ? 'n/a' : `${s.toFixed(1)} s`);
  const perArchitecture = (s: number | null | undefined, n: number) =>
    s === null || s === undefined ? 'n/a' : `${Math.round((s * 1000) / n)}`;
  sections.push(
    '',
    '## Build scaling (synthetic catalogues, against a Starlight baseline built in the same run)',
    '',
    `Real catalogue (content/): cold build ${figures.realBuildSeconds === undefined ? 'n/a' : seconds(figures.realBuildSeconds)}. ` +
      'Builds run `npm run build` with ARCHKB_CONTENT_DIR/ARCHKB_OUT_DIR/ARCHKB_CACHE_DIR. **Cold**: no output, no cache of any kind. ' +
      '**Rebuild**: one summary edited, caches kept. **Diagram cache kept**: output and build cache deleted, only the content-hash diagram cache ' +
      '(as a CI cache of it would keep). **Baseline** (`scripts/bench-baseline.ts`): Starlight with one page per architecture (components table, ' +
      'diagram as client-side Mermaid via astro-mermaid, Pagefind), dependencies installed once into node_modules/.cache/archkb-baseline. ' +
      `Targets: cold ms per architecture at or below the baseline's; rebuild at most ${targets.rebuildShareOfCold * 100} % of cold.`,
    '',
    toMarkdownTable(
      [
        'Architectures',
        'Cold',
        'ms/arch',
        'Rebuild',
        'Rebuild / cold',
        'Diagram cache kept',
        'ms/arch',
        'Baseline',
        'Baseline ms/arch',
        'Cold vs baseline',
        'HTML pages',
        'Note',
      ],
      runs.map((r) => {
        const base = r.baseline;
        const ratio = base && r.coldSeconds !== null ? (r.coldSeconds * base.architectures) / (base.coldSeconds * r.architectures) : null;
        const keptRatio =
          base && r.keptDiagramsSeconds ? (r.keptDiagramsSeconds * base.architectures) / (base.coldSeconds * r.architectures) : null;
        const share = r.coldSeconds && r.rebuildSeconds !== null ? r.rebuildSeconds / r.coldSeconds : null;
        return [
          r.architectures,
          seconds(r.coldSeconds),
          perArchitecture(r.coldSeconds, r.architectures),
          seconds(r.rebuildSeconds),
          share === null ? 'n/a' : `${(share * 100).toFixed(0)} % (${mark(share <= targets.rebuildShareOfCold)})`,
          seconds(r.keptDiagramsSeconds),
          perArchitecture(r.keptDiagramsSeconds, r.architectures),
          base ? `${seconds(base.coldSeconds)} (${base.pages} pages)` : 'n/a',
          base ? perArchitecture(base.coldSeconds, base.architectures) : 'n/a',
          ratio === null
            ? 'n/a'
            : `${ratio.toFixed(2)}× cold (${mark(ratio <= 1)}), ${keptRatio?.toFixed(2) ?? 'n/a'}× diagram cache kept (${mark((keptRatio ?? Infinity) <= 1)})`,
          r.pages ?? 'n/a',
          r.error ?? '',
        ];
      }),
    ),
  );
  const largest = runs.at(-1);
  if (largest?.coldPhases) {
    sections.push(
      '',
      `### Where the time goes at ${largest.architectures.toLocaleString('en-US')} architectures (the build's own phase timings)`,
      '',
      toMarkdownTable(
        ['Build', 'Wall', 'Phases'],
        [
          ['Cold', seconds(largest.coldSeconds), largest.coldPhases],
          ['One-edit rebuild', seconds(largest.rebuildSeconds), largest.rebuildPhases ?? 'n/a'],
          ['Diagram cache kept', seconds(largest.keptDiagramsSeconds), largest.keptDiagramsPhases ?? 'n/a'],
        ],
      ),
      '',
      PROFILE_BEFORE,
      '',
      PROFILE_SECOND_ROUND,
      '',
      PROFILE_THIRD_ROUND,
    );
  }
  const pages = runs.flatMap((r) => (r.cataloguePages ? [{ size: r.architectures, weights: r.cataloguePages }] : []));
  for (const { size, weights } of pages) {
    sections.push(
      '',
      `### Catalogue pages at ${size.toLocaleString('en-US')} architectures (plain load, gzipped; budget ${formatKiB(CATALOGUE_PAGE_BUDGET)} per page, JavaScript ${formatKiB(JS_BUDGET)})`,
      '',
      toMarkdownTable(
        ['Page', 'HTML', 'JS', 'Total', 'Budget'],
        weights.map((w) => [
          w.path,
          formatKiB(w.html),
          formatKiB(w.js),
          formatKiB(w.total),
          mark(w.total <= CATALOGUE_PAGE_BUDGET && w.js <= JS_BUDGET),
        ]),
      ),
    );
  }
}
if (figures.authorLoop) {
  sections.push(
    '',
    '## Author loop (`npm run dev`: from saving an architecture YAML to the page serving the change)',
    '',
    'A copy of the content is served by `astro dev`; one summary is edited three times and the page polled every 50 ms until it shows the new text. ' +
      'The loader re-validates only the file whose digest changed.',
    '',
    toMarkdownTable(
      ['Architectures', 'Dev server ready', 'Save to updated page (each save)'],
      figures.authorLoop.map((loop) => [
        loop.architectures,
        `${loop.startSeconds.toFixed(1)} s`,
        loop.saveToPageSeconds.map((s) => `${s.toFixed(2)} s`).join(', '),
      ]),
    ),
  );
}
if (figures.staticFeatures) {
  sections.push(
    '',
    `## Static mode (\`ARCHKB_OUTPUT=static\`, real catalogue, served as plain files; JavaScript budget ${formatKiB(JS_BUDGET)})`,
    '',
    'What the pages whose features need a server elsewhere fetch: on a plain load, then when a reader first uses the feature (the engine code, ' +
      'and the data it reads: the data files the build writes and the registries chunk). Nothing of the engines or data is fetched before use.',
    '',
    toMarkdownTable(
      ['Feature', 'Page', 'JS on load', 'JS code on first use', 'Load + use', 'Budget', 'Data on first use', 'Data files'],
      figures.staticFeatures.map((f) => [
        f.feature,
        f.path,
        formatKiB(f.jsOnLoad),
        formatKiB(f.codeOnUse),
        formatKiB(f.jsOnLoad + f.codeOnUse),
        mark(f.jsOnLoad + f.codeOnUse <= JS_BUDGET),
        formatKiB(f.dataOnUse),
        f.dataFiles.join(', '),
      ]),
    ),
  );
}
if (figures.catalogueScale) {
  const c = figures.catalogueScale;
  sections.push(
    '',
    `## The catalogue at ${c.architectures.toLocaleString('en-US')} architectures, in process (\`scripts/bench-catalogue-scale.ts\`; answer p99 target ${SCALE_P99_TARGET_MS} ms)`,
    '',
    `Synthetic architectures parsed with the real schema in ${c.parseSeconds.toFixed(1)} s; the ask index built in ${c.askIndexSeconds.toFixed(1)} s. ` +
      `Heap after a full collection: ${c.heapMiB.catalogue} MiB with the catalogue, ${c.heapMiB.withAskIndex} MiB with the ask index, ${c.heapMiB.afterLoad} MiB after the calls below. ` +
      'Each answer is checked: the ask answer must cite only the product asked about and name its database; the sizing must equal computeSizing called directly; ' +
      'the catalogue JSON must list every architecture once with its page URL.',
    '',
    toMarkdownTable(
      ['Front', 'Calls', 'p50 ms', 'p99 ms', 'Target', 'Wrong answers', 'Size'],
      [
        ['handleAskRequest (/api/ask)', c.ask.calls, c.ask.p50, c.ask.p99, mark(c.ask.p99 <= SCALE_P99_TARGET_MS), c.ask.wrong, ''],
        [
          'handleSizingRequest (/api/sizing)',
          c.sizing.calls,
          c.sizing.p50,
          c.sizing.p99,
          mark(c.sizing.p99 <= SCALE_P99_TARGET_MS),
          c.sizing.wrong,
          '',
        ],
        [
          'buildCatalogueJson (/api/architectures.json)',
          1,
          (c.catalogueJson.seconds * 1000).toFixed(0),
          '',
          '',
          c.catalogueJson.wrong,
          `${c.catalogueJson.entries} entries, ${(c.catalogueJson.bytes / 1024 / 1024).toFixed(1)} MiB (${formatKiB(c.catalogueJson.gzipBytes)} gzipped)`,
        ],
      ],
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
      "`--max-semi-space-size=4 --max-old-space-size=512`: the ask engine's fact index holds about 120 MiB per 1,000 " +
      'architectures (see "The catalogue at 10,000 architectures"), so 512 MiB serves a 1,000-architecture catalogue with room to spare; ' +
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
// The diagrams section is written by hand from npx node scripts/measure-diagrams.ts; this run keeps it as it stands.
const diagramSection = existsSync(benchmarksFile)
  ? (/<!-- diagrams -->[\s\S]*?<!-- \/diagrams -->/.exec(readFileSync(benchmarksFile, 'utf8'))?.[0] ?? '')
  : '';
if (diagramSection) sections.push('', diagramSection);
const markdown = `${sections.join('\n')}\n\n<!-- figures\n${JSON.stringify(figures)}\n-->\n`;
writeFileSync(benchmarksFile, markdown);
console.log(`\n${sections.join('\n')}\n\nbench: wrote ${path.relative(root, benchmarksFile)}`);

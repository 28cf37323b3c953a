// Builds the site: content validated once (a content-digest cache keeps unchanged files from being parsed again), then
// side by side Astro's pages, every diagram pre-rendered in worker threads into the diagram cache, the export files in
// one pass over the model and the search index (fed the pages Astro renders as it goes); the bundle is written last.
// After an edit that only changed some architectures' content, the pages of the others are kept and only theirs (plus
// the pages over the whole catalogue) are rendered again.
// Usage: npm run build   (ARCHKB_CONTENT_DIR, ARCHKB_OUT_DIR, ARCHKB_CACHE_DIR, ARCHKB_SITE; ARCHKB_FULL_BUILD=1 renders everything)
import { spawn } from 'node:child_process';
import { globSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatContentIssues, loadArchitectureDirectory, CONTENT_CACHE_FILE } from '../src/lib/content/index.ts';
import { buildStaticHeaderRules, formatStaticHeadersFile } from '../src/lib/http/index.ts';
import { buildStaticMarkdownFiles, buildVariantExports, type ExportFile } from '../src/lib/markdown/index.ts';
import { toArchitectureDataPath, toArchitecturesDataPath } from '../src/lib/model/index.ts';
import type { BuildReport } from '../src/site/build-reporter.ts';
import { buildSearchCatalogue, SEARCHED_PAGES, startSearchIndex, toArchitecturePagesGlob } from './build-search-index.ts';
import { planBuild, mergePartialBuild, saveBuildManifest } from './plan-build.ts';
import { prerenderDiagrams } from './prerender-diagrams.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.ARCHKB_OUT_DIR ?? 'dist');
const cacheDir = path.resolve(root, process.env.ARCHKB_CACHE_DIR ?? 'node_modules/.astro');
const contentDir = path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures');
const site = new URL(process.env.ARCHKB_SITE ?? 'http://localhost:4321');
// ARCHKB_OUTPUT=static: the site in <outDir>/client is served by any static file host (README: static hosting).
const isStatic = process.env.ARCHKB_OUTPUT === 'static';
const client = path.join(outDir, 'client');

/** Writes files into the built site. */
function writeSiteFiles(files: readonly ExportFile[]): number {
  for (const file of files) {
    const target = path.join(client, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.body);
  }
  return files.length;
}
/**
 * Runs `astro build` with extra environment, inheriting the terminal, and resolves when it succeeds. Astro reports to
 * `onReport` over an IPC channel (src/site/build-reporter.ts): when it has emptied the output folder, and the pages the
 * search index reads as it renders them.
 */
function runAstroBuild(env: Record<string, string>, onReport: (report: BuildReport) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build'], {
      cwd: root,
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      env: { ...process.env, ARCHKB_BUILD_REPORT: '1', ARCHKB_SEARCHED_PAGES: SEARCHED_PAGES, ...env },
    });
    child.on('message', (report) => onReport(report as BuildReport));
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${signal ?? `exit ${code}`})`))));
  });
}

// Diagrams are cached with the build's other caches, so a fresh cache folder really is a cold build.
process.env.ARCHKB_DIAGRAM_CACHE_DIR ??= path.join(cacheDir, 'diagrams');

const phases: string[] = [];
/** Runs one phase of the build and records how long it took. */
async function phase<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  phases.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

process.chdir(root);
const content = await phase('content', () =>
  loadArchitectureDirectory(contentDir, root, { cacheFile: path.join(cacheDir, CONTENT_CACHE_FILE) }),
);
if (content.issues.length > 0) {
  console.error(`${formatContentIssues(content.issues)}\nRun npm run validate to check content without building.`);
  process.exit(1);
}
const plan = planBuild({ root, outDir, cacheDir, contentDir, architectures: content.architectures });
// After a content-only edit only the changed architectures' pages and exports are made, so only their diagrams are
// needed now (the others are in the diagram cache from the last build).
const drawn = plan.kind === 'partial' ? content.architectures.filter((a) => plan.changed.includes(a.id)) : content.architectures;
// The diagrams are laid out in worker threads while Astro starts (its first seconds are the CLI, content sync and
// bundling, which need no diagram); a page that comes before its diagram is cached lays it out itself, with the same result.
const pendingDiagrams = phase('diagrams', () => prerenderDiagrams(drawn)).then((diagrams) => {
  console.log(
    `diagrams: ${diagrams.diagrams} distinct, ${diagrams.rendered} rendered now${diagrams.workers > 0 ? ` in ${diagrams.workers} workers` : ''}`,
  );
});
pendingDiagrams.catch(() => undefined);

const changed = plan.kind === 'partial' ? new Set(plan.changed) : undefined;
/** Every export file (Markdown, CSV, JSON, Mermaid, SVG) of the architectures this build renders. */
async function buildExports(): Promise<ExportFile[]> {
  await pendingDiagrams;
  const files: ExportFile[] = [];
  for (const architecture of content.architectures) {
    if (changed && !changed.has(architecture.id)) continue;
    files.push(...(await buildVariantExports(architecture, site)));
    // Let the event loop feed Pagefind and watch Astro between architectures.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
// The exports are made while Astro runs (on another core) and written as soon as Astro has emptied the output folder
// (it does so when it starts bundling), or at once in a partial build, whose pages go to a staging folder.
const pendingExports = buildExports();
pendingExports.catch(() => undefined);
let outputEmptied = plan.kind === 'partial';
let writtenExports: Promise<number> | undefined;
const writeExports = () => (writtenExports ??= pendingExports.then((files) => writeSiteFiles(files)));
if (outputEmptied) writeExports().catch(() => undefined);

// The search index starts now and fills while Astro renders: records from the content, then each searched page as Astro
// renders it (sent over IPC), and after a content-only edit the unchanged architectures' pages from the last build.
const searchIndex = await startSearchIndex(buildSearchCatalogue(content.architectures));
const indexedPages = new Set<string>();
const onReport = (report: BuildReport) => {
  if (report.kind === 'output-emptied') {
    if (!outputEmptied) writeExports().catch(() => undefined);
    outputEmptied = true;
  } else if (!indexedPages.has(report.file)) {
    indexedPages.add(report.file);
    searchIndex.addPage(report.file, report.html);
  }
};
/** Indexes the searched pages under `folder` that Astro rendered but did not report (none, unless reporting failed). */
function indexUnreportedPages(folder: string): void {
  for (const file of globSync(SEARCHED_PAGES, { cwd: folder })) {
    if (indexedPages.has(file)) continue;
    indexedPages.add(file);
    searchIndex.addPage(file, readFileSync(path.join(folder, file), 'utf8'));
  }
}
try {
  if (plan.kind === 'partial') {
    console.log(
      `partial build: only the content of ${plan.changed.length} architecture(s) changed (${plan.changed.slice(0, 5).join(', ')}${plan.changed.length > 5 ? ', …' : ''})`,
    );
    const changedIds = new Set(plan.changed);
    const unchangedPages = toArchitecturePagesGlob(content.architectures.map((a) => a.id).filter((id) => !changedIds.has(id)));
    if (unchangedPages) searchIndex.addPages(client, unchangedPages);
    await phase('astro (partial)', () =>
      runAstroBuild({ ARCHKB_OUT_DIR: plan.stagingDir, ARCHKB_ONLY_ARCHITECTURES: JSON.stringify(plan.changed) }, onReport),
    );
    indexUnreportedPages(path.join(plan.stagingDir, 'client'));
    // The merge replaces pages the index may still be reading.
    await searchIndex.settle();
    await phase('merge', () => mergePartialBuild(plan.stagingDir, outDir));
  } else {
    console.log(`full build: ${plan.reason}`);
    await phase('astro', () => runAstroBuild({}, onReport));
    indexUnreportedPages(client);
  }
} catch (error) {
  await searchIndex.close();
  throw error;
}

const exported = await phase('exports', () => writeExports());
console.log(`exports: ${exported} files written`);

if (isStatic) {
  // What a server computes per request, as files: each page's Markdown, and the validated data the browser's
  // sizing, ask and comparison engines read (fetched only when a reader uses them).
  const written = await phase('static files', () => {
    const data: ExportFile[] = [{ path: toArchitecturesDataPath(), body: JSON.stringify(content.architectures) }];
    for (const architecture of content.architectures) {
      if (!changed || changed.has(architecture.id))
        data.push({ path: toArchitectureDataPath(architecture.id), body: JSON.stringify(architecture) });
    }
    return writeSiteFiles([...data, ...buildStaticMarkdownFiles(content.architectures, site, changed)]);
  });
  console.log(`static files: ${written} Markdown and data files written`);
}

const search = await phase('search', () => searchIndex.write(client));
console.log(`search index: ${search.pages} pages and ${search.components} component rows`);
if (isStatic) {
  // Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages); README shows CloudFront's.
  const topLevel = readdirSync(client).map((name) => (statSync(path.join(client, name)).isDirectory() ? `${name}/` : name));
  writeFileSync(
    path.join(client, '_headers'),
    formatStaticHeadersFile(buildStaticHeaderRules(topLevel.filter((name) => name !== '_headers'))),
  );
}
saveBuildManifest(plan.manifest, cacheDir);
console.log(`build phases: ${phases.join(', ')}`);

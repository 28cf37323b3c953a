// Builds the site: content validated once (a content-digest cache keeps unchanged files from being parsed again), every
// diagram pre-rendered in worker threads into the diagram cache, Astro's pages, the export files in one pass over the
// model, then the search index. After an edit that only changed some architectures' content, the pages of the others
// are kept and only theirs (plus the pages over the whole catalogue) are rendered again.
// Usage: npm run build   (ARCHKB_CONTENT_DIR, ARCHKB_OUT_DIR, ARCHKB_CACHE_DIR, ARCHKB_SITE; ARCHKB_FULL_BUILD=1 renders everything)
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatContentIssues, loadArchitectureDirectory, CONTENT_CACHE_FILE } from '../src/lib/content/index.ts';
import { buildStaticHeaderRules, formatStaticHeadersFile } from '../src/lib/http/index.ts';
import { buildStaticMarkdownFiles, buildVariantExports, type ExportFile } from '../src/lib/markdown/index.ts';
import { toArchitectureDataPath, toArchitecturesDataPath } from '../src/lib/model/index.ts';
import {
  buildSearchCatalogue,
  SEARCHED_CATALOGUE_PAGES,
  SEARCHED_PAGES,
  startSearchIndex,
  toArchitecturePagesGlob,
} from './build-search-index.ts';
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
/** Runs `astro build` with extra environment, inheriting the terminal, and resolves when it succeeds. */
function runAstroBuild(env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
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
const diagrams = await phase('diagrams', () => prerenderDiagrams(drawn));
console.log(
  `diagrams: ${diagrams.diagrams} distinct, ${diagrams.rendered} rendered now${diagrams.workers > 0 ? ` in ${diagrams.workers} workers` : ''}`,
);

const changed = plan.kind === 'partial' ? new Set(plan.changed) : undefined;
/** Every export file (Markdown, CSV, JSON, Mermaid, SVG) of the architectures this build renders. */
async function buildExports(): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const architecture of content.architectures) {
    if (changed && !changed.has(architecture.id)) continue;
    files.push(...(await buildVariantExports(architecture, site)));
    // Let the event loop feed Pagefind and watch Astro between architectures.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return files;
}
// The exports are made while Astro runs (on another core) and written once it is done: Astro empties the output
// folder when it starts bundling. At 1,000 architectures making them was about 5 s, writing them about 1 s.
const pendingExports = buildExports();
pendingExports.catch(() => undefined);

// The search index starts now and fills while Astro renders: records from the content, and after a content-only edit
// the unchanged architectures' pages from the last build (Astro renders the changed ones into a staging folder).
const searchIndex = await startSearchIndex(buildSearchCatalogue(content.architectures));
try {
  if (plan.kind === 'partial') {
    console.log(
      `partial build: only the content of ${plan.changed.length} architecture(s) changed (${plan.changed.slice(0, 5).join(', ')}${plan.changed.length > 5 ? ', …' : ''})`,
    );
    const changedIds = new Set(plan.changed);
    const unchangedPages = toArchitecturePagesGlob(content.architectures.map((a) => a.id).filter((id) => !changedIds.has(id)));
    if (unchangedPages) searchIndex.addPages(client, unchangedPages);
    await phase('astro (partial)', () =>
      runAstroBuild({ ARCHKB_OUT_DIR: plan.stagingDir, ARCHKB_ONLY_ARCHITECTURES: JSON.stringify(plan.changed) }),
    );
    // The merge replaces pages the index may still be reading.
    await searchIndex.settle();
    await phase('merge', () => mergePartialBuild(plan.stagingDir, outDir));
  } else {
    console.log(`full build: ${plan.reason}`);
    await phase('astro', () => runAstroBuild());
  }
} catch (error) {
  await searchIndex.close();
  throw error;
}

const exported = await phase('exports', async () => writeSiteFiles(await pendingExports));
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

if (plan.kind === 'partial') {
  searchIndex.addPages(client, SEARCHED_CATALOGUE_PAGES);
  searchIndex.addPages(client, toArchitecturePagesGlob(plan.changed)!);
} else searchIndex.addPages(client, SEARCHED_PAGES);
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

// The baseline for build figures: a plain Starlight site of the same catalogue, one page per architecture with its
// components table and its diagram as client-side Mermaid (astro-mermaid), built in the same run as archkb. Its
// dependencies are installed once into node_modules/.cache/archkb-baseline and reused while the pins below stay.
// Usage: node scripts/bench-baseline.ts <folder of architecture YAML>   (prints seconds and pages)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildComponentTable, generateComponentsMarkdown } from '../src/lib/catalogue/index.ts';
import { formatContentIssues, loadArchitectureDirectory } from '../src/lib/content/index.ts';
import { generateMermaid } from '../src/lib/diagram/index.ts';
import { resolveVariant } from '../src/lib/model/index.ts';
import { root } from './bench-support.ts';

/** Where the baseline kit lives: its installed dependencies survive between runs. */
export const baselineKitDir = path.join(root, 'node_modules', '.cache', 'archkb-baseline');

/** The baseline's dependencies, pinned so figures compare across runs. Astro is the version archkb builds with. */
function buildKitPackage(): Record<string, unknown> {
  const astroVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string })
    .version;
  return {
    name: 'archkb-baseline-kit',
    private: true,
    type: 'module',
    dependencies: {
      astro: astroVersion,
      '@astrojs/starlight': '0.42.4',
      'astro-mermaid': '2.1.0',
      mermaid: '11.12.1',
    },
  };
}

/** Installs the kit's dependencies unless the same pins are installed already; returns whether it installed. */
export function installBaselineKit(): boolean {
  const manifest = `${JSON.stringify(buildKitPackage(), null, 2)}\n`;
  const stamp = path.join(baselineKitDir, '.installed');
  const digest = createHash('sha256').update(manifest).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return false;
  mkdirSync(baselineKitDir, { recursive: true });
  writeFileSync(path.join(baselineKitDir, 'package.json'), manifest);
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--legacy-peer-deps'], {
    cwd: baselineKitDir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`baseline kit install failed:\n${result.stderr.slice(-2000)}`);
  writeFileSync(stamp, digest);
  return true;
}

/** Escapes text for a YAML double-quoted scalar in front matter. */
function quote(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' '));
}

/** Writes the Starlight site of the architectures in `contentDir` into `siteDir`: config, index and one page each. */
export function writeBaselineSite(contentDir: string, siteDir: string): number {
  const content = loadArchitectureDirectory(contentDir, root, { cacheFile: path.join(siteDir, '..', 'baseline-content-cache.json') });
  if (content.issues.length > 0) throw new Error(formatContentIssues(content.issues));
  rmSync(siteDir, { recursive: true, force: true });
  const docs = path.join(siteDir, 'src', 'content', 'docs');
  mkdirSync(path.join(docs, 'architectures'), { recursive: true });
  writeFileSync(
    path.join(siteDir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mermaid from 'astro-mermaid';

export default defineConfig({
  integrations: [mermaid(), starlight({ title: 'Baseline', sidebar: [{ label: 'Architectures', items: [{ autogenerate: { directory: 'architectures' } }] }] })],
});
`,
  );
  writeFileSync(
    path.join(siteDir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  writeFileSync(
    path.join(docs, 'index.md'),
    `---\ntitle: Baseline\ndescription: The same catalogue as plain docs pages.\n---\n\n${content.architectures.length} architectures.\n`,
  );
  for (const architecture of content.architectures) {
    const resolved = resolveVariant(architecture, architecture.variants[0]?.id ?? '');
    const page = [
      '---',
      `title: ${quote(architecture.product)}`,
      `description: ${quote(architecture.summary)}`,
      '---',
      '',
      architecture.summary,
      '',
      '## Components',
      '',
      generateComponentsMarkdown(buildComponentTable(resolved)),
      '',
      '## Diagram',
      '',
      '```mermaid',
      generateMermaid(resolved),
      '```',
      '',
    ].join('\n');
    writeFileSync(path.join(docs, 'architectures', `${architecture.id}.md`), page);
  }
  return content.architectures.length;
}

/** Counts HTML files under a folder. */
function countHtml(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? countHtml(path.join(folder, entry.name)) : entry.name.endsWith('.html') ? 1 : 0),
    0,
  );
}

/** The baseline's figures for one catalogue. */
export interface BaselineRun {
  architectures: number;
  coldSeconds: number;
  pages: number;
  /** Whether this run installed the kit (install time is not part of coldSeconds). */
  installed: boolean;
}

/** Builds the baseline site of `contentDir` cold (no Astro cache) and times it. */
export function buildBaseline(contentDir: string, timeoutSeconds = 1800): BaselineRun {
  const installed = installBaselineKit();
  const siteDir = path.join(baselineKitDir, 'site');
  const architectures = writeBaselineSite(contentDir, siteDir);
  // The site lives inside the kit, so Node finds the kit's node_modules from it.
  const started = performance.now();
  const result = spawnSync(
    'timeout',
    ['-k', '10', String(timeoutSeconds), path.join(baselineKitDir, 'node_modules', '.bin', 'astro'), 'build'],
    {
      cwd: siteDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const coldSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`baseline build failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  return { architectures, coldSeconds, pages: countHtml(path.join(siteDir, 'dist')), installed };
}

if (import.meta.main) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Usage: node scripts/bench-baseline.ts <folder of architecture YAML>');
    process.exit(1);
  }
  const run = buildBaseline(path.resolve(folder));
  console.log(
    `baseline: ${run.pages} pages for ${run.architectures} architectures in ${run.coldSeconds.toFixed(1)} s${run.installed ? ' (kit installed first)' : ''}`,
  );
}

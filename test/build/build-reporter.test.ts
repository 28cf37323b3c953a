import { spawn } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCHED_PAGES } from '../../scripts/build-search-index.ts';
import { writeSyntheticArchitectures } from '../../scripts/generate-synthetic-architectures.ts';
import type { BuildReport } from '../../src/site/build-reporter.ts';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'archkb-build-reporter-'));
// The prerendered chunks run from the output folder and import packages, so Node must find node_modules from it.
symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `astro build` the way scripts/build.ts does (with an IPC channel), collecting every report it sends. */
function buildWithReports(
  outDir: string,
  extraEnv: Record<string, string>,
): Promise<{ status: number | null; reports: BuildReport[]; output: string }> {
  const contentDir = path.join(scratch, 'content');
  const reports: BuildReport[] = [];
  let output = '';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        ARCHKB_CONTENT_DIR: contentDir,
        ARCHKB_OUT_DIR: outDir,
        ARCHKB_CACHE_DIR: path.join(scratch, 'cache'),
        ...extraEnv,
      },
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('message', (report) => reports.push(report as BuildReport));
    child.once('error', reject);
    child.once('exit', (status) => resolve({ status, reports, output: output.slice(-3000) }));
  });
}

describe('the build reporter (how scripts/build.ts indexes pages and writes exports while Astro runs)', () => {
  const outDir = path.join(scratch, 'dist');
  let run: Awaited<ReturnType<typeof buildWithReports>> = { status: null, reports: [], output: '' };
  beforeAll(async () => {
    mkdirSync(path.join(scratch, 'content'), { recursive: true });
    writeSyntheticArchitectures(3, path.join(scratch, 'content'));
    run = await buildWithReports(outDir, { ARCHKB_BUILD_REPORT: '1', ARCHKB_SEARCHED_PAGES: SEARCHED_PAGES });
  }, 240_000);

  it('reports that the output folder was emptied before it reports any page', () => {
    expect(run.status, run.output).toBe(0);
    const kinds = run.reports.map((report) => report.kind);
    expect(kinds.filter((kind) => kind === 'output-emptied')).toHaveLength(1);
    expect(kinds.indexOf('output-emptied')).toBe(0);
  });

  it('hands over exactly the searched pages, each once, as the files Astro writes', () => {
    const pages = run.reports.flatMap((report) => (report.kind === 'page' ? [report] : []));
    const client = path.join(outDir, 'client');
    const searched = globSync(SEARCHED_PAGES, { cwd: client }).sort();
    expect(searched).toContain('index.html');
    expect(searched.filter((file) => file.startsWith('architectures/'))).toHaveLength(3);
    expect(pages.map((page) => page.file).sort()).toEqual(searched);
    for (const page of pages) expect(page.html, page.file).toBe(readFileSync(path.join(client, page.file), 'utf8'));
  });
});

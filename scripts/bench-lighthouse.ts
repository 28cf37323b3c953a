// Lighthouse scores (performance, accessibility, best practices, SEO) of a few pages, run through npx so the
// project's Node 24 runs it, with Debian's Chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './bench-support.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './launch-chromium.ts';

/** Category scores of one page, 0 to 1 (null when Lighthouse could not score it). */
export interface LighthouseScores {
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  /** Audits that scored below 0.9, for the report. */
  weakAudits: string[];
}

/** Runs a command without blocking this process (the site under test may be served from it); resolves with exit code and stderr. */
function runAsync(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/** Runs Lighthouse (default mobile preset, simulated throttling) on one URL and reads its JSON report. */
export async function runLighthouse(baseUrl: string, pathname: string, outDir: string): Promise<LighthouseScores> {
  mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, `lighthouse-${pathname.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`);
  const result = await runAsync(
    'npx',
    [
      'lighthouse',
      `${baseUrl}${pathname}`,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: CHROMIUM_PATH },
    300_000,
  );
  if (result.status !== 0) throw new Error(`lighthouse failed on ${pathname}: ${result.stderr.slice(-1500)}`);
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
  };
  const weakAudits = Object.entries(json.audits)
    .filter(([, a]) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .map(([id, a]) => `${id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
  return {
    path: pathname,
    performance: json.categories.performance?.score ?? null,
    accessibility: json.categories.accessibility?.score ?? null,
    bestPractices: json.categories['best-practices']?.score ?? null,
    seo: json.categories.seo?.score ?? null,
    weakAudits,
  };
}

// Lighthouse scores (performance, accessibility, best practices, SEO) of a few pages, run through npx so the
// project's Node 24 runs it, with Debian's Chromium.
import { spawnSync } from 'node:child_process';
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

/** Runs Lighthouse (default mobile preset, simulated throttling) on one URL and reads its JSON report. */
export function runLighthouse(baseUrl: string, pathname: string, outDir: string): LighthouseScores {
  mkdirSync(outDir, { recursive: true });
  const report = path.join(outDir, `lighthouse-${pathname.replace(/[^a-z0-9]+/gi, '_') || 'home'}.json`);
  const result = spawnSync(
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
    { cwd: root, encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, timeout: 180_000 },
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

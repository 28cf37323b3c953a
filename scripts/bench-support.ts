// Shared pieces of the benchmarks: building a site into its own folders, serving it, and timing.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startArchkbServer } from '../src/server/create-server.ts';

export const root = path.resolve(import.meta.dirname, '..');

/** Where one benchmark build reads content and writes output and cache. */
export interface BuildFolders {
  contentDir?: string;
  outDir: string;
  cacheDir: string;
}

/** What one benchmark build took: wall seconds and the build's own per-phase line ("content 1.2 s, diagrams ..."). */
export interface BuildTiming {
  seconds: number;
  phases: string;
}

/** Runs `npm run build` (Astro + search index) with the given folders and extra environment; throws with the tail of the log. */
export function runBuildTimed(folders: BuildFolders, timeoutSeconds = 900, env: Record<string, string> = {}): BuildTiming {
  const started = performance.now();
  // GNU timeout signals its whole process group, so the Astro child dies too (spawnSync's own timeout kills only npm).
  const result = spawnSync('timeout', ['-k', '10', String(timeoutSeconds), 'npm', 'run', '--silent', 'build'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      ...(folders.contentDir ? { ARCHKB_CONTENT_DIR: folders.contentDir } : {}),
      ARCHKB_OUT_DIR: folders.outDir,
      ARCHKB_CACHE_DIR: folders.cacheDir,
      ...env,
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status === 124 || result.status === 137) throw new Error(`build did not finish within ${timeoutSeconds} s`);
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  const plan = /^(full build: .*|partial build: .*)$/m.exec(result.stdout)?.[1] ?? '';
  const phases = /^build phases: (.*)$/m.exec(result.stdout)?.[1] ?? '';
  return { seconds, phases: plan ? `${phases} (${plan.replace(/ \(.*\)$/, '')})` : phases };
}

/** Runs `npm run build` with the given folders; returns wall seconds or throws with the tail of the log. */
export function runBuild(folders: BuildFolders, timeoutSeconds = 900): number {
  return runBuildTimed(folders, timeoutSeconds).seconds;
}

/** Serves a built site on a free loopback port; call close() when done. */
export async function serveSite(outDir: string): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server: Server = await startArchkbServer({ distDir: outDir, port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Formats bytes as KiB with one decimal. */
export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Renders rows as a GitHub-flavoured Markdown table. */
export function toMarkdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

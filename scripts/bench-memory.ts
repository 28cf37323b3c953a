// Resident memory of the server under a mixed load: `npm start`'s own command in a child process, so the figures
// are the server's alone (the load generator runs here). Usage: npm run bench:memory [-- --seconds=30]
// (builds the site into dist if stale, like npm start, and prints the figures; `npm run bench` records them).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { root } from './bench-support.ts';

/** One load run's memory figures, in MiB of resident set size (VmRSS) of the server process. */
export interface MemoryUnderLoad {
  /** Node flags the server ran with (those of `npm start`). */
  nodeFlags: string[];
  seconds: number;
  connections: number;
  requests: number;
  errors: number;
  serverErrors: number;
  rssIdleMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
}

/** Node flags `npm start` passes before scripts/start.ts, read from package.json so the bench measures what ships. */
export function readStartFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = (manifest.scripts.start ?? '').split(/\s+/);
  return words.slice(1, words.indexOf('scripts/start.ts'));
}

/** Resident set size of a process in MiB, from /proc (Linux). */
function readRssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
}

/** Starts scripts/start.ts with `nodeFlags` on a free port and resolves with its base URL once it listens. */
function startServer(outDir: string, nodeFlags: string[]): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, [...nodeFlags, 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ARCHKB_OUT_DIR: outDir, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /serving the site and its API at (http:\/\/\S+?)\/?$/m.exec(output)?.[1];
      if (url) resolve({ child, baseUrl: url });
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${output.slice(-2000)}`)));
  });
}

/** The request mix: pages, exports, on-demand endpoints with distinct queries (so nothing is served twice alike), 404s. */
function buildRequestPath(n: number): string {
  const paths = [
    () => `/api/ask?q=${encodeURIComponent(`which database does authgear need for ${n} users`)}`,
    () => `/api/sizing?architecture=authgear&users=${1 + (n % 1_000_000)}&cloud=aws`,
    () => '/architectures/authgear/',
    () => `/architectures/authgear.md?ask=${encodeURIComponent(`database ${n}`)}`,
    () => `/no-such-page-${n}/`,
    () => '/compare/',
    () => `/ask/?q=${encodeURIComponent(`postgres version ${n}`)}`,
    () => '/index.md',
    () => `/embed/..%2fsearch-${n}/`,
    () => '/api/architectures.json',
  ];
  const pick = paths[n % paths.length] ?? (() => '/');
  return pick();
}

/** Loads a served build for `seconds` and samples the server's RSS: settled before, peak during, and after a 10 s rest. */
export async function measureMemoryUnderLoad(
  outDir: string,
  options: { nodeFlags?: string[] | undefined; seconds?: number; connections?: number } = {},
): Promise<MemoryUnderLoad> {
  const nodeFlags = options.nodeFlags ?? readStartFlags();
  const seconds = options.seconds ?? 30;
  const connections = options.connections ?? 20;
  const { child, baseUrl } = await startServer(outDir, nodeFlags);
  const pid = child.pid ?? 0;
  let nextRequest = 0;
  const setupRequest = (request: autocannon.Request): autocannon.Request => ({ ...request, path: buildRequestPath(nextRequest++) });
  try {
    // Warm every route once, then let start-up garbage settle.
    await autocannon({
      url: baseUrl,
      connections: 2,
      amount: 200,
      requests: [{ setupRequest }],
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rssIdleMiB = readRssMiB(pid);
    let rssPeakMiB = rssIdleMiB;
    const sampler = setInterval(() => (rssPeakMiB = Math.max(rssPeakMiB, readRssMiB(pid))), 250);
    const result = await autocannon({
      url: baseUrl,
      connections,
      duration: seconds,
      headers: { 'accept-encoding': 'gzip' },
      requests: [{ setupRequest }],
    });
    clearInterval(sampler);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    return {
      nodeFlags,
      seconds,
      connections,
      requests: result.requests.total,
      errors: result.errors + result.timeouts,
      serverErrors: result['5xx'],
      rssIdleMiB,
      rssPeakMiB,
      rssAfterMiB: readRssMiB(pid),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

if (import.meta.main) {
  const { buildIfStale, resolveOutDir } = await import('./build-if-stale.ts');
  const args = new Map(
    process.argv.slice(2).map((a) => {
      const [name = '', ...value] = a.replace(/^--/, '').split('=');
      return [name, value.join('=')];
    }),
  );
  buildIfStale();
  const flags = args.has('flags') ? (args.get('flags') ?? '').split(' ').filter(Boolean) : undefined;
  console.log(await measureMemoryUnderLoad(resolveOutDir(), { nodeFlags: flags, seconds: Number(args.get('seconds') ?? 30) }));
}

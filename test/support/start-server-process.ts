import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A server started as its own process, as `npm start` or a container would: its URL, output and the process. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Starts `node [nodeArgs] scripts/start.ts` on a free loopback port over the already built ARCHKB_OUT_DIR (never
 * rebuilding), and resolves once it prints the address it serves.
 */
export function startServerProcess(options: { nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ARCHKB_SKIP_BUILD: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 30 s; it printed:\n${output}`)), 30_000);
    const onData = () => {
      const match = /serving the site and its API at (http:\/\/\S+?)\/?$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve({
        url: match[1]!,
        child,
        output: () => output,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before serving; it printed:\n${output}`));
    });
  });
}

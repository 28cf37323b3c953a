// The author loop: how long from saving an architecture's YAML under `npm run dev` to the page showing the change.
// Starts `astro dev` over a copy of the content, edits one summary, and polls the page until the new text is served.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './bench-support.ts';

/** Seconds from each save to the updated page, and the dev server's start-up. */
export interface AuthorLoop {
  architectures: number;
  startSeconds: number;
  saveToPageSeconds: number[];
}

/** Waits until `url` answers 200 with a body matching `pattern`, polling every 50 ms; returns the seconds waited. */
async function waitForPage(url: string, pattern: RegExp | string, timeoutSeconds: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutSeconds * 1000) {
    try {
      const response = await fetch(url);
      if (response.ok && (typeof pattern === 'string' ? (await response.text()).includes(pattern) : pattern.test(await response.text()))) {
        return (performance.now() - started) / 1000;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not show the change within ${timeoutSeconds} s`);
}

/** Measures the author loop over a copy of `contentDir` (a folder of architecture YAML), editing `architectureId`. */
export async function measureAuthorLoop(contentDir: string, architectureId: string, edits = 3): Promise<AuthorLoop> {
  const work = mkdtempSync(path.join(tmpdir(), 'archkb-author-loop-'));
  const copy = path.join(work, 'architectures');
  cpSync(contentDir, copy, { recursive: true });
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(path.join(root, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ARCHKB_CONTENT_DIR: copy, ARCHKB_CACHE_DIR: path.join(work, 'cache') },
    stdio: 'ignore',
    detached: true,
  });
  const page = `http://127.0.0.1:${port}/architectures/${architectureId}/`;
  try {
    const startSeconds = await waitForPage(page, /<h1/, 600);
    const file = path.join(copy, `${architectureId}.yaml`);
    const saveToPageSeconds: number[] = [];
    for (let edit = 1; edit <= edits; edit += 1) {
      const marker = `Edited for the author-loop benchmark, save ${edit} of ${Date.now()}.`;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: .*$/m, `summary: ${marker}`));
      saveToPageSeconds.push(await waitForPage(page, marker, 300));
    }
    return { architectures: readdirSync(copy).filter((name) => /\.ya?ml$/.test(name)).length, startSeconds, saveToPageSeconds };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

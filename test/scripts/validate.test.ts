import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs npm run validate's script with arguments and an optional content folder (vitest runs on Node 24). */
function runValidate(args: string[], contentDir?: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  if (contentDir === undefined) delete env.ARCHKB_CONTENT_DIR;
  else env.ARCHKB_CONTENT_DIR = contentDir;
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/validate.ts'), ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case spawns Node, which takes seconds on a busy machine.
describe('npm run validate', { timeout: 30_000 }, () => {
  it('passes the real content and names the files it checked', () => {
    const result = runValidate([]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+ architecture files valid: .*authgear/);
  });

  it('prints every problem of every file given, then exits 1', () => {
    const result = runValidate([], 'test/fixtures/bad-architectures');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    const files = readdirSync(path.join(root, 'test/fixtures/bad-architectures')).length;
    expect(lines[0]).toMatch(new RegExp(`^\\d+ problems in ${files} content files:$`));
    for (const line of lines.slice(1))
      expect(line).toMatch(/^ {2}test\/fixtures\/bad-architectures\/[a-z-]+\.yaml(:\d+:\d+)?: .+\. Fix: .+\.$/);
  });

  it('explains a path that does not exist', () => {
    const result = runValidate(['content/nowhere']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content\/nowhere: no such file or folder\. Fix: /);
  });
});

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'archkb-guide-faults-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A content tree (architectures, sources, guides) holding the real Keycloak file and the broken guide fixture. */
function makeContentTree(): string {
  const content = path.join(scratch, 'content');
  mkdirSync(path.join(content, 'architectures'), { recursive: true });
  mkdirSync(path.join(content, 'guides'), { recursive: true });
  cpSync(path.join(root, 'content/architectures/keycloak.yaml'), path.join(content, 'architectures/keycloak.yaml'));
  cpSync(path.join(root, 'content/sources'), path.join(content, 'sources'), { recursive: true });
  cpSync(path.join(root, 'test/fixtures/bad-guides/keycloak.mdx'), path.join(content, 'guides/keycloak.mdx'));
  return path.join(content, 'architectures');
}

/** Runs a command with the scratch content tree swapped in; returns exit code and all output. */
function run(command: string[], contentDir: string): { status: number | null; output: string } {
  const [bin = 'npx', ...args] = command;
  const result = spawnSync(bin, args, {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCHKB_CONTENT_DIR: contentDir,
      ARCHKB_OUT_DIR: path.join(scratch, 'dist'),
      ARCHKB_CACHE_DIR: path.join(scratch, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** What the fixture breaks, line by line, as the author must read it. */
const expected = [
  /keycloak\.mdx:9:1: <ComponentsTable>: no product "keycloak-x" in content\/architectures\. Fix: use one of "keycloak"\./,
  /keycloak\.mdx:11:1: <Diagram>: Keycloak has no variant "three-sites"\. Fix: use variant="single-cluster" or "multi-cluster"\./,
  /keycloak\.mdx:13:20: <Fact>: Keycloak has no component "cache"\. Fix: use one of .*"database"/,
  /keycloak\.mdx:15:19: <Fact>: no requirement of keycloak .* matches with figure="memory"\. Fix: the model holds scope="recommended"/,
  /keycloak\.mdx:19:16: prose: "2 GB" is a figure written as plain text.* Fix: print the modelled value with <Fact/,
];

describe('a guide naming what the model lacks (test/fixtures/bad-guides)', () => {
  let contentDir = '';
  beforeAll(() => {
    contentDir = makeContentTree();
  });

  it('fails npm run validate with file:line:col, the problem and the fix for each', () => {
    const { status, output } = run(['npm', 'run', '--silent', 'validate'], contentDir);
    expect(status).toBe(1);
    for (const line of expected) expect(output).toMatch(line);
  }, 60_000);

  it('fails the real Astro build the same way, before any page renders', () => {
    const { status, output } = run(['npx', 'astro', 'build'], contentDir);
    expect(status).not.toBe(0);
    for (const line of expected) expect(output, output.slice(-3000)).toMatch(line);
    expect(output).not.toMatch(/Rendering|generating static routes/i);
  }, 240_000);
});

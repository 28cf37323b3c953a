import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const corpusDir = path.join(root, 'test/fixtures/bad-architectures');
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const scratch = mkdtempSync(path.join(tmpdir(), 'archkb-content-faults-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Makes a content folder holding one real, valid architecture next to the given broken files. */
function makeContentDir(name: string, brokenFiles: string[]): string {
  const folder = path.join(scratch, name, 'content');
  mkdirSync(folder, { recursive: true });
  copyFileSync(path.join(root, 'content/architectures/authgear.yaml'), path.join(folder, 'authgear.yaml'));
  for (const file of brokenFiles) copyFileSync(path.join(corpusDir, file), path.join(folder, file));
  return folder;
}

/** Runs an npm/npx command with the content folder swapped in, returning exit code and all output. */
function runWithContent(
  command: string[],
  contentDir: string,
  extraEnv: Record<string, string> = {},
): { status: number | null; output: string } {
  const [bin = 'npx', ...args] = command;
  const result = spawnSync(bin, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHKB_CONTENT_DIR: contentDir, FORCE_COLOR: '0', NO_COLOR: '1', ...extraEnv },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A problem line as authors see it: `<file>:<line>:<column>: <field path>: <what is wrong>. Fix: <how>`. */
function problemLinePattern(file: string): RegExp {
  return new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: [^\\n]+?: [^\\n]+Fix: `);
}

/** Faults of the file as a whole (it cannot be read as YAML data at all), so no line or field can be named. */
const wholeFileFaults = new Set(['alias-bomb.yaml']);

describe('content fault corpus (test/fixtures/bad-architectures)', () => {
  it('has broken files to check', () => {
    expect(corpus.length).toBeGreaterThan(0);
  });

  describe('npm run validate over a folder holding every broken file', () => {
    let run: { status: number | null; output: string } = { status: null, output: '' };
    beforeAll(() => {
      run = runWithContent(['npm', 'run', '--silent', 'validate'], makeContentDir('validate', corpus));
    }, 120_000);

    it('exits non-zero and prints no stack trace', () => {
      expect(run.status).not.toBe(0);
      expect(run.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    });

    it.each(corpus.filter((file) => !wholeFileFaults.has(file)))('names %s with line, field and fix', (file) => {
      expect(run.output).toMatch(problemLinePattern(file));
    });

    it.each([...wholeFileFaults])('names %s as a whole-file problem with a fix', (file) => {
      expect(run.output).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: [^\\n]+\\. Fix: `));
    });
  });

  it('the real Astro build fails on broken files with file, field and fix in its output, not only a stack trace', () => {
    const broken = ['unknown-role.yaml', 'dangling-connection.yaml'].filter((file) => corpus.includes(file));
    expect(broken.length).toBeGreaterThan(0);
    const contentDir = makeContentDir('astro-build', broken);
    const { status, output } = runWithContent(['npx', 'astro', 'build'], contentDir, {
      ARCHKB_OUT_DIR: path.join(scratch, 'astro-build', 'dist'),
      ARCHKB_CACHE_DIR: path.join(scratch, 'astro-build', 'cache'),
    });
    expect(status).not.toBe(0);
    // The build stops at the first broken file it loads; whichever it is, it is named with its field and a fix.
    expect(
      broken.some((file) => problemLinePattern(file).test(output)),
      output.slice(-3000),
    ).toBe(true);
  }, 240_000);
});

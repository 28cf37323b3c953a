import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatContentIssue, readContentFiles, validateArchitectureFile, validateSourceFiles } from '../../src/lib/content/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tree = '';
let dir = '';

/** Every problem of the temp content tree except the TODO placeholders the author is meant to replace. */
function listProblemsBesidesTodos(file: string): string[] {
  const sources = validateSourceFiles(readContentFiles(path.join(tree, 'sources')));
  const checked = validateArchitectureFile({ path: file, text: readFileSync(file, 'utf8') }, sources.documents);
  return [...sources.issues, ...checked.issues].filter((issue) => !/TODO placeholder/.test(issue.problem)).map(formatContentIssue);
}

/** Runs the scaffolding script against the temp content folder (vitest runs on the project's Node 24). */
function runScript(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/new-architecture.ts'), ...args], {
    cwd: root,
    env: { ...process.env, ARCHKB_CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case spawns Node, which takes seconds on a busy machine.
describe('npm run new:architecture', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // A whole content tree (architectures/ beside sources/), so a new source stub lands in the temp folder too.
    tree = mkdtempSync(path.join(tmpdir(), 'archkb-new-'));
    dir = path.join(tree, 'architectures');
    mkdirSync(dir);
    mkdirSync(path.join(tree, 'sources'));
    copyFileSync(path.join(root, 'content/sources/coder-architecture.yaml'), path.join(tree, 'sources/coder-architecture.yaml'));
  });
  afterEach(() => {
    rmSync(tree, { recursive: true, force: true });
  });

  it('creates <id>.yaml that validates and prints next steps', () => {
    const result = runScript('acme-crm', '--source', 'coder-architecture');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/created .*acme-crm\.yaml[\s\S]*Next steps:[\s\S]*npm run validate/);
    const file = path.join(dir, 'acme-crm.yaml');
    expect(listProblemsBesidesTodos(file)).toEqual([]);
    expect(readFileSync(file, 'utf8')).toContain('TODO');
    expect(readdirSync(path.join(tree, 'sources'))).toEqual(['coder-architecture.yaml']);
  });

  it('creates a source stub beside the architecture when the document is new', () => {
    const result = runScript('acme-crm', '--source', 'acme-guide');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/created .*acme-crm\.yaml and .*sources\/acme-guide\.yaml/);
    expect(readdirSync(path.join(tree, 'sources')).sort()).toEqual(['acme-guide.yaml', 'coder-architecture.yaml']);
    expect(listProblemsBesidesTodos(path.join(dir, 'acme-crm.yaml'))).toEqual([]);
  });

  it('refuses to overwrite an existing file', () => {
    writeFileSync(path.join(dir, 'acme-crm.yaml'), 'id: acme-crm\n');
    const result = runScript('acme-crm', '--source', 'coder-architecture');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/acme-crm\.yaml already exists\. Fix: pick another id/);
    expect(readFileSync(path.join(dir, 'acme-crm.yaml'), 'utf8')).toBe('id: acme-crm\n');
  });

  it('refuses a bad id or a missing source and writes nothing', () => {
    const badId = runScript('../escape', '--source', 'coder-architecture');
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/id "\.\.\/escape" is not kebab-case\. Fix:/);
    const noSource = runScript('acme-crm');
    expect(noSource.status).toBe(1);
    expect(noSource.stderr).toMatch(/missing --source\. Fix:/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchitectureContentError, createArchitectureLoader } from '../../src/loaders/create-architecture-loader.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
let dir = '';

/** The slice of Astro's loader context the pre-check reads; the rest belongs to the glob loader. */
function buildContext(): LoaderContext {
  return { config: { root: pathToFileURL(`${dir}/`) } } as unknown as LoaderContext;
}

describe('createArchitectureLoader', () => {
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the sync with every problem in every file, and points at the first one', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archkb-loader-'));
    for (const name of ['unknown-role.yaml', 'bad-unit.yaml']) cpSync(path.join(fixtures, 'bad-architectures', name), path.join(dir, name));
    const error = await createArchitectureLoader('.')
      .load(buildContext())
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).toBeInstanceOf(ArchitectureContentError);
    const { message, loc } = error as ArchitectureContentError;
    expect(message).toMatch(/^2 problems in 2 content files:/);
    expect(message).toMatch(
      /bad-unit\.yaml:27:\d+: components\[1\] \(id "db"\)\.requirements\[0\]\.memory: size "8 GBs" has unknown unit "GBs"\. Fix: /,
    );
    expect(message).toMatch(/unknown-role\.yaml:16:11: components\[0\] \(id "app"\)\.role: unknown role "app-server"\. Fix: /);
    expect(loc).toEqual({ file: path.join(dir, 'bad-unit.yaml'), line: 27, column: 54 });
  });
});

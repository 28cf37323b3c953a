import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { ArchitectureContentError, createArchitectureLoader } from '../../src/loaders/create-architecture-loader.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');
let dir = '';

/** A stand-in for Astro's data store: entries by id, and a count of writes. */
function buildStore() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
  let writes = 0;
  return {
    entries,
    writes: () => writes,
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
      writes += 1;
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
  };
}

/** The slice of Astro's loader context the loader reads: root and cache folder, and a store. */
function buildContext(store = buildStore()): LoaderContext {
  return { config: { root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}/.cache/`) }, store } as unknown as LoaderContext;
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

  it('stores validated data, rewrites only an edited entry on the next sync and drops a deleted one', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'archkb-loader-'));
    const real = path.resolve(import.meta.dirname, '../../content/architectures');
    for (const name of ['authgear.yaml', 'keycloak.yaml']) cpSync(path.join(real, name), path.join(dir, name));
    const store = buildStore();
    await createArchitectureLoader('.').load(buildContext(store));
    expect(store.keys().sort()).toEqual(['authgear', 'keycloak']);
    expect(store.get('authgear')?.data).toMatchObject({ id: 'authgear', product: 'Authgear' });
    expect(store.writes()).toBe(2);
    writeFileSync(
      path.join(dir, 'keycloak.yaml'),
      readFileSync(path.join(dir, 'keycloak.yaml'), 'utf8').replace(/^vendor: .*$/m, 'vendor: Edited Vendor'),
    );
    await createArchitectureLoader('.').load(buildContext(store));
    expect(store.writes()).toBe(3);
    expect(store.get('keycloak')?.data.vendor).toBe('Edited Vendor');
    rmSync(path.join(dir, 'authgear.yaml'));
    await createArchitectureLoader('.').load(buildContext(store));
    expect(store.keys()).toEqual(['keycloak']);
  });
});

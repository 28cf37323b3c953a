import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkImport } from '../../eslint-rules/archkb-plugin.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const at = (file: string) => path.join(root, file);

describe('archkb/layers', () => {
  it.each([
    ['a lower area importing a higher one', 'src/lib/model/labels.ts', '../sizing/index.ts', /may not import src\/lib\/sizing/],
    ['an area reaching into another area’s file', 'src/lib/sizing/compute-sizing.ts', '../cloud/map-to-cloud.ts', /through its index\.ts/],
    ['a view reaching into an area’s file', 'src/pages/index.astro', '../lib/catalogue/build-catalogue.ts', /through its index\.ts/],
    ['a derivation reading data/', 'src/lib/model/registry.ts', '../../../data/roles.ts', /only src\/schemas\/registries\.ts reads data/],
    [
      'a schema reading data/ other than the registries',
      'src/schemas/role-ref.ts',
      '../../data/roles.ts',
      /only src\/schemas\/registries\.ts/,
    ],
    ['a derivation importing Astro content', 'src/lib/catalogue/build-catalogue.ts', 'astro:content', /pure derivations/],
    [
      'a derivation importing a view',
      'src/lib/markdown/render-page-markdown.ts',
      '../../components/Diagram.astro',
      /may not import src\/components/,
    ],
    ['the schemas importing a derivation', 'src/schemas/architecture.ts', '../lib/model/index.ts', /may not import src\/lib/],
    ['an unknown area', 'src/lib/misc/x.ts', '../model/index.ts', /not a known area/],
  ])('rejects %s', (_name, file, specifier, message) => {
    expect(checkImport(at(file), specifier)).toMatch(message);
  });

  it.each([
    ['an area importing a lower area through index.ts', 'src/lib/sizing/compute-sizing.ts', '../cloud/index.ts'],
    ['a file importing its own area’s file', 'src/lib/sizing/build-sizing-table.ts', './compute-sizing.ts'],
    ['the registries reading data/', 'src/schemas/registries.ts', '../../data/roles.ts'],
    ['a page importing an area', 'src/pages/index.astro', '../lib/catalogue/index.ts'],
    ['a component script importing a browser script', 'src/components/ExportLinks.astro/0_0.ts', '../scripts/copy-exports.ts'],
    ['a package import', 'src/lib/content/validate-architecture-files.ts', 'yaml'],
  ])('allows %s', (_name, file, specifier) => {
    expect(checkImport(at(file), specifier)).toBeNull();
  });

  it('is on, with the import-loop rule, for every file under src/', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const file of ['src/lib/model/labels.ts', 'src/pages/index.astro', 'src/server/create-server.ts']) {
      const config = (await eslint.calculateConfigForFile(at(file))) as { rules: Record<string, unknown[]> };
      expect(config.rules['archkb/layers']?.[0], file).toBe(2);
      expect(config.rules['import-x/no-cycle']?.[0], file).toBe(2);
    }
  });
});

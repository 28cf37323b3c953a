import { describe, expect, it } from 'vitest';
import { buildCatalogueJson, buildExportUrls } from '../../../src/lib/catalogue/index.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const twoVariants = buildArchitecture({
  id: 'demo',
  variants: [
    { id: 'first', name: 'First', summary: 'First.', source: 'authgear-self-managed#introduction' },
    { id: 'second', name: 'Second', summary: 'Second.', source: 'authgear-self-managed#introduction' },
  ],
});

describe('buildExportUrls', () => {
  it('puts the default variant page and embed at the architecture path, its files under the variant id', () => {
    expect(buildExportUrls(twoVariants, 'first')).toEqual({
      page: '/architectures/demo/',
      markdown: '/architectures/demo/first/components.md',
      embed: '/embed/demo/',
      csv: '/architectures/demo/first/components.csv',
      json: '/architectures/demo/first/components.json',
      mermaid: '/architectures/demo/first/diagram.mmd',
      svg: '/architectures/demo/first/diagram.svg',
    });
  });

  it('puts other variants below the architecture path, embed included', () => {
    const urls = buildExportUrls(twoVariants, 'second');
    expect(urls.page).toBe('/architectures/demo/second/');
    expect(urls.embed).toBe('/embed/demo/second/');
    expect(urls.markdown).toBe('/architectures/demo/second/components.md');
  });

  it('refuses an unknown variant, naming it', () => {
    expect(() => buildExportUrls(twoVariants, 'third')).toThrow(/unknown variant "third" of demo/);
  });
});

describe('catalogue JSON urls', () => {
  const architectures = loadContentArchitectures();
  const catalogue = buildCatalogueJson(architectures);

  it('gives every architecture the urls of its default variant and every variant its own, all distinct', () => {
    for (const entry of catalogue.architectures) {
      expect(entry.urls).toEqual(entry.variants[0]?.urls);
      for (const variant of entry.variants) {
        expect(variant.urls.page).toBe(variant.path);
        expect(Object.keys(variant.urls).sort()).toEqual(['csv', 'embed', 'json', 'markdown', 'mermaid', 'page', 'svg']);
      }
    }
    const all = catalogue.architectures.flatMap((entry) => entry.variants.flatMap((variant) => Object.values(variant.urls)));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(architectures.reduce((sum, a) => sum + a.variants.length, 0) * 7);
  });
});

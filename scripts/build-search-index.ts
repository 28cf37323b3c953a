// Builds the Pagefind index of the built site: every page (from its HTML) plus one record per component row,
// so a search for a component lands on its row and the vendor/role/necessity filters apply to rows.
// Usage: node scripts/build-search-index.ts   (after astro build; reads ARCHKB_OUT_DIR like the build)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CatalogueJson } from '../src/lib/catalogue/index.ts';
import { buildComponentSearchRecords } from '../src/lib/catalogue/index.ts';
import { resolveOutDir } from './build-if-stale.ts';

/**
 * HTML files Pagefind indexes, relative to the built client folder: the home page, each architecture's main page and
 * the comparison pages. Every variant's component rows are indexed as records (below), so other variants, sizing
 * pages and embeds, which repeat the same facts, are left out: indexing HTML costs about 20 times more per page than
 * a record, and was a fifth of a 1,000-architecture build.
 */
export const SEARCHED_PAGES = '{index.html,architectures/*/index.html,compare/**/*.html}';

/** Indexes `<outDir>/client` and the component records, writing the bundle to `<outDir>/client/pagefind`. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; components: number }> {
  const site = path.join(outDir, 'client');
  const catalogue = JSON.parse(readFileSync(path.join(site, 'api', 'architectures.json'), 'utf8')) as CatalogueJson;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = await index.addDirectory({ path: site, glob: SEARCHED_PAGES });
    if (pages.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${pages.errors.join('; ')}`);
    const records = buildComponentSearchRecords(catalogue);
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind rejected the record for ${record.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
    return { pages: pages.page_count, components: records.length };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const { pages, components } = await buildSearchIndex(resolveOutDir());
  console.log(`search index: ${pages} pages and ${components} component rows`);
}

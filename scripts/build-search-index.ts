// Builds the Pagefind index of the built site: every page (from its HTML) plus one record per component row,
// so a search for a component lands on its row and the vendor/role/necessity filters apply to rows.
// The build starts the index before Astro runs: the component records come from the validated content, Astro hands over
// each searched page as it renders it, and after a content-only edit the unchanged architectures' pages are read from
// the last build's output, so only the writing of the bundle is left for the search phase.
// Usage: node scripts/build-search-index.ts   (after astro build; reads ARCHKB_OUT_DIR like the build)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { CatalogueJson } from '../src/lib/catalogue/index.ts';
import { buildCatalogueJson, buildComponentSearchRecords } from '../src/lib/catalogue/index.ts';
import { sortArchitectures } from '../src/lib/model/index.ts';
import type { Architecture } from '../src/schemas/architecture.ts';
import { resolveOutDir } from './build-if-stale.ts';

/**
 * HTML files Pagefind indexes, relative to the built client folder: the home page, each architecture's main page and
 * the comparison pages. Every variant's component rows are indexed as records (below), so other variants, sizing
 * pages and embeds, which repeat the same facts, are left out: indexing HTML costs about 20 times more per page than
 * a record, and was a fifth of a 1,000-architecture build.
 */
export const SEARCHED_PAGES = '{index.html,architectures/*/index.html,compare/**/*.html}';

/** Glob of the main pages of the given architectures (ids are kebab-case, so they need no escaping); null for none. */
export function toArchitecturePagesGlob(ids: readonly string[]): string | null {
  if (ids.length === 0) return null;
  return ids.length === 1 ? `architectures/${ids[0]}/index.html` : `architectures/{${ids.join(',')}}/index.html`;
}

/** A Pagefind index being filled while the build runs; `write` waits for everything added and writes the bundle. */
export interface SearchIndexer {
  /** Starts indexing the pages under `site` matching `glob`; returns at once (write waits for it). */
  addPages(site: string, glob: string): void;
  /** Starts indexing one page from its HTML, as if it were `file` (relative to the site folder); returns at once. */
  addPage(file: string, html: string): void;
  /** Waits until everything added so far is indexed (before files it reads may change). */
  settle(): Promise<void>;
  /** Writes the bundle to `<site>/pagefind` and stops Pagefind; returns the pages and component rows indexed. */
  write(site: string): Promise<{ pages: number; components: number }>;
  /** Stops Pagefind without writing (after a failed build). */
  close(): Promise<void>;
}

/** Starts a Pagefind index and adds one record per component row of `catalogue`, all sent at once. */
export async function startSearchIndex(catalogue: Pick<CatalogueJson, 'architectures'>): Promise<SearchIndexer> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const records = buildComponentSearchRecords(catalogue);
  let pages = 0;
  const pending: Promise<void>[] = [];
  // Failures surface in settle or write; until then a rejection must not end the process on its own.
  const track = (promise: Promise<void>) => {
    promise.catch(() => undefined);
    pending.push(promise);
  };
  // Pagefind takes requests concurrently; awaiting each record in turn doubled the time records took.
  for (const record of records) {
    track(
      index.addCustomRecord(record).then((added) => {
        if (added.errors.length > 0) throw new Error(`Pagefind rejected the record for ${record.url}: ${added.errors.join('; ')}`);
      }),
    );
  }
  const settle = async () => {
    await Promise.all(pending);
  };
  return {
    addPages(site, glob) {
      track(
        index.addDirectory({ path: site, glob }).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          pages += added.page_count;
        }),
      );
    },
    addPage(file, html) {
      track(
        index.addHTMLFile({ sourcePath: file, content: html }).then((added) => {
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          pages += 1;
        }),
      );
    },
    settle,
    async write(site) {
      try {
        await settle();
        const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its bundle: ${written.errors.join('; ')}`);
        return { pages, components: records.length };
      } finally {
        await pagefind.close();
      }
    },
    async close() {
      await pagefind.close();
    },
  };
}

/** The catalogue the search records describe, from the validated architectures (as /api/architectures.json serves it). */
export function buildSearchCatalogue(architectures: readonly Architecture[]): CatalogueJson {
  return buildCatalogueJson(sortArchitectures([...architectures]));
}

/** Indexes `<outDir>/client` and the component records, writing the bundle to `<outDir>/client/pagefind`. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number; components: number }> {
  const site = path.join(outDir, 'client');
  const catalogue = JSON.parse(readFileSync(path.join(site, 'api', 'architectures.json'), 'utf8')) as CatalogueJson;
  const indexer = await startSearchIndex(catalogue);
  indexer.addPages(site, SEARCHED_PAGES);
  return indexer.write(site);
}

if (import.meta.main) {
  const { pages, components } = await buildSearchIndex(resolveOutDir());
  console.log(`search index: ${pages} pages and ${components} component rows`);
}

import { execSync } from 'node:child_process';
import path from 'node:path';
import { buildSearchIndex } from './build-search-index.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.ARCHKB_OUT_DIR ?? 'dist');

// The search index is built from the prerendered HTML (plus one record per component row), so Pagefind runs after Astro.
execSync('astro build', { cwd: root, stdio: 'inherit' });
const { pages, components } = await buildSearchIndex(outDir);
console.log(`search index: ${pages} pages and ${components} component rows`);

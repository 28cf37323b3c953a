import type { APIRoute } from 'astro';
import { generateCatalogueComparisonExport } from '../../lib/compare/index.ts';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { findExportContentType } from '../../lib/http/index.ts';

export const prerender = true;

/** GET /compare/comparison.md: every architecture variant side by side, prerendered. */
export const GET: APIRoute = async ({ site, url }) =>
  new Response(generateCatalogueComparisonExport(await loadArchitectures(), 'markdown', site ?? url), {
    headers: { 'Content-Type': findExportContentType('markdown') },
  });

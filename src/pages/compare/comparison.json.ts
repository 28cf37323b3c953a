import type { APIRoute } from 'astro';
import { buildComparison } from '../../lib/build-comparison.ts';
import { loadArchitectures } from '../../lib/content.ts';
import { findExportContentType } from '../../lib/find-export-content-type.ts';
import { generateComparisonExport } from '../../lib/generate-comparison-exports.ts';

export const prerender = true;

/** GET /compare/comparison.json: every architecture variant side by side, prerendered. */
export const GET: APIRoute = async () =>
  new Response(generateComparisonExport(buildComparison(await loadArchitectures()), 'json'), {
    headers: { 'Content-Type': findExportContentType('json') },
  });

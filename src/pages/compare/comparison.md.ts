import type { APIRoute } from 'astro';
import { buildComparison } from '../../lib/compare/build-comparison.ts';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { findExportContentType } from '../../lib/http/find-export-content-type.ts';
import { generateComparisonExport } from '../../lib/compare/generate-comparison-exports.ts';

export const prerender = true;

/** GET /compare/comparison.md: every architecture variant side by side, prerendered. */
export const GET: APIRoute = async () =>
  new Response(generateComparisonExport(buildComparison(await loadArchitectures()), 'markdown'), {
    headers: { 'Content-Type': findExportContentType('markdown') },
  });

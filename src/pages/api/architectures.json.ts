import type { APIRoute } from 'astro';
import { buildCatalogueJson } from '../../lib/catalogue/index.ts';
import { loadArchitectures } from '../../site/load-architectures.ts';

export const prerender = true;

/** GET /api/architectures.json: the whole catalogue as data, prerendered at build time. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildCatalogueJson(await loadArchitectures()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

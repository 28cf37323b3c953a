import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { loadGuides } from '../site/load-guides.ts';
import { renderLlmsTxt } from '../lib/markdown/index.ts';

export const prerender = true;

/**
 * GET /llms.txt: what archkb is and links to the Markdown of every page and guide. The links are root-relative, so they hold on
 * whatever host and port serves the site, unless ARCHKB_SITE names the public origin the build is for.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderLlmsTxt(await loadArchitectures(), process.env.ARCHKB_SITE && site ? site.origin : '', await loadGuides()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

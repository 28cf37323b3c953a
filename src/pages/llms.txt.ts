import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { renderLlmsTxt } from '../lib/markdown/index.ts';

export const prerender = true;

/** GET /llms.txt: what archkb is and links to the Markdown of every page. */
export const GET: APIRoute = async ({ site }) =>
  new Response(renderLlmsTxt(await loadArchitectures(), site?.origin ?? ''), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

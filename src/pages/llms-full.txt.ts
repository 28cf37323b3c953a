import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { loadGuides } from '../site/load-guides.ts';
import { renderLlmsFullTxt } from '../lib/markdown/index.ts';

export const prerender = true;

/** GET /llms-full.txt: the whole knowledge base as one Markdown document. */
export const GET: APIRoute = async ({ site, url }) =>
  new Response(renderLlmsFullTxt(await loadArchitectures(), site ?? url, await loadGuides()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

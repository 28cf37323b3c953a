import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { renderLlmsFullTxt } from '../lib/markdown/index.ts';

export const prerender = true;

/** GET /llms-full.txt: the whole knowledge base as one Markdown document. */
export const GET: APIRoute = async () =>
  new Response(renderLlmsFullTxt(await loadArchitectures()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

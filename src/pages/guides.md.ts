import type { APIRoute } from 'astro';
import { renderGuidesIndexMarkdown } from '../lib/markdown/index.ts';
import { loadArchitectures } from '../site/load-architectures.ts';
import { loadGuides } from '../site/load-guides.ts';

export const prerender = true;

/** GET /guides.md: the guides index as Markdown, each guide linked to its own Markdown. */
export const GET: APIRoute = async () =>
  new Response(renderGuidesIndexMarkdown(await loadGuides(), await loadArchitectures()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });

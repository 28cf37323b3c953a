import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { renderComparisonMarkdown } from '../lib/markdown/render-page-markdown.ts';
import { serveMarkdownPage } from '../lib/http/serve-markdown-page.ts';

// On demand so that ?ask=<question> can be answered; the comparison Markdown is rendered once and kept.
export const prerender = false;

let rendered: string | undefined;

/** GET /compare.md: the comparison of every architecture as Markdown; with ?ask=<question>, the answer as Markdown. */
export const GET: APIRoute = async ({ url }) => {
  const architectures = await loadArchitectures();
  const { status, body, contentType } = serveMarkdownPage(url.search, architectures, {
    render: () => (rendered ??= renderComparisonMarkdown(architectures)),
  });
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Cache-Control': status === 200 ? 'public, max-age=300' : 'no-store' },
  });
};

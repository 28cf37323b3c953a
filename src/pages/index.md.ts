import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { renderHomeMarkdown } from '../lib/markdown/index.ts';
import { buildResponse, serveMarkdownPage } from '../lib/http/index.ts';

// On demand so that ?ask=<question> can be answered; the catalogue Markdown is rendered once and kept.
export const prerender = false;

let rendered: string | undefined;

/** GET /index.md: the catalogue as Markdown; with ?ask=<question>, the answer as Markdown. */
export const GET: APIRoute = async ({ url }) => {
  const architectures = await loadArchitectures();
  const { status, body, contentType } = serveMarkdownPage(url.search, architectures, {
    render: () => (rendered ??= renderHomeMarkdown(architectures)),
  });
  return buildResponse(status, body, contentType);
};

import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { renderComparisonMarkdown } from '../lib/markdown/index.ts';
import { buildResponse, serveMarkdownPage } from '../lib/http/index.ts';

// On demand so that ?ask=<question> can be answered; the comparison Markdown is rendered once and kept.
export const prerender = false;

let rendered: string | undefined;

/** GET /compare.md: the comparison of every architecture as Markdown; with ?ask=<question>, the answer as Markdown. */
export const GET: APIRoute = async ({ site, url }) => {
  const architectures = await loadArchitectures();
  const { status, body, contentType } = serveMarkdownPage(url.search, architectures, {
    render: () => (rendered ??= renderComparisonMarkdown(architectures, site ?? url)),
  });
  return buildResponse(status, body, contentType);
};

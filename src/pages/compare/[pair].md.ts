import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { renderComparisonPairMarkdown } from '../../lib/markdown/index.ts';
import { buildErrorBody, buildJsonResponse, buildResponse, serveMarkdownPage } from '../../lib/http/index.ts';

// On demand so that ?ask=<question> can be answered; each pair's Markdown is rendered once and kept.
export const prerender = false;

const rendered = new Map<string, string>();

/** GET /compare/<a>-vs-<b>.md: two architectures side by side as Markdown; with ?ask=<question>, the answer. */
export const GET: APIRoute = async ({ params, site, url }) => {
  const architectures = await loadArchitectures();
  const slug = params.pair ?? '';
  const markdown = rendered.get(slug) ?? renderComparisonPairMarkdown(architectures, slug, site ?? url);
  if (markdown === undefined) {
    return buildJsonResponse(404, buildErrorBody(null, 'No comparison lives here; see /llms.txt for every Markdown page.'));
  }
  rendered.set(slug, markdown);
  const { status, body, contentType } = serveMarkdownPage(url.search, architectures, { render: () => markdown });
  return buildResponse(status, body, contentType);
};

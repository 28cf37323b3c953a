import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { findVariantBySlug, renderVariantMarkdown } from '../../lib/markdown/index.ts';
import { buildErrorBody, buildJsonResponse, buildResponse, serveMarkdownPage } from '../../lib/http/index.ts';

// On demand so that ?ask=<question> can be answered; the page Markdown itself is rendered once and kept.
export const prerender = false;

const rendered = new Map<string, string>();

/** GET /architectures/<id>[/<variant>].md: the variant page as Markdown; with ?ask=<question>, the answer as Markdown. */
export const GET: APIRoute = async ({ params, site, url }) => {
  const architectures = await loadArchitectures();
  const page = findVariantBySlug(architectures, params.slug ?? '');
  if (!page) {
    return buildJsonResponse(404, buildErrorBody(null, 'No architecture page lives here; see /llms.txt for every Markdown page.'));
  }
  const key = `${page.architecture.id}/${page.variantId}`;
  const { status, body, contentType } = serveMarkdownPage(url.search, architectures, {
    architectureId: page.architecture.id,
    variantId: page.variantId,
    render: () => {
      const cached = rendered.get(key) ?? renderVariantMarkdown(page.architecture, page.variantId, site ?? url);
      rendered.set(key, cached);
      return cached;
    },
  });
  return buildResponse(status, body, contentType);
};

import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { findVariantBySlug, renderVariantMarkdown } from '../../lib/markdown/index.ts';
import { buildResponse, serveMarkdownPage } from '../../lib/http/index.ts';

// On demand so that ?ask=<question> can be answered; the page Markdown itself is rendered once and kept.
export const prerender = false;

const rendered = new Map<string, string>();

/** GET /architectures/<id>[/<variant>].md: the variant page as Markdown; with ?ask=<question>, the answer as Markdown. */
export const GET: APIRoute = async ({ params, site, url }) => {
  const architectures = await loadArchitectures();
  const page = findVariantBySlug(architectures, params.slug ?? '');
  if (!page) {
    return new Response('# Not found\n\nNo architecture page lives here; see /llms.txt for every Markdown page.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
    });
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

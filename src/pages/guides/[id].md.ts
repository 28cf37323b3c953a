import type { APIRoute } from 'astro';
import { listGuideArchitectures } from '../../lib/guides/index.ts';
import { buildErrorBody, buildJsonResponse, buildResponse, serveMarkdownPage } from '../../lib/http/index.ts';
import { renderGuideMarkdown } from '../../lib/markdown/index.ts';
import type { Architecture } from '../../schemas/architecture.ts';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { loadGuides } from '../../site/load-guides.ts';

// On demand so that ?ask=<question> can be answered; the guide's Markdown itself is rendered once and kept.
export const prerender = false;

const rendered = new Map<string, string>();
const scopes = new Map<string, Architecture[]>();

/**
 * GET /guides/<id>.md: the guide as Markdown, components rendered to GFM. With ?ask=<question>, the answer as Markdown,
 * scoped like the guide: a product guide asks its product first, a category guide asks only the products it covers.
 */
export const GET: APIRoute = async ({ params, site, url }) => {
  const architectures = await loadArchitectures();
  const guide = (await loadGuides()).find((candidate) => candidate.id === params.id);
  if (!guide) return buildJsonResponse(404, buildErrorBody(null, 'No guide lives here; see /llms.txt for every guide.'));
  // One array per guide, kept, because the ask engine builds its index once per architectures array.
  let scope = scopes.get(guide.id);
  if (!scope) {
    scope = guide.architecture !== undefined ? architectures : listGuideArchitectures(guide, architectures);
    scopes.set(guide.id, scope);
  }
  const { status, body, contentType } = serveMarkdownPage(url.search, scope, {
    architectureId: guide.architecture,
    render: () => {
      const cached = rendered.get(guide.id) ?? renderGuideMarkdown(guide, architectures, site ?? url);
      rendered.set(guide.id, cached);
      return cached;
    },
  });
  return buildResponse(status, body, contentType);
};

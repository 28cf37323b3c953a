import type { APIRoute } from 'astro';
import { loadArchitectures } from '../site/load-architectures.ts';
import { loadGuides } from '../site/load-guides.ts';
import { buildJsonResponse, buildResponse, handleOembedRequest } from '../lib/http/index.ts';

// The answer depends on ?url=, so it is computed per request.
export const prerender = false;

/** GET /oembed?url=<page>[&format=json|xml][&maxwidth=N][&maxheight=N]: the page's embed as an oEmbed `rich` response. */
export const GET: APIRoute = async ({ site, url }) => {
  const response = handleOembedRequest(
    url.search,
    await loadArchitectures(),
    { origin: site ?? url, requestOrigin: url.origin },
    await loadGuides(),
  );
  return response.status === 200
    ? buildResponse(200, response.body, response.contentType)
    : buildJsonResponse(response.status, response.body);
};

import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { buildJsonResponse, handleAskRequest } from '../../lib/http/index.ts';

// Answers depend on the question, so they are computed per request.
export const prerender = false;

/** GET /api/ask?q=<question>[&architecture=<id>]: { question, answer, confidence, kind, sources } as JSON. */
export const GET: APIRoute = async ({ url }) => {
  const { status, body } = handleAskRequest(url.search, await loadArchitectures());
  return buildJsonResponse(status, body);
};

import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { handleAskRequest } from '../../lib/http/handle-ask-request.ts';

// Answers depend on the question, so they are computed per request.
export const prerender = false;

/** GET /api/ask?q=<question>[&architecture=<id>]: { question, answer, confidence, kind, sources } as JSON. */
export const GET: APIRoute = async ({ url }) => {
  const { status, body } = handleAskRequest(url.search, await loadArchitectures());
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': status === 200 ? 'public, max-age=300' : 'no-store' },
  });
};

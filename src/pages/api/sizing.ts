import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { handleSizingRequest } from '../../lib/http/handle-sizing-request.ts';

// Sizing depends on query parameters, so it is computed per request.
export const prerender = false;

/** GET /api/sizing?architecture=<id>[&variant=<id>]&users=<N>[&cloud=aws|azure|gcp|self-managed]: JSON only. */
export const GET: APIRoute = async ({ url }) => {
  const { status, body } = handleSizingRequest(url.searchParams, await loadArchitectures());
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': status === 200 ? 'public, max-age=300' : 'no-store' },
  });
};

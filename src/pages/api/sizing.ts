import type { APIRoute } from 'astro';
import { loadArchitectures } from '../../site/load-architectures.ts';
import { buildJsonResponse, handleSizingRequest } from '../../lib/http/index.ts';

// Sizing depends on query parameters, so it is computed per request.
export const prerender = false;

/** GET /api/sizing?architecture=<id>[&variant=<id>]&users=<N>[&cloud=aws|azure|gcp|self-managed]: JSON only. */
export const GET: APIRoute = async ({ url }) => {
  const { status, body } = handleSizingRequest(url.searchParams, await loadArchitectures());
  return buildJsonResponse(status, body);
};

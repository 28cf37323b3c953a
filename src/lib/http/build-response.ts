/** The one JSON error body every on-demand route and the server answer with; it never echoes the request. */
export interface ErrorBody {
  error: { parameter: string | null; message: string };
}

/** Builds the JSON error body naming the parameter at fault (null when no parameter is) and the fix. */
export function buildErrorBody(parameter: string | null, message: string): ErrorBody {
  return { error: { parameter, message } };
}

/** How long a shared cache (a CDN, a browser) may keep a dynamic response: 5 minutes for a success, never an error. */
export function buildCacheControl(status: number): string {
  return status >= 200 && status < 300 ? 'public, max-age=300' : 'no-store';
}

/** A response with the cache rule applied, for on-demand endpoints. */
export function buildResponse(status: number, body: string, contentType: string): Response {
  return new Response(body, { status, headers: { 'Content-Type': contentType, 'Cache-Control': buildCacheControl(status) } });
}

/** A JSON response with the cache rule applied. */
export function buildJsonResponse(status: number, body: unknown): Response {
  return buildResponse(status, JSON.stringify(body), 'application/json; charset=utf-8');
}

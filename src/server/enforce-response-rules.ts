import type http from 'node:http';
import { buildCacheControl, buildErrorBody } from '../lib/http/index.ts';

/** The message a bare error gets: what the status means, never anything from the request. */
function describeStatus(status: number): string {
  if (status === 404) return 'Nothing lives at this path.';
  if (status >= 500) return 'The server could not answer this request.';
  return 'The request could not be answered.';
}

/** Whether headers handed to writeHead (an object, or a flat or nested array) name `header`. */
function declares(headers: unknown, header: string): boolean {
  if (Array.isArray(headers)) return headers.flat().some((item) => typeof item === 'string' && item.toLowerCase() === header);
  return typeof headers === 'object' && headers !== null && Object.keys(headers).some((name) => name.toLowerCase() === header);
}

/**
 * Holds every response the handler sends to two rules, decided once when its status is known: an error that would go
 * out without a Content-Type (Astro's own "Bad request." and "Internal Server Error", an empty error response, a failed
 * static read) becomes the one JSON error body; a response without Cache-Control gets the one cache rule
 * (`buildCacheControl`). Responses that set their own type and caching (pages, files, the endpoints' JSON) pass
 * through untouched. Install it on `res` before the handler writes anything.
 */
export function enforceResponseRules(res: http.ServerResponse): void {
  const { writeHead, write, end } = res;
  let replacing: boolean | undefined;
  const decide = (status: number, headers?: unknown): boolean => {
    if (replacing !== undefined) return replacing;
    replacing = status >= 400 && !res.hasHeader('content-type') && !declares(headers, 'content-type');
    if (replacing) {
      res.removeHeader('content-length');
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
    }
    if (replacing || (!res.hasHeader('cache-control') && !declares(headers, 'cache-control')))
      res.setHeader('Cache-Control', buildCacheControl(status));
    return replacing;
  };
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = typeof rest[0] === 'string' ? rest[1] : rest[0];
    // A replaced body's own headers (its length, its caching) go with it; the ones set on res (security, ours) stay.
    if (decide(statusCode, headers)) return writeHead.call(this, statusCode);
    return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
  } as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!decide(res.statusCode)) return (write as (...a: unknown[]) => boolean).apply(this, args);
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    if (!decide(res.statusCode)) return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    const body = JSON.stringify(buildErrorBody(null, describeStatus(res.statusCode)));
    return (end as (...a: unknown[]) => http.ServerResponse).apply(this, callback ? [body, callback] : [body]);
  } as typeof res.end;
}

import { createHash } from 'node:crypto';
import type http from 'node:http';
import { buildCacheControl } from '../lib/http/index.ts';

/** Bodies up to this size are held back to be tagged; larger ones stream untagged (none of the site's pages come close). */
export const MAX_TAGGED_BODY_BYTES = 16 * 1024 * 1024;

/** The Cache-Control Astro's static file server (send) gives every file: cacheable, but stale at once. */
const SEND_DEFAULT_CACHE_CONTROL = 'public, max-age=0';

/** A weak entity tag from a body's bytes: the same body gives the same tag on every replica, whatever its file dates. */
export function computeEntityTag(body: Buffer): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Whether an If-None-Match header value names `tag` (weak comparison, as RFC 9110 prescribes for this header). */
export function matchesEntityTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = tag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque);
}

/**
 * Holds back the body of a GET or HEAD response and, when it is a 200, sends it with an `ETag` computed from its bytes,
 * or answers `304 Not Modified` when the client's If-None-Match already names that tag. Validators then agree across
 * replicas and rebuilds of the same content (file dates do not enter), and a CDN can revalidate cheaply. File dates
 * are dropped (`Last-Modified`), the static server's "stale at once" caching becomes the site's cache rule, and
 * conditional request headers are taken from the request so nothing below answers 304 on other grounds. A HEAD is
 * handled as a GET whose body Node then leaves out, so both carry the same tag. Install it last, right before the handler.
 */
export function addEntityTags(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const ifNoneMatch = req.headers['if-none-match'];
  for (const name of ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range']) delete req.headers[name];
  if (req.method === 'HEAD') req.method = 'GET';
  const { writeHead, write, end } = res;
  const chunks: Buffer[] = [];
  let size = 0;
  let headArgs: unknown[] | undefined;
  let streaming = false;
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  const sendHead = (): void => {
    if (res.headersSent) return;
    if (headArgs) (writeHead as (...args: unknown[]) => http.ServerResponse).apply(res, headArgs);
    else (writeHead as (...args: unknown[]) => http.ServerResponse).call(res, res.statusCode);
  };
  // Past the size limit, what was held goes out as it is and the rest streams.
  const startStreaming = (): void => {
    streaming = true;
    sendHead();
    for (const chunk of chunks.splice(0)) (write as (chunk: Buffer) => boolean).call(res, chunk);
  };
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (streaming) return (writeHead as (...args: unknown[]) => http.ServerResponse).call(this, statusCode, ...rest);
    res.statusCode = statusCode;
    headArgs = [statusCode, ...rest];
    return this;
  } as typeof res.writeHead;
  res.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
    if (streaming) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const buffer = toBuffer(chunk, rest[0]);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_TAGGED_BODY_BYTES) startStreaming();
    const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;
  res.end = function (this: http.ServerResponse, ...args: unknown[]) {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    const chunk = typeof args[0] === 'function' ? undefined : args[0];
    if (chunk !== undefined && chunk !== null) {
      const buffer = toBuffer(chunk, typeof args[1] === 'string' ? args[1] : undefined);
      chunks.push(buffer);
      size += buffer.length;
    }
    if (streaming || size > MAX_TAGGED_BODY_BYTES) {
      if (!streaming) startStreaming();
      else for (const held of chunks.splice(0)) (write as (chunk: Buffer) => boolean).call(this, held);
      return (end as (...a: unknown[]) => http.ServerResponse).apply(this, callback ? [callback] : []);
    }
    const body = Buffer.concat(chunks);
    const status = res.statusCode;
    const setHere = (name: string, value: string) => {
      res.setHeader(name, value);
      // Headers handed to writeHead win over res.setHeader; drop ours from them so the tag and rule below apply.
      const given = headArgs?.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as
        Record<string, unknown> | undefined;
      if (given) for (const key of Object.keys(given)) if (key.toLowerCase() === name.toLowerCase()) delete given[key];
    };
    if (status === 200) {
      const tag = computeEntityTag(body);
      setHere('ETag', tag);
      res.removeHeader('Last-Modified');
      if (res.getHeader('cache-control') === SEND_DEFAULT_CACHE_CONTROL) setHere('Cache-Control', buildCacheControl(200));
      if (matchesEntityTag(ifNoneMatch, tag)) {
        // A 304 carries the caching the 200 would have had, so a cache keeps holding the response it revalidated.
        const given = headArgs?.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as
          Record<string, unknown> | undefined;
        const givenCaching = given && Object.entries(given).find(([key]) => key.toLowerCase() === 'cache-control')?.[1];
        if (typeof givenCaching === 'string') res.setHeader('Cache-Control', givenCaching);
        else if (!res.hasHeader('cache-control')) res.setHeader('Cache-Control', buildCacheControl(200));
        for (const name of ['content-type', 'content-length', 'content-encoding', 'transfer-encoding']) res.removeHeader(name);
        (writeHead as (...a: unknown[]) => http.ServerResponse).call(this, 304);
        return (end as (...a: unknown[]) => http.ServerResponse).apply(this, callback ? [callback] : []);
      }
    }
    sendHead();
    return (end as (...a: unknown[]) => http.ServerResponse).apply(this, callback ? [body, callback] : [body]);
  } as typeof res.end;
}

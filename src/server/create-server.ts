import compression from 'compression';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { buildCacheControl, buildErrorBody, buildSecurityHeaders, findMalformedQueryParameter, OEMBED_PATH } from '../lib/http/index.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

// Text responses (HTML, JSON, Markdown, SVG) shrink four- to eightfold; compression skips small and binary bodies.
const compress = compression();

/** Options for the archkb HTTP server. */
export interface ServerOptions {
  /** Folder holding Astro's build output (dist). */
  distDir: string;
  port: number;
  host: string;
}

/** Answers with the JSON error body every route uses; for what never reaches Astro. */
function sendJsonError(
  res: http.ServerResponse,
  status: number,
  parameter: string | null,
  message: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': buildCacheControl(status), ...extra });
  res.end(JSON.stringify(buildErrorBody(parameter, message)));
}

/** Loads the built Astro handler without letting it start its own listener. */
async function loadAstroHandler(distDir: string): Promise<Handler> {
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  process.env.ASTRO_NODE_LOGGING ??= 'disabled';
  const entry = pathToFileURL(path.join(distDir, 'server', 'entry.mjs')).href;
  const module = (await import(entry)) as { handler: Handler };
  return module.handler;
}

/** Creates the HTTP server: security headers on every response, GET and HEAD only, never a 5xx for bad input. */
export async function createArchkbServer(options: Pick<ServerOptions, 'distDir'>): Promise<http.Server> {
  const astroHandler = await loadAstroHandler(options.distDir);
  return http.createServer((req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      sendJsonError(res, 400, null, 'The request URL is malformed.');
      return;
    }
    for (const [name, value] of Object.entries(buildSecurityHeaders(pathname))) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJsonError(res, 405, null, 'Only GET and HEAD are supported.', { Allow: 'GET, HEAD' });
      return;
    }
    // Astro answers malformed percent-encoding with a plain-text 400; API clients (and oEmbed consumers) get JSON naming the parameter.
    const isApi = pathname.startsWith('/api/') || pathname === OEMBED_PATH;
    const malformed = isApi ? findMalformedQueryParameter(new URL(req.url ?? '/', 'http://localhost').search) : null;
    if (malformed !== null) {
      sendJsonError(res, 400, malformed, 'the query is not valid percent-encoding; encode each value with encodeURIComponent.');
      return;
    }
    // Static .mmd exports would otherwise go out as a karaoke MIME type; Astro's error pages set their own type.
    if (pathname.endsWith('.mmd')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    try {
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => astroHandler(req, res));
    } catch {
      if (!res.headersSent) sendJsonError(res, 400, null, 'The request could not be handled.');
      else res.end();
    }
  });
}

/** Starts the server and resolves once it listens. */
export async function startArchkbServer(options: ServerOptions): Promise<http.Server> {
  const server = await createArchkbServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

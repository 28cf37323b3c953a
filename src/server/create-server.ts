import compression from 'compression';
import { statSync } from 'node:fs';
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import {
  buildCacheControl,
  buildErrorBody,
  buildSecurityHeaders,
  findMalformedQueryParameter,
  normaliseRequestTarget,
} from '../lib/http/index.ts';
import { addEntityTags } from './add-entity-tags.ts';
import { enforceResponseRules } from './enforce-response-rules.ts';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

// Text responses (HTML, JSON, Markdown, SVG) shrink four- to eightfold; compression skips small and binary bodies.
const compress = compression();

/**
 * Limits against slow and idle clients (SECURITY.md explains each). Node checks the header and request timeouts
 * every `connectionsCheckingInterval`, so a request may live up to that much longer than its limit.
 */
export const serverLimits = {
  /** A request's headers must arrive within 10 s of the connection opening (or of the previous response). */
  headersTimeout: 10_000,
  /** A whole request (headers and any body) must arrive within 30 s. */
  requestTimeout: 30_000,
  /** An idle keep-alive connection is closed 5 s after its last response. */
  keepAliveTimeout: 5_000,
  /** How often Node enforces the two timeouts above. */
  connectionsCheckingInterval: 1_000,
  /** A socket with no traffic either way for 30 s (a client that stopped reading) is closed. */
  socketTimeout: 30_000,
  /** Open connections at most; further ones are closed as they arrive. */
  maxConnections: 256,
  /** Request line plus headers, in bytes (Node answers 431 above it). */
  maxHeaderSize: 16_384,
} as const;

/** Path of the health check (load balancers, Docker's HEALTHCHECK): 200 with `{"status":"ok"}` while the server answers. */
export const HEALTH_PATH = '/healthz';

/** Options for the archkb HTTP server. */
export interface ServerOptions {
  /** Folder holding Astro's build output (dist). */
  distDir: string;
  port: number;
  host: string;
  /**
   * The public origin the site is built for; every request is handled as if sent to its host, whatever Host header
   * the client sent. Default: ARCHKB_SITE, else http://localhost:4321 (as in astro.config.mjs).
   */
  site?: string;
  /** Overrides for `serverLimits` (tests use small ones). */
  limits?: Partial<typeof serverLimits>;
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

/** Whether `pathname` (decoded, normalised) is a prerendered file in the build, which never reads its query string. */
function isPrerenderedFile(clientDir: string, pathname: string): boolean {
  try {
    const stat = statSync(path.join(clientDir, pathname));
    return stat.isFile() || (stat.isDirectory() && statSync(path.join(clientDir, pathname, 'index.html')).isFile());
  } catch {
    return false;
  }
}

/** The host every request is handled for, from the configured public origin; a clear error when it is not a URL. */
function resolveSiteHost(site: string): string {
  try {
    return new URL(site).host;
  } catch {
    throw new Error(`ARCHKB_SITE must be an absolute URL such as https://kb.example.com, not ${JSON.stringify(site)}.`);
  }
}

/**
 * Creates the HTTP server: the request target is decoded and normalised once and every decision (security headers,
 * the page served) uses that result; the Host is pinned to the configured site; GET and HEAD only; every error is
 * the JSON error body; timeouts and a connection cap hold off slow and idle clients.
 */
export async function createArchkbServer(options: Pick<ServerOptions, 'distDir' | 'site' | 'limits'>): Promise<http.Server> {
  const astroHandler = await loadAstroHandler(options.distDir);
  const clientDir = path.join(options.distDir, 'client');
  const siteHost = resolveSiteHost(options.site ?? process.env.ARCHKB_SITE ?? 'http://localhost:4321');
  const limits = { ...serverLimits, ...options.limits };
  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      connectionsCheckingInterval: limits.connectionsCheckingInterval,
      maxHeaderSize: limits.maxHeaderSize,
    },
    (req, res) => {
      const target = normaliseRequestTarget(req.url ?? '/');
      // Security headers follow the decoded, normalised path: the same one the handler is given below.
      for (const [name, value] of Object.entries(buildSecurityHeaders(target.ok ? target.pathname : '/'))) res.setHeader(name, value);
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendJsonError(res, 405, null, 'Only GET and HEAD are supported.', { Allow: 'GET, HEAD' });
        return;
      }
      if (!target.ok) {
        sendJsonError(res, 400, null, target.message);
        return;
      }
      if (target.pathname === HEALTH_PATH) {
        // For load balancers and container health checks: the process is up and answering; never cached.
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ status: 'ok' }));
        return;
      }
      let { search } = target;
      const malformed = findMalformedQueryParameter(search);
      if (malformed !== null) {
        // A prerendered page or export never reads its query, so a broken one is dropped; routes that read it get a JSON 400.
        if (!isPrerenderedFile(clientDir, target.pathname)) {
          sendJsonError(res, 400, malformed, 'the query is not valid percent-encoding; encode each value with encodeURIComponent.');
          return;
        }
        search = '';
      }
      // Astro's adapter rebuilds the URL from the Host header and decodes the path again: hand it the normalised path and a
      // fixed host, so no Host value (user@host, a path, an empty one) and no encoding trick changes what is served.
      req.url = `${target.encodedPathname}${search}`;
      req.headers.host = siteHost;
      for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded']) delete req.headers[name];
      // Static .mmd exports would otherwise go out as a karaoke MIME type; Astro's error pages set their own type.
      if (target.pathname.endsWith('.mmd')) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], () => {
        enforceResponseRules(res);
        addEntityTags(req, res);
        Promise.resolve()
          .then(() => astroHandler(req, res))
          .catch(() => {
            if (!res.headersSent) sendJsonError(res, 500, null, 'The server could not answer this request.');
            else res.destroy();
          });
      });
    },
  );
  server.setTimeout(limits.socketTimeout, (socket) => socket.destroy());
  server.maxConnections = limits.maxConnections;
  return server;
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

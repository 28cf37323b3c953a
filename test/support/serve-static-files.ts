import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { matchesStaticHeaderPattern } from '../../src/lib/http/index.ts';

/** Content types by file extension, as a static host sets them. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/** Reads a `_headers` file (Netlify and Cloudflare Pages format) into pattern and header pairs. */
function readHeaderRules(file: string): { pattern: string; headers: [string, string][] }[] {
  if (!existsSync(file)) return [];
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * A plain static file server, as GitHub Pages, S3 or any CDN origin behaves: files by path, `index.html` for a folder,
 * a redirect to the trailing slash for a folder asked without it, the site's 404 page otherwise, the query string
 * ignored; plus the `_headers` file hosts such as Netlify apply. No rewrites, no server code.
 */
export function createStaticFileServer(root: string): http.Server {
  const rules = readHeaderRules(path.join(root, '_headers'));
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://static.invalid');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    for (const rule of rules)
      if (matchesStaticHeaderPattern(rule.pattern, pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = path.join(root, pathname);
    if (!file.startsWith(root + path.sep) && file !== root) {
      res.writeHead(404).end();
      return;
    }
    let target = file;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
        return;
      }
      target = path.join(file, 'index.html');
    }
    if (!existsSync(target) || !statSync(target).isFile()) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': contentTypes['.html']! });
      res.end(req.method === 'HEAD' || !existsSync(notFound) ? undefined : readFileSync(notFound));
      return;
    }
    const body = readFileSync(target);
    res.writeHead(200, { 'Content-Type': contentTypes[path.extname(target)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startArchkbServer } from '../../src/server/create-server.ts';
import { sendRawRequest } from '../support/raw-request.ts';

const baseUrl = inject('baseUrl');

/** Expects the one JSON error body, with its content type and the no-store cache rule. */
function expectJsonError(response: Response | { status: number; headers: Headers }, body: unknown, status: number): void {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(body).toEqual({ error: { parameter: expect.toSatisfy((p) => p === null || typeof p === 'string'), message: expect.any(String) } });
}

describe('issue 14, item 3: error formats of the built site', () => {
  it.each(['/index.md?ask=%E0%A4%A', '/architectures/authgear.md?ask=%E0%A4%A', '/compare.md?ask=%zz'])(
    '%s (broken percent-encoding) answers the JSON 400 naming the parameter, not a plain-text "Bad request."',
    async (target) => {
      const response = await fetch(`${baseUrl}${target}`);
      const body = (await response.json()) as { error: { parameter: string } };
      expectJsonError(response, body, 400);
      expect(body.error.parameter).toBe('ask');
    },
  );

  it.each(['/search/?x=%E0%A4%A', '/architectures/authgear/azure/components.csv?x=%', '/?utm=%zz', '/api/architectures.json?x=%'])(
    '%s: a prerendered page or export ignores a malformed parameter it never reads',
    async (target) => {
      const response = await sendRawRequest(baseUrl, target);
      expect(response.status).toBe(200);
    },
  );

  it('a repeated architecture on /api/ask says it is given more than once, as /api/sizing does', async () => {
    const ask = await fetch(`${baseUrl}/api/ask?q=redis&architecture=authgear&architecture=coder`);
    const sizing = await fetch(`${baseUrl}/api/sizing?architecture=authgear&architecture=coder&users=5`);
    const askBody = (await ask.json()) as { error: { parameter: string; message: string } };
    expectJsonError(ask, askBody, 400);
    expect(askBody.error).toEqual({ parameter: 'architecture', message: 'architecture is given more than once; give it once.' });
    expect(askBody.error).toEqual(((await sizing.json()) as { error: unknown }).error);
  });

  it('/ask/?q= carries the cache rule: no-store for its 400, five minutes for an answer', async () => {
    expect((await fetch(`${baseUrl}/ask/?q=`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${baseUrl}/ask/?q=redis`)).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('an unknown Markdown page or comparison answers the JSON 404', async () => {
    for (const target of ['/architectures/nope.md', '/compare/nope-vs-none.md']) {
      const response = await fetch(`${baseUrl}${target}`);
      expectJsonError(response, await response.json(), 404);
    }
  });

  it('a path that is not valid percent-encoding answers the JSON 400, not a plain-text "Bad request."', async () => {
    const response = await sendRawRequest(baseUrl, '/%E0%A4%A/');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({ error: { parameter: null, message: expect.stringContaining('percent-encoding') } });
  });
});

describe("issue 14, item 3: the handler's own bare errors become the JSON error body", () => {
  // A stand-in for Astro's handler that answers the ways Astro's adapter does when it fails: a plain-text 500 with no
  // type, a bare 400, an empty error Response, a throw; and two responses that must pass untouched.
  const entry = `
export const handler = (req, res) => {
  switch (req.url.split('?')[0]) {
    case '/bare-500': res.statusCode = 500; res.end('Internal Server Error'); return;
    case '/bare-400': res.writeHead(400); res.end('Bad request.'); return;
    case '/empty-500': res.writeHead(500, {}); res.end(); return;
    case '/throws': throw new Error('boom');
    case '/rejects': return Promise.reject(new Error('boom'));
    case '/typed-404': res.writeHead(404, { 'content-type': 'text/html' }); res.end('<p>gone</p>'); return;
    default: res.writeHead(200, { 'content-type': 'text/plain' }); res.end('ok'.repeat(2000));
  }
};
`;
  let dir: string;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'archkb-fake-dist-'));
    mkdirSync(path.join(dir, 'server'));
    mkdirSync(path.join(dir, 'client'));
    writeFileSync(path.join(dir, 'server', 'entry.mjs'), entry);
    server = await startArchkbServer({ distDir: dir, port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['/bare-500', 500],
    ['/bare-400', 400],
    ['/empty-500', 500],
    ['/throws', 500],
    ['/rejects', 500],
  ])('%s: JSON body, content type, no-store and the security headers, compressed or not', async (target, status) => {
    for (const encoding of ['identity', 'gzip']) {
      const response = await fetch(`${origin}${target}`, { headers: { 'Accept-Encoding': encoding } });
      const text = await response.text();
      expect(text).not.toMatch(/Internal Server Error|Bad request|boom/);
      expectJsonError(response, JSON.parse(text), status);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('leaves responses that carry their own type alone, and gives them the cache rule when they set none', async () => {
    const typed = await fetch(`${origin}/typed-404`);
    expect(typed.headers.get('content-type')).toBe('text/html');
    expect(await typed.text()).toBe('<p>gone</p>');
    expect(typed.headers.get('cache-control')).toBe('no-store');
    const ok = await fetch(`${origin}/ok`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-encoding')).toBe('gzip');
    expect(await ok.text()).toBe('ok'.repeat(2000));
    expect(ok.headers.get('cache-control')).toBe('public, max-age=300');
  });
});

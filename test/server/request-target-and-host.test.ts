import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allowsFraming, sendRawRequest, type RawResponse } from '../support/raw-request.ts';

const baseUrl = inject('baseUrl');
const { host: realHost } = new URL(baseUrl);

/** The path as the test understands it: decoded once and with dot segments resolved; null when it does not decode. */
function decodeAndNormalise(target: string): string | null {
  const rawPath = target.split('?', 1)[0] ?? '';
  try {
    return path.posix.normalize(decodeURIComponent(rawPath));
  } catch {
    return null;
  }
}

/** Whether a decoded, normalised path is an embed page, the only place other origins may frame. */
function isUnderEmbed(pathname: string | null): boolean {
  return pathname !== null && (pathname === '/embed' || pathname.startsWith('/embed/'));
}

/** What must be the same for the same path whatever else the request says. */
function identify(response: RawResponse): { status: number; contentType: string; body: string } {
  return { status: response.status, contentType: String(response.headers['content-type']), body: response.body };
}

describe('issue 14, item 1: the framing policy follows the decoded, normalised path', () => {
  it.each(['/embed/..%2fsearch/', '/embed/..%2farchitectures/authgear/', '/embed/..%2fcompare/', '/embed/..%2findex.html'])(
    'GET %s is refused with a JSON 400 and the no-framing policy, never another page under the embed policy',
    async (target) => {
      const response = await sendRawRequest(baseUrl, target);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(response.body)).toEqual({ error: { parameter: null, message: expect.stringContaining('".."') } });
      expect(allowsFraming(response)).toBe(false);
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it('serves an embed reached through an encoded slash as the embed page it decodes to, with the embed policy', async () => {
    const encoded = await sendRawRequest(baseUrl, '/embed%2fauthgear/');
    const plain = await sendRawRequest(baseUrl, '/embed/authgear/');
    expect(identify(encoded)).toEqual(identify(plain));
    expect(allowsFraming(encoded)).toBe(true);
  });

  it('never sends the embed policy unless the decoded, normalised path is under /embed/, and serves that path’s page', async () => {
    const segment = fc.constantFrom(
      'embed',
      'search',
      'architectures',
      'authgear',
      'azure',
      'compare',
      'index.html',
      'api',
      'ask',
      'llms.txt',
      '..',
      '.',
      '%2e%2e',
      '%2E%2e',
      '.%2e',
      '%2e',
      '',
      'embed%2f..',
      '..%2f',
      '%2f',
      '%2F',
      '%5c',
      '%',
      '%zz',
      '%00',
      'zzz',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(segment, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom('', '?autoheight=1', '?q=%E0%A4%A', '?x=%'),
        async (segments, trailingSlash, query) => {
          const target = `/${segments.join('/')}${trailingSlash ? '/' : ''}${query}`;
          const response = await sendRawRequest(baseUrl, target);
          expect(response.status, target).toBeLessThan(500);
          expect(response.headers['content-type'], target).toBeDefined();
          const normalised = decodeAndNormalise(target);
          if (allowsFraming(response)) expect(isUnderEmbed(normalised), target).toBe(true);
          if (response.status === 200 && normalised !== null) {
            // The page served is the page at the normalised path, asked for plainly.
            const plainTarget = `${normalised.split('/').map(encodeURIComponent).join('/')}${query === '?autoheight=1' ? query : ''}`;
            expect(identify(response), target).toEqual(identify(await sendRawRequest(baseUrl, plainTarget)));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('issue 14, item 2: the Host header never picks the page and never gives a 5xx', () => {
  // Every on-demand route, a prerendered page, an export and a miss.
  const targets = [
    '/api/ask?q=which%20database%20does%20authgear%20need',
    '/api/sizing?architecture=authgear&users=5',
    '/index.md',
    '/compare.md',
    '/architectures/authgear.md?ask=postgres',
    '/compare/authgear-vs-coder.md',
    '/ask/?q=redis',
    '/compare/custom/?v=authgear.default',
    '/',
    '/embed/authgear/',
    '/api/architectures.json',
    '/nope',
    '/embed/zzz',
  ];

  it.each(['user@evil.example', 'u@127.0.0.1'])('Host: %s answers every route exactly as the real Host does', async (host) => {
    for (const target of targets) {
      const hostile = await sendRawRequest(baseUrl, target, { host });
      expect(hostile.status, target).toBeLessThan(500);
      expect(identify(hostile), target).toEqual(identify(await sendRawRequest(baseUrl, target)));
    }
  });

  it('a Host holding a path does not replace the request path: GET /nope stays a 404, not the sizing JSON', async () => {
    const response = await sendRawRequest(baseUrl, '/nope', { host: `${realHost}/api/sizing?architecture=authgear&users=5#` });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('"totals"');
    expect(identify(response)).toEqual(identify(await sendRawRequest(baseUrl, '/nope')));
  });

  it('a Host pointing at /ask/ does not turn /embed/zzz into the ask page under the embed policy', async () => {
    const response = await sendRawRequest(baseUrl, '/embed/zzz', { host: `${realHost}/ask/?q=x#` });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Ask the knowledge base');
  });

  it('an empty Host on an API path answers the API, not the home page', async () => {
    const response = await sendRawRequest(baseUrl, '/api/sizing?architecture=authgear&users=5', { host: '' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(identify(response)).toEqual(identify(await sendRawRequest(baseUrl, '/api/sizing?architecture=authgear&users=5')));
  });

  it('no Host value yields a 5xx or a different answer than the path alone', async () => {
    const baselines = new Map<string, ReturnType<typeof identify>>();
    for (const target of targets) baselines.set(target, identify(await sendRawRequest(baseUrl, target)));
    const hostChar = fc.constantFrom(..."abcz09.-:@/?#[]%&=+ ~!$'()*,;_".split(''));
    const host = fc.oneof(
      fc.array(hostChar, { maxLength: 40 }).map((chars) => chars.join('')),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 }),
      fc.constantFrom('', 'user@evil.example', `${realHost}/api/ask?q=x#`, '[::1]:80', 'evil.example:99999', '..', '%2f'),
    );
    await fc.assert(
      fc.asyncProperty(host, fc.constantFrom(...targets), async (hostValue, target) => {
        const response = await sendRawRequest(baseUrl, target, { host: hostValue });
        expect(identify(response), `${target} with Host ${JSON.stringify(hostValue)}`).toEqual(baselines.get(target));
      }),
      { numRuns: 200 },
    );
  });
});

describe('issue 14, item 9: /llms.txt links hold wherever the site is served', () => {
  it('every link resolves on the server that served it (root-relative unless ARCHKB_SITE names the public origin)', async () => {
    const response = await sendRawRequest(baseUrl, '/llms.txt');
    const links = [...response.body.matchAll(/\]\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    expect(links.length).toBeGreaterThan(3);
    const origin = process.env.ARCHKB_SITE ? new URL(process.env.ARCHKB_SITE).origin : new URL(baseUrl).origin;
    for (const link of links) {
      const url = new URL(link, `${baseUrl}/llms.txt`);
      expect(url.origin, link).toBe(origin);
      if (!process.env.ARCHKB_SITE) expect((await sendRawRequest(baseUrl, url.pathname)).status, link).toBe(200);
    }
  });
});

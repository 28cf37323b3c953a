import http from 'node:http';
import autocannon from 'autocannon';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');
const { hostname, port } = new URL(baseUrl);

/** A marker that must never come back as markup: if it does, input was reflected unescaped. */
const MARKER = '<script>archkb-xss-7q</script>';

/** What the server answered to one raw request. */
interface RawResponse {
  status: number;
  contentType: string;
  /** The X-Content-Type-Options header, or empty. */
  nosniff: string;
  body: string;
}

/** Sends a GET with the request target exactly as given (no URL normalisation), with a hang guard. */
function rawGet(target: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: target, method: 'GET', timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          nosniff: String(response.headers['x-content-type-options'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within 15 s for ${target.slice(0, 120)}`)));
    request.on('error', reject);
    request.end();
  });
}

/** Elements that input turned into live markup: a script holding the marker, or any element with an inline handler. */
function findInjectedMarkup(html: string): string[] {
  const { document } = new JSDOM(html).window;
  const scripts = [...document.querySelectorAll('script')].filter((el) => el.textContent.includes('archkb-xss-7q'));
  const handlers = [...document.querySelectorAll('*')].filter((el) => el.getAttributeNames().some((name) => name.startsWith('on')));
  return [...scripts, ...handlers].map((el) => el.outerHTML.slice(0, 160));
}

/** Percent-encodes every UTF-8 byte of a string (lone surrogates become U+FFFD, as a browser would send). */
function encodeAll(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

/** Percent-encodes raw bytes, so invalid UTF-8 reaches the server. */
function encodeBytes(bytes: Uint8Array): string {
  return [...bytes].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Hand-picked hostile values: markup, traversal, injection, control characters, huge and empty. */
const hostileValues = [
  '',
  ' ',
  MARKER,
  `"><img src=x onerror=alert(1)>${MARKER}`,
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '\u0000\u0001\u001b[31m\u007f',
  '\r\nSet-Cookie: x=1',
  "' OR 1=1 --",
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  '\u202e\u200b\ufeff',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 ﷽',
  'a'.repeat(4_000),
  '9'.repeat(400),
  '-1',
  '1e309',
  'NaN',
];

/** A query value as it goes on the wire: encoded arbitrary text, raw bytes, or a hostile pick (also raw). */
const wireValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map(encodeAll),
  fc.string({ maxLength: 60 }).map(encodeURIComponent),
  fc.uint8Array({ maxLength: 80 }).map(encodeBytes),
  fc.constantFrom(...hostileValues).map(encodeAll),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '%FF%FE', '%00', '%%32%65', '+', '&&&', '=', '==='),
);

/**
 * The API answered like an API: a status below 500 and, from our code, a well-formed JSON body that a browser may
 * not read as anything else (application/json with nosniff), with 4xx bodies that say what is wrong. The JSON may
 * quote the question back, but only as a string value: echoed input can never become markup.
 */
function expectSafeApiResponse(response: RawResponse, target: string): void {
  expect(response.status, target).toBeGreaterThanOrEqual(200);
  expect(response.status, target).toBeLessThan(500);
  // Node answers request lines it cannot parse itself (431/414) before our code runs; those have no body to check.
  if (response.status === 431 || response.status === 414) {
    expect(response.body, target).toBe('');
    return;
  }
  expect(response.contentType, target).toMatch(/^application\/json/);
  expect(response.nosniff, target).toBe('nosniff');
  const body = JSON.parse(response.body) as { error?: unknown };
  if (response.status >= 400) expect(JSON.stringify(body.error ?? ''), target).not.toBe('""');
}

describe('GET /api/ask under hostile input', () => {
  it('never answers 5xx and answers only JSON with nosniff (echoed input stays data), for arbitrary q values and extra parameters', async () => {
    await fc.assert(
      fc.asyncProperty(
        wireValue,
        fc.array(fc.tuple(fc.constantFrom('q', 'Q', 'x', 'q[]', '__proto__', 'architecture'), wireValue), { maxLength: 3 }),
        async (q, extra) => {
          const target = `/api/ask?q=${q}${extra.map(([k, v]) => `&${k}=${v}`).join('')}`;
          expectSafeApiResponse(await rawGet(target), target);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers an empty, missing, repeated or huge question with a clear 4xx', async () => {
    for (const target of ['/api/ask', '/api/ask?q=', '/api/ask?q=%20%20', `/api/ask?q=${'a'.repeat(5_000)}`, '/api/ask?q=a&q=b']) {
      const response = await rawGet(target);
      expect(response.status, target).toBeGreaterThanOrEqual(400);
      expect(response.status, target).toBeLessThan(500);
      expect(response.contentType, target).toMatch(/^application\/json/);
      expect(String((JSON.parse(response.body) as { error?: unknown }).error ?? '').length, target).toBeGreaterThan(0);
    }
  });
});

describe('GET /api/sizing under hostile input', () => {
  const key = fc.constantFrom('architecture', 'variant', 'users', 'cloud', 'Architecture', 'users[]', '__proto__', '');

  it('never answers 5xx and answers only JSON with nosniff (echoed input stays data), for arbitrary and repeated parameters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, wireValue), { maxLength: 6 }), async (pairs) => {
        const target = `/api/sizing?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        expectSafeApiResponse(await rawGet(target), target);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the valid parameters and breaks one at a time: each answer is a 400 naming that parameter', async () => {
    const valid = { architecture: 'authgear', users: '1000', cloud: 'aws' };
    const ok = await rawGet(`/api/sizing?${new URLSearchParams(valid)}`);
    expect(ok.status).toBe(200);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('architecture', 'users', 'cloud'), fc.constantFrom(...hostileValues), async (name, value) => {
        const target = `/api/sizing?${new URLSearchParams({ ...valid, [name]: value })}`;
        const response = await rawGet(target);
        expectSafeApiResponse(response, target);
        expect(response.status, target).toBe(400);
        expect(response.body, target).toContain(name);
      }),
      { numRuns: 60 },
    );
  });
});

describe('GET /oembed under hostile input', () => {
  const key = fc.constantFrom('url', 'format', 'maxwidth', 'maxheight', 'URL', 'callback', '__proto__', '');

  it('never answers 5xx, always JSON, never reflects markup, for arbitrary and repeated parameters', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, wireValue), { maxLength: 5 }), async (pairs) => {
        const target = `/oembed?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`;
        const response = await rawGet(target);
        expectSafeApiResponse(response, target);
        expect(response.body, target).not.toContain(MARKER);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the server under hostile paths', () => {
  const pathChars = fc.constantFrom(..."/../\\%2e%2E%2f%5c%00%ff%c0%af~;:@!$&'()*+,=?#abcAZ09_-".split(''));

  it('never answers 5xx and never reflects markup for traversal, bad percent-encoding and odd characters', async () => {
    const fixed = [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
      '/..\\..\\windows\\win.ini',
      '/%',
      '/%zz',
      '/%E0%A4%A',
      '/%00',
      '/architectures/%ff/',
      '//evil.example.com/',
      '/embed/../../etc/passwd',
      '/pagefind/../../../../etc/passwd',
      '/_astro/..%2f..%2fpackage.json',
      `/${encodeURIComponent(MARKER)}`,
      `/architectures/${encodeURIComponent(MARKER)}/`,
      `/${'a'.repeat(8_000)}`,
      `/${'%2e%2e/'.repeat(2_000)}`,
      '/?'.padEnd(30_000, 'x'),
    ];
    for (const target of fixed) {
      const response = await rawGet(target);
      expect(response.status, target.slice(0, 100)).toBeLessThan(500);
      expect(response.body).not.toContain('root:x:0:0');
      if (/html/.test(response.contentType)) expect(findInjectedMarkup(response.body), target.slice(0, 100)).toEqual([]);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(pathChars, { maxLength: 60 }), async (chars) => {
        const target = `/${chars.join('')}`;
        const response = await rawGet(target);
        expect(response.status, target).toBeLessThan(500);
        expect(response.body).not.toContain('root:x:0:0');
      }),
      { numRuns: 150 },
    );
    // Still serving after all that.
    expect((await rawGet('/')).status).toBe(200);
  });
});

describe('HTML pages that read the query string', () => {
  it('never reflect markup from query parameters unescaped and never answer 5xx', async () => {
    const marker = encodeURIComponent(MARKER);
    const targets = [
      `/ask/?q=${marker}`,
      `/ask/?q=${encodeURIComponent(`"><img src=x onerror=alert(1)>${MARKER}`)}`,
      `/search/?q=${marker}`,
      `/compare/custom/?a=${marker}&b=authgear`,
      `/compare/custom/?ids=${marker}`,
      `/compare/?a=${marker}`,
      `/sizing/authgear/?users=${marker}&cloud=${marker}`,
      `/embed/authgear/?theme=${marker}`,
      `/architectures/authgear/?${marker}=${marker}`,
    ];
    for (const target of targets) {
      const response = await rawGet(target);
      expect(response.status, target).toBeLessThan(500);
      expect(response.contentType, target).toMatch(/^text\/html/);
      // A quoted attribute value may hold "<script>" as text; what must never happen is input becoming elements.
      expect(findInjectedMarkup(response.body), target).toEqual([]);
    }
  });
});

describe('sustained load on loopback', () => {
  it('the pages and endpoints answer a few seconds of concurrent requests with no errors and no 5xx', async () => {
    const result = await autocannon({
      url: baseUrl,
      connections: 8,
      duration: 3,
      requests: [
        { method: 'GET', path: '/' },
        { method: 'GET', path: '/architectures/authgear/' },
        { method: 'GET', path: '/api/sizing?architecture=authgear&users=5000&cloud=aws' },
        { method: 'GET', path: '/api/sizing?architecture=nope&users=1' },
        { method: 'GET', path: '/api/ask?q=which%20database%20does%20authgear%20need' },
        { method: 'GET', path: '/no-such-page/' },
      ],
    });
    expect(result.requests.total).toBeGreaterThan(0);
    expect({ errors: result.errors, timeouts: result.timeouts, '5xx': result['5xx'] }).toEqual({ errors: 0, timeouts: 0, '5xx': 0 });
    expect(result['1xx'] + result['3xx']).toBe(0);
  });
});

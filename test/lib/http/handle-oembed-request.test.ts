import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  buildOembedDiscoveryUrl,
  handleOembedRequest,
  listEmbeddablePages,
  OEMBED_DEFAULT_SIZE,
  type OembedBody,
} from '../../../src/lib/http/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const architectures = loadContentArchitectures();
const site = { origin: new URL('https://archkb.example'), requestOrigin: 'http://127.0.0.1:4321' };

/** Runs the handler on query parameters. */
function request(params: Record<string, string>) {
  return handleOembedRequest(`?${new URLSearchParams(params).toString()}`, architectures, site);
}

/** The iframe in an oEmbed html field. */
function readIframe(html: string): HTMLIFrameElement | null {
  return new JSDOM(html).window.document.querySelector('iframe');
}

describe('handleOembedRequest', () => {
  const pages = listEmbeddablePages(architectures);

  it('lists every variant page and the comparison as embeddable', () => {
    expect(pages).toHaveLength(architectures.flatMap((a) => a.variants).length + 1);
    expect(pages.map((page) => page.embed).every((embed) => embed.startsWith('/embed/'))).toBe(true);
  });

  it.each(pages.map((page) => [page.page, page] as const))('answers %s with a rich embed of its /embed/ twin', (_path, page) => {
    const response = request({ url: new URL(page.page, site.origin).href, format: 'json' });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.contentType).toMatch(/^application\/json/);
    const body = JSON.parse(response.body) as OembedBody;
    expect(body).toMatchObject({ version: '1.0', type: 'rich', title: page.title, provider_name: 'archkb', ...OEMBED_DEFAULT_SIZE });
    const frame = readIframe(body.html);
    expect(frame?.getAttribute('src')).toBe(new URL(page.embed, site.origin).href);
    expect(frame?.getAttribute('width')).toBe(String(body.width));
    expect(frame?.getAttribute('height')).toBe(String(body.height));
    expect(new JSDOM(body.html).window.document.querySelectorAll('script')).toHaveLength(0);
  });

  it('answers for a guide given with the guides, with the guide title and its /embed/guides/ twin, and not without them', () => {
    const guides = [{ id: 'deploying-x', title: 'Deploying X' }];
    const url = `?url=${encodeURIComponent('https://archkb.example/guides/deploying-x/')}`;
    const response = handleOembedRequest(url, architectures, site, guides);
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    const body = JSON.parse(response.body) as OembedBody;
    expect(body.title).toBe('Deploying X');
    expect(readIframe(body.html)?.getAttribute('src')).toBe('https://archkb.example/embed/guides/deploying-x/');
    expect(handleOembedRequest(url, architectures, site).status).toBe(404);
  });

  it('accepts the page without a trailing slash, on the origin the request came to, or the embed URL itself; json by default', () => {
    const [first] = pages;
    const urls = [
      `https://archkb.example${first?.page.replace(/\/$/, '')}`,
      `http://127.0.0.1:4321${first?.page}?tab=x#components`,
      `https://archkb.example${first?.embed}`,
    ];
    for (const url of urls) expect(handleOembedRequest(`?url=${encodeURIComponent(url)}`, architectures, site).status, url).toBe(200);
  });

  it('honours maxwidth and maxheight, never growing past the default size', () => {
    const url = new URL('/compare/', site.origin).href;
    const small = request({ url, maxwidth: '320', maxheight: '240' });
    const large = request({ url, maxwidth: '5000', maxheight: '5000' });
    if (small.status !== 200 || large.status !== 200) throw new Error('expected 200s');
    expect(JSON.parse(small.body)).toMatchObject({ width: 320, height: 240 });
    expect(JSON.parse(large.body)).toMatchObject(OEMBED_DEFAULT_SIZE);
    expect(readIframe((JSON.parse(small.body) as OembedBody).html)?.getAttribute('width')).toBe('320');
  });

  it('serves the XML format too, with the html escaped as text', () => {
    const response = request({ url: new URL('/compare/', site.origin).href, format: 'xml', maxwidth: '500' });
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.contentType).toMatch(/^text\/xml/);
    const document = new JSDOM(response.body, { contentType: 'text/xml' }).window.document;
    expect(document.querySelector('oembed > type')?.textContent).toBe('rich');
    expect(document.querySelector('oembed > width')?.textContent).toBe('500');
    expect(readIframe(document.querySelector('oembed > html')?.textContent ?? '')?.getAttribute('src')).toBe(
      'https://archkb.example/embed/compare/',
    );
  });

  it.each([
    [{}, 400, 'url'],
    [{ url: '' }, 400, 'url'],
    [{ url: 'not a url' }, 400, 'url'],
    [{ url: '/architectures/authgear/' }, 400, 'url'],
    [{ url: 'javascript:alert(1)' }, 400, 'url'],
    [{ url: `https://archkb.example/${'a'.repeat(3000)}/` }, 400, 'url'],
    [{ url: 'https://archkb.example/compare/', format: 'yaml' }, 400, 'format'],
    [{ url: 'https://archkb.example/compare/', maxwidth: '0' }, 400, 'maxwidth'],
    [{ url: 'https://archkb.example/compare/', maxwidth: '12.5' }, 400, 'maxwidth'],
    [{ url: 'https://archkb.example/compare/', maxheight: '-1' }, 400, 'maxheight'],
    [{ url: 'https://elsewhere.example/architectures/authgear/' }, 404, 'url'],
    [{ url: 'https://archkb.example/sizing/authgear/' }, 404, 'url'],
    [{ url: 'https://archkb.example/architectures/nope/' }, 404, 'url'],
    [{ url: 'https://archkb.example/compare/authgear-vs-coder/' }, 404, 'url'],
  ] as const)('answers %j with %i naming %s', (params, status, parameter) => {
    const response = request(params);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { parameter } });
  });

  it('rejects a repeated parameter and malformed percent-encoding with a 400', () => {
    expect(handleOembedRequest('?url=a&url=b', architectures, site)).toMatchObject({ status: 400, body: { error: { parameter: 'url' } } });
    expect(handleOembedRequest('?url=%E0%A4%A', architectures, site)).toMatchObject({ status: 400, body: { error: { parameter: 'url' } } });
  });

  it('never answers 5xx and never echoes what it was sent', () => {
    fc.assert(
      // The x7q prefix makes an echo detectable: no message contains it by chance.
      fc.property(
        fc.string().map((text) => `x7q${text}`),
        fc.string(),
        (url, format) => {
          const response = request({ url: `https://archkb.example/${url}`, format });
          expect(response.status).toBeLessThan(500);
          if (response.status !== 200) expect(JSON.stringify(response.body)).not.toContain(url);
        },
      ),
    );
  });
});

describe('buildOembedDiscoveryUrl', () => {
  it('points at /oembed on the page origin with the page URL encoded', () => {
    const url = new URL(buildOembedDiscoveryUrl(new URL('https://archkb.example/architectures/authgear/')));
    expect(url.origin + url.pathname).toBe('https://archkb.example/oembed');
    expect(url.searchParams.get('url')).toBe('https://archkb.example/architectures/authgear/');
    expect(url.searchParams.get('format')).toBe('json');
  });
});

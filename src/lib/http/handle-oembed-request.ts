import type { Architecture } from '../../schemas/architecture.ts';
import { generateEmbedSnippet } from '../formats/index.ts';
import type { Guide } from '../guides/index.ts';
import { buildErrorBody, type ErrorBody } from './build-response.ts';
import { findMalformedQueryParameter } from './find-malformed-query-parameter.ts';
import { listEmbeddablePages } from './list-embeddable-pages.ts';

/** Path of the oEmbed endpoint. */
export const OEMBED_PATH = '/oembed';

/** Size of the embed when the consumer sets no maximum: wide enough for the components table, 600 px like the iframe code. */
export const OEMBED_DEFAULT_SIZE = { width: 800, height: 600 } as const;

/** Longest `url` accepted; a page address is far shorter. */
const MAX_URL_LENGTH = 2048;

/** The oEmbed 1.0 `rich` response (https://oembed.com/ section 2.3.4). */
export interface OembedBody {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: 'archkb';
  provider_url: string;
  /** Seconds a consumer may cache the response. */
  cache_age: number;
  /** The chrome-free iframe of the page's /embed/ twin. */
  html: string;
  width: number;
  height: number;
}

/** What the endpoint answers: the serialised body (JSON or XML as asked) or a JSON error naming the parameter. */
export type OembedResponse =
  | { status: 200; body: string; contentType: string }
  | { status: 400 | 404; body: ErrorBody; contentType: 'application/json; charset=utf-8' };

/** Builds an error response naming the parameter. */
function reject(status: 400 | 404, parameter: string, message: string): OembedResponse {
  return { status, body: buildErrorBody(parameter, message), contentType: 'application/json; charset=utf-8' };
}

/** Escapes text for an XML element. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Serialises the body as the oEmbed XML format: one <oembed> element with a child per field. */
function toXml(body: OembedBody): string {
  const fields = Object.entries(body).map(([name, value]) => `  <${name}>${escapeXml(String(value))}</${name}>`);
  return ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<oembed>', ...fields, '</oembed>', ''].join('\n');
}

/** Reads a maximum size: absent is null, a whole number of pixels from 1 is that number, anything else is undefined. */
function readMaxSize(value: string | null): number | null | undefined {
  if (value === null) return null;
  return /^\d{1,5}$/.test(value) && Number(value) >= 1 ? Number(value) : undefined;
}

/** The site-relative path of `url` when it is on one of the origins archkb answers for, with a trailing slash. */
function toSitePath(url: URL, origins: readonly string[]): string | undefined {
  if (!origins.includes(url.origin)) return undefined;
  return url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
}

/**
 * Answers GET /oembed?url=<page>[&format=json|xml][&maxwidth=N][&maxheight=N] for a page with an embed: a `rich`
 * response whose html is the page's chrome-free iframe, sized within maxwidth/maxheight. Bad input is a 400 and a URL
 * that is not an archkb page with an embed a 404, both naming the parameter; nothing from the request is echoed.
 * Both formats oEmbed defines are served, so its 501 (format not implemented) never arises.
 */
export function handleOembedRequest(
  search: string,
  architectures: readonly Architecture[],
  site: { origin: URL; requestOrigin: string },
  guides: readonly Pick<Guide, 'id' | 'title'>[] = [],
): OembedResponse {
  const malformed = findMalformedQueryParameter(search);
  if (malformed !== null)
    return reject(400, malformed, 'the query string is not valid percent-encoding; encode url with encodeURIComponent.');
  const params = new URLSearchParams(search);
  for (const name of ['url', 'format', 'maxwidth', 'maxheight']) {
    if (params.getAll(name).length > 1) return reject(400, name, `${name} is given more than once; give it once.`);
  }
  const example = new URL('/architectures/authgear/', site.origin).href;
  const urlText = params.get('url');
  if (urlText === null || urlText === '') return reject(400, 'url', `url is required: the address of an archkb page, such as ${example}.`);
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    return reject(400, 'url', `url must be an absolute http or https address, such as ${example}.`);
  }
  if (urlText.length > MAX_URL_LENGTH || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return reject(400, 'url', `url must be an absolute http or https address, such as ${example}.`);
  }
  const format = params.get('format') ?? 'json';
  if (format !== 'json' && format !== 'xml') return reject(400, 'format', 'format must be json or xml (or left out for json).');
  const maxWidth = readMaxSize(params.get('maxwidth'));
  if (maxWidth === undefined) return reject(400, 'maxwidth', 'maxwidth must be a whole number of pixels from 1.');
  const maxHeight = readMaxSize(params.get('maxheight'));
  if (maxHeight === undefined) return reject(400, 'maxheight', 'maxheight must be a whole number of pixels from 1.');

  const path = toSitePath(url, [site.origin.origin, site.requestOrigin]);
  const page =
    path === undefined
      ? undefined
      : listEmbeddablePages(architectures, guides).find((entry) => entry.page === path || entry.embed === path);
  if (!page) {
    return reject(
      404,
      'url',
      `url is not an archkb page with an embed; use an architecture page, a guide or ${new URL('/compare/', site.origin).href}.`,
    );
  }
  const width = Math.min(OEMBED_DEFAULT_SIZE.width, maxWidth ?? Number.POSITIVE_INFINITY);
  const height = Math.min(OEMBED_DEFAULT_SIZE.height, maxHeight ?? Number.POSITIVE_INFINITY);
  const body: OembedBody = {
    version: '1.0',
    type: 'rich',
    title: page.title,
    provider_name: 'archkb',
    provider_url: new URL('/', site.origin).href,
    cache_age: 300,
    html: generateEmbedSnippet(new URL(page.embed, site.origin), `${page.title} (archkb)`, { width, height, autoHeight: false }),
    width,
    height,
  };
  return format === 'json'
    ? { status: 200, body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' }
    : { status: 200, body: toXml(body), contentType: 'text/xml; charset=utf-8' };
}

/** The discovery address of a page's oEmbed: what its `<link rel="alternate" type="application/json+oembed">` points at. */
export function buildOembedDiscoveryUrl(pageUrl: URL, format: 'json' | 'xml' = 'json'): string {
  const endpoint = new URL(OEMBED_PATH, pageUrl);
  endpoint.searchParams.set('url', pageUrl.href);
  endpoint.searchParams.set('format', format);
  return endpoint.href;
}

import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import type { CatalogueJson, ExportUrls } from '../../src/lib/catalogue/index.ts';
import { toComparisonEmbedPath, toComparisonExportPath, toComparisonPath } from '../../src/lib/model/index.ts';

const baseUrl = inject('baseUrl');

/** Content type each kind of export must be served with. */
const expectedTypes: Record<keyof ExportUrls, RegExp> = {
  page: /^text\/html\b/,
  embed: /^text\/html\b/,
  markdown: /^text\/markdown\b/,
  csv: /^text\/csv\b/,
  json: /^application\/json\b/,
  mermaid: /^text\/plain\b/,
  svg: /^image\/svg\+xml\b/,
};

/** Every variant's urls as /api/architectures.json lists them, plus the architecture-level ones. */
async function listCatalogueUrls(): Promise<ExportUrls[]> {
  const response = await fetch(`${baseUrl}/api/architectures.json`);
  expect(response.status).toBe(200);
  const catalogue = (await response.json()) as CatalogueJson;
  return catalogue.architectures.flatMap((entry) => [entry.urls, ...entry.variants.map((variant) => variant.urls)]);
}

/** Fetches a page and parses it. */
async function fetchDocument(path: string): Promise<{ response: Response; document: Document }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { response, document: new JSDOM(await response.text()).window.document };
}

/** Asserts the framing headers let any origin frame the response. */
function expectFramable(response: Response): void {
  expect(response.headers.get('x-frame-options')).toBeNull();
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*(;|$)/);
}

describe('embeds', () => {
  it('every architecture and variant embed has no site chrome, no inline script, the table, and may be framed anywhere', async () => {
    const embeds = [...new Set((await listCatalogueUrls()).map((urls) => urls.embed)), toComparisonEmbedPath()];
    expect(embeds.length).toBeGreaterThan(2);
    for (const path of embeds) {
      const { response, document } = await fetchDocument(path);
      expect(response.status, path).toBe(200);
      expectFramable(response);
      expect(document.querySelectorAll('header, nav, footer'), path).toHaveLength(0);
      expect(document.querySelector('table'), path).not.toBeNull();
      const scripts = [...document.querySelectorAll('script')];
      expect(
        scripts.filter((script) => !script.getAttribute('src') || script.textContent?.trim()),
        path,
      ).toEqual([]);
      expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  it('ships the auto-height messenger as an external script that posts only a height, and only with ?autoheight=1', async () => {
    const embed = (await listCatalogueUrls())[0]?.embed ?? '';
    const { document } = await fetchDocument(embed);
    const sources = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src') ?? '');
    const bodies = await Promise.all(sources.map(async (src) => (await fetch(new URL(src, baseUrl))).text()));
    const messenger = bodies.find((body) => body.includes('archkb:height')) ?? '';
    expect(messenger).not.toBe('');
    /** Runs the messenger in a framed window at `query` and returns what it posted to the parent. */
    const run = (query: string): unknown[][] => {
      const dom = new JSDOM('<body><p>x</p></body>', { url: `${baseUrl}${embed}${query}`, runScripts: 'outside-only' });
      const posted: unknown[][] = [];
      Object.defineProperty(dom.window, 'parent', { value: { postMessage: (...args: unknown[]) => posted.push(args) } });
      Object.defineProperty(dom.window, 'ResizeObserver', {
        value: class {
          observe(): void {}
        },
      });
      dom.window.document.documentElement.getBoundingClientRect = () => ({ height: 480.2 }) as DOMRect;
      dom.window.eval(messenger);
      return posted;
    };
    expect(run('?autoheight=1')).toEqual([[{ type: 'archkb:height', height: 481 }, '*']]);
    expect(run('')).toEqual([]);
  });

  it('a normal page still refuses to be framed', async () => {
    const page = (await listCatalogueUrls())[0]?.page ?? '/';
    for (const path of ['/', page, '/compare/']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('answers an unknown or hostile embed path with a 404 that does not reflect it', async () => {
    const response = await fetch(`${baseUrl}/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E/`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<script>alert(1)');
  });
});

describe('exports listed in /api/architectures.json', () => {
  it('every export URL of every variant answers 200 with the right content type', async () => {
    const all = await listCatalogueUrls();
    const checked = new Set<string>();
    for (const urls of all) {
      for (const [kind, path] of Object.entries(urls) as [keyof ExportUrls, string][]) {
        if (checked.has(path)) continue;
        checked.add(path);
        const response = await fetch(`${baseUrl}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get('content-type'), path).toMatch(expectedTypes[kind]);
        expect((await response.text()).length, path).toBeGreaterThan(0);
      }
    }
    expect(checked.size).toBe((all.length - new Set(all.map((urls) => urls.page.split('/')[2])).size) * 7);
  });

  it('the comparison exports answer 200 with the right content type', async () => {
    for (const [format, type] of [
      ['markdown', expectedTypes.markdown],
      ['csv', expectedTypes.csv],
      ['json', expectedTypes.json],
    ] as const) {
      const response = await fetch(`${baseUrl}${toComparisonExportPath(format)}`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type'), format).toMatch(type);
    }
  });

  it('the architecture page links every export with a plain link and shows the iframe code for its embed', async () => {
    for (const urls of await listCatalogueUrls()) {
      const { document } = await fetchDocument(urls.page);
      const section = document.querySelector('.export-links');
      expect(section, urls.page).not.toBeNull();
      const hrefs = [...(section?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href'));
      expect(hrefs, urls.page).toEqual(expect.arrayContaining([urls.markdown, urls.mermaid, urls.embed, urls.csv, urls.json, urls.svg]));
      const snippet = new JSDOM(section?.querySelector('pre code')?.textContent ?? '').window.document.querySelector('iframe');
      expect(new URL(snippet?.getAttribute('src') ?? '').pathname, urls.page).toBe(urls.embed);
    }
  });

  it('the comparison page links its exports and shows the iframe code for its embed', async () => {
    const { document } = await fetchDocument('/compare/');
    const section = document.querySelector('.export-links');
    const hrefs = [...(section?.querySelectorAll('a[href]') ?? [])].map((a) => a.getAttribute('href'));
    const paths = [
      toComparisonExportPath('markdown'),
      toComparisonExportPath('csv'),
      toComparisonExportPath('json'),
      toComparisonEmbedPath(),
    ];
    expect(hrefs).toEqual(expect.arrayContaining(paths));
    const snippet = new JSDOM(section?.querySelector('pre code')?.textContent ?? '').window.document.querySelector('iframe');
    expect(new URL(snippet?.getAttribute('src') ?? '').pathname).toBe(toComparisonEmbedPath());
  });
});

describe('oEmbed', () => {
  /** The oEmbed discovery link of a page, fetched from the test server whatever origin the build was given. */
  async function discover(path: string): Promise<URL> {
    const { document } = await fetchDocument(path);
    const href = document.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href');
    expect(href, path).toBeTruthy();
    const discovered = new URL(href ?? '');
    return new URL(`${discovered.pathname}${discovered.search}`, baseUrl);
  }

  it('every architecture page and the comparison advertise an oEmbed whose iframe shows their embed, which may be framed', async () => {
    const pages = [...new Set((await listCatalogueUrls()).map((urls) => JSON.stringify([urls.page, urls.embed])))].map(
      (pair) => JSON.parse(pair) as [string, string],
    );
    for (const [page, embed] of [...pages, [toComparisonPath(), toComparisonEmbedPath()] as [string, string]]) {
      const response = await fetch(await discover(page));
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type'), page).toMatch(/^application\/json/);
      expect(response.headers.get('x-frame-options'), page).toBe('DENY');
      const body = (await response.json()) as { type: string; html: string; width: number; height: number };
      expect(body.type).toBe('rich');
      const src = new JSDOM(body.html).window.document.querySelector('iframe')?.getAttribute('src') ?? '';
      expect(new URL(src).pathname, page).toBe(embed);
      expectFramable(await fetch(`${baseUrl}${new URL(src).pathname}`));
    }
  });

  it('every guide listed on /guides/ advertises an oEmbed of its chrome-free embed, which may be framed and cites its sources', async () => {
    const { document: index } = await fetchDocument('/guides/');
    const guides = [
      ...new Set(
        [...index.querySelectorAll('main a[href^="/guides/"]')].map((a) => a.getAttribute('href') ?? '').filter((h) => h !== '/guides/'),
      ),
    ];
    expect(guides.length).toBeGreaterThan(0);
    for (const page of guides) {
      const response = await fetch(await discover(page));
      expect(response.status, page).toBe(200);
      const body = (await response.json()) as { type: string; html: string; title: string };
      const src = new URL(new JSDOM(body.html).window.document.querySelector('iframe')?.getAttribute('src') ?? '');
      expect(src.pathname, page).toBe(`/embed${page}`);
      const embed = await fetchDocument(src.pathname);
      expectFramable(embed.response);
      expect(embed.document.querySelector('header, nav'), page).toBeNull();
      expect(embed.document.querySelector('h1')?.textContent, page).toBe(body.title);
      expect(embed.document.querySelectorAll('#sources + ol li, #sources ~ * li').length, page).toBeGreaterThan(0);
    }
  });

  it('honours maxwidth and serves XML on request', async () => {
    const discovered = await discover(toComparisonPath());
    discovered.searchParams.set('maxwidth', '400');
    expect(await (await fetch(discovered)).json()).toMatchObject({ width: 400 });
    discovered.searchParams.set('format', 'xml');
    const xml = await fetch(discovered);
    expect(xml.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await xml.text()).toContain('<type>rich</type>');
  });

  it('answers bad input with a JSON 400 and an unknown page with a JSON 404, echoing neither', async () => {
    for (const [query, status] of [
      ['', 400],
      ['?url=%3Cscript%3E', 400],
      [`?url=${encodeURIComponent(`${baseUrl}/compare/`)}&format=yaml`, 400],
      [`?url=${encodeURIComponent(`${baseUrl}/nope-%3Cb%3E/`)}`, 404],
    ] as const) {
      const response = await fetch(`${baseUrl}/oembed${query}`);
      expect(response.status, query).toBe(status);
      expect(response.headers.get('content-type'), query).toMatch(/^application\/json/);
      const text = await response.text();
      expect(text, query).not.toMatch(/<script|nope/);
      expect(JSON.parse(text), query).toMatchObject({ error: { parameter: expect.any(String) } });
    }
  });
});

describe('use it in your docs', () => {
  it('each page with exports shows recipes for every docs tool, and its Markdown ends with a link back', async () => {
    const urls = (await listCatalogueUrls())[0];
    const pages: [string, string][] = [
      [urls?.page ?? '', urls?.markdown ?? ''],
      [toComparisonPath(), toComparisonExportPath('markdown')],
    ];
    for (const [page, markdown] of pages) {
      const { document } = await fetchDocument(page);
      const tools = [...document.querySelectorAll('.docs-recipes h3')].map((heading) => heading.textContent ?? '');
      expect(tools.join(' | '), page).toMatch(/Docusaurus.*Starlight.*VitePress.*MkDocs.*GitHub.*Notion/);
      const text = await (await fetch(`${baseUrl}${markdown}`)).text();
      expect(text.trimEnd().split('\n').at(-1), markdown).toMatch(
        new RegExp(
          `^Source: \\[.+\\]\\(https?://[^)]+${page.replace(/\//g, '\\/')}\\) on archkb · export schema 1 · content [0-9a-f]{12}, sources read by \\d{4}-\\d{2}-\\d{2}$`,
        ),
      );
    }
  });
});

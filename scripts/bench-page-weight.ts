// Page weight as a browser sees it: every response a plain page load fetches, gzipped, by kind.
import { gzipSync } from 'node:zlib';
import { launchChromium } from './launch-chromium.ts';

/** Gzipped bytes one page load fetched, by kind, plus the script URLs (to tell diagram JS apart). */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  scripts: { url: string; gzip: number }[];
}

/** Reads the site's sitemap through the server and returns the page paths. */
export async function listPagePaths(baseUrl: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
  const sitemaps = locs(await (await fetch(`${baseUrl}/sitemap-index.xml`)).text());
  const pages = await Promise.all(sitemaps.map(async (p) => locs(await (await fetch(`${baseUrl}${p}`)).text())));
  return [...new Set(pages.flat())].sort();
}

/** Loads each page in Chromium (no cache) and sums the gzipped size of everything it fetched until the network is idle. */
export async function measurePageWeights(baseUrl: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const pathname of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ kind: string; url: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        const kind = response.request().resourceType();
        bodies.push(
          response
            .body()
            .then((body) => ({ kind, url: response.url(), gzip: gzipSync(body, { level: 9 }).length }))
            .catch(() => ({ kind, url: response.url(), gzip: 0 })),
        );
      });
      await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
      const fetched = await Promise.all(bodies);
      await context.close();
      const sum = (kinds: string[]) => fetched.filter((f) => kinds.includes(f.kind)).reduce((total, f) => total + f.gzip, 0);
      const html = sum(['document']);
      const css = sum(['stylesheet']);
      const js = sum(['script']);
      const total = fetched.reduce((t, f) => t + f.gzip, 0);
      weights.push({
        path: pathname,
        html,
        css,
        js,
        other: total - html - css - js,
        total,
        scripts: fetched.filter((f) => f.kind === 'script').map((f) => ({ url: new URL(f.url).pathname, gzip: f.gzip })),
      });
    }
    return weights;
  } finally {
    await browser.close();
  }
}

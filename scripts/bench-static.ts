// Static mode in a browser: what the pages with a browser-side engine fetch on a plain load, and what they fetch when a
// reader first uses the feature (engine code, and data), from a static build served by a plain file server.
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { createStaticFileServer } from '../test/support/serve-static-files.ts';
import { launchChromium } from './launch-chromium.ts';

/** Gzipped bytes a feature page fetched: JavaScript on load, then JavaScript code and data on first use. */
export interface StaticFeatureWeight {
  feature: string;
  path: string;
  jsOnLoad: number;
  codeOnUse: number;
  dataOnUse: number;
  dataFiles: string[];
}

/** Whether a fetched file is data: the JSON the build wrote for the engines, or the registries' data chunk. */
function isData(url: string): boolean {
  const pathname = new URL(url).pathname;
  return pathname.startsWith('/data/') || /\/registries-data\.[\w-]+\.js$/.test(pathname);
}

/** Serves `<outDir>/client` as plain files and measures the sizing, ask and comparison pages. */
export async function measureStaticFeatures(outDir: string): Promise<StaticFeatureWeight[]> {
  const server = createStaticFileServer(path.join(outDir, 'client'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchChromium();
  const features: { feature: string; path: string; use: (page: Page) => Promise<void> }[] = [
    {
      feature: 'sizing',
      path: '/sizing/authgear/',
      use: async (page) => {
        await page.fill('form[data-sizing-form] input[name="users"]', '2500');
        await page.press('form[data-sizing-form] input[name="users"]', 'Enter');
        await page.locator('[data-sizing-output] tfoot').waitFor();
      },
    },
    {
      feature: 'ask',
      path: '/ask/',
      use: async (page) => {
        await page.goto(`${baseUrl}/ask/?q=${encodeURIComponent('Which database does Authgear need?')}`, { waitUntil: 'load' });
        await page.locator('#answer-heading').waitFor();
      },
    },
    {
      feature: 'comparison picker',
      path: '/compare/custom/',
      use: async (page) => {
        await page.goto(`${baseUrl}/compare/custom/?v=authgear.self-managed&v=keycloak.single-cluster`, { waitUntil: 'load' });
        await page.locator('main table thead').waitFor();
      },
    },
  ];
  try {
    const results: StaticFeatureWeight[] = [];
    for (const { feature, path: pagePath, use } of features) {
      const context = await browser.newContext();
      const page = await context.newPage();
      let phase: 'load' | 'use' = 'load';
      const fetched: Promise<{ phase: string; kind: string; url: string; gzip: number }>[] = [];
      page.on('response', (response) => {
        const at = phase;
        const kind = response.request().resourceType();
        fetched.push(
          response
            .body()
            .then((body) => ({ phase: at, kind, url: response.url(), gzip: gzipSync(body, { level: 9 }).length }))
            .catch(() => ({ phase: at, kind, url: response.url(), gzip: 0 })),
        );
      });
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
      phase = 'use';
      await use(page);
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(fetched);
      await context.close();
      // A page loaded again for the feature fetches its own scripts again from the cache-less context; count files once.
      const seen = new Set(all.filter((f) => f.phase === 'load').map((f) => f.url.split('?')[0]));
      const onUse = all.filter(
        (f) => f.phase === 'use' && !seen.has(f.url.split('?')[0]) && (f.kind === 'script' || f.kind === 'fetch' || f.kind === 'xhr'),
      );
      results.push({
        feature,
        path: pagePath,
        jsOnLoad: all.filter((f) => f.phase === 'load' && f.kind === 'script').reduce((t, f) => t + f.gzip, 0),
        codeOnUse: onUse.filter((f) => !isData(f.url)).reduce((t, f) => t + f.gzip, 0),
        dataOnUse: onUse.filter((f) => isData(f.url)).reduce((t, f) => t + f.gzip, 0),
        dataFiles: onUse.filter((f) => isData(f.url)).map((f) => new URL(f.url).pathname),
      });
    }
    return results;
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

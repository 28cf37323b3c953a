import { describe, expect, inject, it } from 'vitest';
import { recordPageProblems, useBrowser, withPage } from '../support/browser.ts';
import { listPagesToCheck } from '../support/site-pages.ts';

const baseUrl = inject('baseUrl');
const paths = await listPagesToCheck(baseUrl);
const browser = useBrowser();

describe('every sitemap page and embed in a real browser', () => {
  it('the sitemap lists the home page and at least one architecture', () => {
    expect(paths).toContain('/');
    expect(paths.some((p) => p.startsWith('/architectures/'))).toBe(true);
  });

  it.each(paths)('%s loads with no console error, CSP violation or failed request, and without Pagefind', async (pathname) => {
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
      // Pagefind loads on demand (when a search starts), never with a plain page load, the search page included.
      expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    });
  });
});

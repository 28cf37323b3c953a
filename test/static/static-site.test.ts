import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';

// Runs only with ARCHKB_TEST_OUTPUT=static (npm run test:static): the static build served by a plain file server.
const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Fetches a path from the static site. */
const get = (path: string) => fetch(`${baseUrl}${path}`);

describe('static build served by a plain file server', () => {
  it('is served as static files: no server endpoints exist', async () => {
    expect(inject('output')).toBe('static');
    for (const path of ['/api/sizing?architecture=authgear&users=100', '/api/ask?q=What%20does%20Authgear%20need%3F', '/oembed?url=x']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('has every page’s Markdown twin as a file', async () => {
    for (const [path, heading] of [
      ['/architectures/authgear.md', /^# Authgear/m],
      ['/architectures/keycloak/multi-cluster.md', /^# Keycloak/m],
      ['/index.md', /^# /m],
      ['/compare.md', /^# Compare architectures/m],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toMatch(heading);
    }
  });

  it('has the exports and embeds as files', async () => {
    for (const path of [
      '/architectures/authgear/self-managed/components.csv',
      '/architectures/authgear/self-managed/components.json',
      '/architectures/authgear/self-managed/components.md',
      '/architectures/authgear/self-managed/diagram.mmd',
      '/architectures/authgear/self-managed/diagram.svg',
      '/compare/comparison.csv',
      '/embed/authgear/',
      '/api/architectures.json',
      '/llms.txt',
    ]) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('sets framing rules through the _headers file: embeds may be framed, pages may not', async () => {
    expect((await get('/architectures/authgear/')).headers.get('x-frame-options')).toBe('DENY');
    const embed = await get('/embed/authgear/');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
  });

  it.each([
    ['/sizing/authgear/', '/data/architectures/authgear.json'],
    ['/ask/', '/data/architectures.json'],
    ['/compare/custom/', '/data/architectures.json'],
  ])('%s fetches no engine and no data on a plain load, only when used', async (pagePath, dataPath) => {
    await withPage(browser(), {}, async (page) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'networkidle' });
      expect(requested.filter((path) => path.startsWith('/data/') || /static-|registries-data/.test(path))).toEqual([]);
      if (pagePath.startsWith('/sizing/')) {
        await page.fill('form[data-sizing-form] input[name="users"]', '2500');
        await page.press('form[data-sizing-form] input[name="users"]', 'Enter');
      } else if (pagePath === '/ask/') {
        await page.fill('#ask-q', 'Which database does Authgear need?');
        await page.press('#ask-q', 'Enter');
      } else {
        await page.goto(`${baseUrl}/compare/custom/?v=authgear.self-managed&v=keycloak.single-cluster`, { waitUntil: 'load' });
      }
      await expect.poll(() => requested.includes(dataPath), { timeout: 20_000 }).toBe(true);
      await page.waitForLoadState('networkidle');
      const output = pagePath.startsWith('/sizing/')
        ? '[data-sizing-output] tfoot'
        : pagePath === '/ask/'
          ? '#answer-heading'
          : 'main table thead';
      await page.locator(output).first().waitFor();
    });
  });

  it("keeps the question /ask/?q= answers in the page's own box and leaves the header's site search empty", async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(`${baseUrl}/ask/?q=${encodeURIComponent('Which database does Authgear need?')}`, { waitUntil: 'load' });
      await page.locator('#answer-heading').waitFor();
      expect(await page.inputValue('#ask-q')).toBe('Which database does Authgear need?');
      expect(await page.inputValue('#header-search-q')).toBe('');
    });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordPageProblems, useBrowser, withPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('ask page (/ask/)', () => {
  it('answers a question with cited sources, from the form', async () => {
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      await page.goto(`${baseUrl}/ask/`, { waitUntil: 'load' });
      await page.fill('#ask-q', 'Which database does Authgear need?');
      await Promise.all([page.waitForURL(/\/ask\/\?q=/), page.press('#ask-q', 'Enter')]);
      const answer = page.locator('#answer-heading').locator('xpath=..');
      // In a static build the engine and its data load on first use, seconds on a busy machine; speed is a benchmark's.
      await expect.poll(() => answer.count(), { timeout: 20_000 }).toBe(1);
      expect(await answer.innerText()).toMatch(/PostgreSQL/i);
      const sources = await answer.locator('a[href^="/architectures/authgear/"]').count();
      expect(sources).toBeGreaterThan(0);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });
});

describe('sizing page', () => {
  it('changing the user count changes the totals', async () => {
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      const response = await page.goto(`${baseUrl}/sizing/authgear/`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const totals = async (users: string): Promise<string> => {
        await page.fill('form[data-sizing-form] input[name="users"]', users);
        await page.press('form[data-sizing-form] input[name="users"]', 'Enter');
        // The island puts the load in the address once it has drawn that load's result (from /api/sizing, or in a static
        // build from the engine run in the page).
        await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('users') === wanted, users);
        const foot = page.locator('[data-sizing-output] tfoot');
        await foot.waitFor();
        return foot.innerText();
      };
      const small = await totals('100');
      const large = await totals('5000000');
      expect(small).not.toBe(large);
      expect(new URL(page.url()).searchParams.get('users')).toBe('5000000');
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });
});

describe('comparison picker (/compare/)', () => {
  it('picking variants changes the comparison table columns', async () => {
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      await page.goto(`${baseUrl}/compare/`, { waitUntil: 'load' });
      const boxes = page.locator('form.picker input[type="checkbox"][name="v"]');
      expect(await boxes.count()).toBeGreaterThan(2);
      // The matrix has a header per picked variant plus the role column; in a static build it is drawn after load.
      const headers = async (picked: number) => {
        await expect.poll(() => page.locator('main table thead th').count(), { timeout: 20_000 }).toBe(picked + 1);
        return page.locator('main table thead th').allInnerTexts();
      };

      await boxes.nth(0).check();
      await boxes.nth((await boxes.count()) - 1).check();
      await Promise.all([page.waitForURL(/\/compare\/custom\/\?/), page.click('form.picker button[type="submit"]')]);
      const two = await headers(2);
      expect(new URL(page.url()).searchParams.getAll('v')).toHaveLength(2);

      const again = page.locator('form.picker input[type="checkbox"][name="v"]');
      await again.nth(1).check();
      await Promise.all([
        page.waitForURL((url) => url.searchParams.getAll('v').length === 3),
        page.click('form.picker button[type="submit"]'),
      ]);
      const three = await headers(3);
      expect(three.length).toBeGreaterThan(two.length);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });
});

describe('embed in a page on another origin', () => {
  let host: http.Server;
  let hostUrl = '';

  beforeAll(async () => {
    // A second loopback origin playing the role of a third-party site that embeds archkb.
    host = http.createServer((req, res) => {
      const target = req.url === '/framed-page' ? '/architectures/authgear/' : '/embed/authgear/';
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>Host page</h1><iframe id="archkb" title="archkb" width="900" height="700" src="${baseUrl}${target}"></iframe></body></html>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', () => resolve()));
    // 'localhost' vs 127.0.0.1 makes it a different origin from baseUrl even on loopback.
    hostUrl = `http://localhost:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => host.close(() => resolve()));
  });

  it('renders /embed/authgear/ inside an iframe on another origin', async () => {
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      await page.goto(`${hostUrl}/`, { waitUntil: 'networkidle' });
      const frame = page.frames().find((f) => f.url().startsWith(`${baseUrl}/embed/authgear/`));
      expect(frame, 'the embed frame loaded').toBeDefined();
      expect(await frame?.locator('table').count()).toBeGreaterThan(0);
      expect(await frame?.locator('body').innerText()).toMatch(/Authgear/);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });

  it('refuses to render a normal page inside that iframe (framing denied outside /embed/)', async () => {
    await withPage(browser(), {}, async (page) => {
      const pageUrl = `${baseUrl}/architectures/authgear/`;
      const served = page.waitForResponse((response) => response.url() === pageUrl);
      await page.goto(`${hostUrl}/framed-page`, { waitUntil: 'networkidle' });
      // The frame did ask for the page, and the server sent it with headers that forbid framing it.
      const response = await served;
      expect(response.status()).toBe(200);
      expect(response.headers()['x-frame-options']).toBe('DENY');
      expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
      // Chromium honoured them: the frame holds its own error page, not the archkb page.
      const frame = await (await page.$('#archkb'))?.contentFrame();
      expect(frame, 'the iframe exists').toBeDefined();
      expect(frame?.url()).not.toBe(pageUrl);
      expect(await frame?.evaluate(() => document.body.innerText)).not.toMatch(/Authgear/);
    });
  });
});

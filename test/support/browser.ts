import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/launch-chromium.ts';

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/launch-chromium.ts';

/** Phone and desktop viewports the screenshots and layout checks use. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

/** Launches headless Chromium, failing with the install command when the browser is missing. */
export const launchBrowser = launchChromium;

/** Shares one browser across the tests of a file: launched before the first test, closed after the last. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  let launchError: unknown;
  beforeAll(async () => {
    // Kept and rethrown by every test, so a missing Chromium fails each test with the install hint instead of skipping them.
    browser = await launchBrowser().catch((error: unknown) => {
      launchError = error;
      return undefined;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (launchError) throw launchError;
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top of the test file.');
    return browser;
  };
}

/** Opens a fresh context and page, runs `use`, and always closes the context. */
export async function withPage<T>(
  browser: Browser,
  options: BrowserContextOptions,
  use: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    return await use(page, context);
  } finally {
    await context.close();
  }
}

/** What went wrong while a page loaded: console errors (CSP violations included), page errors, failed or 4xx/5xx requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

/** Starts recording a page's problems; read the returned object after navigation and interaction. */
export function recordPageProblems(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return problems;
}

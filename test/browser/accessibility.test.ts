import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, withPage } from '../support/browser.ts';
import { listPagesToCheck } from '../support/site-pages.ts';

const baseUrl = inject('baseUrl');
const paths = await listPagesToCheck(baseUrl);
const browser = useBrowser();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation reduced to what a reader needs to find and fix it. */
interface Violation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page (all default rules) and returns its violations. */
async function runAxe(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run: (context: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => String(n.target)),
    }));
  });
}

describe('axe-core over every sitemap page and embed', () => {
  it.each(paths)('%s has no accessibility violations in light or dark mode', async (pathname) => {
    await withPage(browser(), { colorScheme: 'light' }, async (page) => {
      const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      const light = await runAxe(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await runAxe(page);
      expect({ light, dark }).toEqual({ light: [], dark: [] });
    });
  });
});

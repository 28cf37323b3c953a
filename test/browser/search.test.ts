import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordPageProblems, useBrowser, withPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface Catalogue {
  architectures: { id: string; vendor: string; components: { id: string; role: string }[] }[];
}
const catalogue = (await (await fetch(`${baseUrl}/api/architectures.json`)).json()) as Catalogue;

/** Types a query into the search page and waits for the status line to report the finished search. */
async function search(page: Page, term: string): Promise<{ href: string; text: string }[]> {
  await page.fill('#search-q', term);
  await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, {
    timeout: 15_000,
  });
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({ href: item.querySelector('a')?.getAttribute('href') ?? '', text: item.textContent ?? '' })),
  );
}

describe('search page (/search/)', () => {
  it('finds Inrupt ESS’s Kafka broker row itself, not only the page, for “Kafka”', async () => {
    const inrupt = catalogue.architectures.find((a) => a.id === 'inrupt-ess');
    const broker = inrupt?.components.find((c) => c.role === 'message-broker');
    expect(broker, 'inrupt-ess.yaml with a message-broker component').toBeDefined();
    await withPage(browser(), {}, async (page) => {
      const problems = recordPageProblems(page);
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      const results = await search(page, 'Kafka');
      expect(results.map((r) => r.href)).toContain(`/architectures/inrupt-ess/#component-${broker?.id}`);
      expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
    });
  });

  it('shows no diagram’s Mermaid source in a result: a search for its keyword “classDef” quotes none of it', async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      // Each search waits for the status line naming its own term, so no earlier search's results are read.
      const texts = async (term: string) => {
        await page.fill('#search-q', term);
        await page.waitForFunction((t) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${t}”`), term, {
          timeout: 15_000,
        });
        return page.$$eval('#search-results > li', (items) => items.map((item) => item.textContent ?? ''));
      };
      expect((await texts('classDef')).filter((text) => /classDef|stroke-width/.test(text))).toEqual([]);
      // The same search quotes a diagram page's own words, so an empty list is not a search that never ran.
      expect((await texts('Kafka')).some((text) => /Kafka/.test(text))).toBe(true);
    });
  });

  it('offers vendor, role and necessity filters filled from the index, and a vendor filter narrows the results', async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
      await page.focus('#search-q');
      await page.waitForFunction(() => (document.querySelector<HTMLSelectElement>('#search-filter-vendor')?.options.length ?? 0) > 1);
      const options = async (name: string) =>
        page.$$eval(`#search-filter-${name} option`, (els) => els.map((el) => (el as HTMLOptionElement).value).filter(Boolean));
      const vendors = await options('vendor');
      expect(vendors).toEqual(expect.arrayContaining([...new Set(catalogue.architectures.map((a) => a.vendor))]));
      expect(await options('role')).toEqual(expect.arrayContaining(['Message broker', 'Relational database']));
      expect(await options('necessity')).toEqual(expect.arrayContaining(['Required']));

      const all = await search(page, 'PostgreSQL');
      const architecturesHit = new Set(all.map((r) => r.href.split('/')[2]));
      expect(architecturesHit.size).toBeGreaterThan(1);
      const inrupt = catalogue.architectures.find((a) => a.id === 'inrupt-ess');
      await page.selectOption('#search-filter-vendor', inrupt?.vendor ?? '');
      await page.waitForFunction(() => new URLSearchParams(location.search).has('vendor'));
      await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''));
      const filtered = await page.$$eval('#search-results > li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.length).toBeLessThan(all.length);
      expect(filtered.every((href) => href.startsWith('/architectures/inrupt-ess/'))).toBe(true);
    });
  });

  it('a role filter alone lists component rows of that role', async () => {
    await withPage(browser(), {}, async (page) => {
      await page.goto(`${baseUrl}/search/?role=${encodeURIComponent('Message broker')}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => /result/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, {
        timeout: 15_000,
      });
      const hrefs = await page.$$eval('#search-results > li > h2 > a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      const brokers = catalogue.architectures.flatMap((a) =>
        a.components.filter((c) => c.role === 'message-broker').map((c) => `#component-${c.id}`),
      );
      for (const anchor of brokers) expect(hrefs.some((href) => href.endsWith(anchor))).toBe(true);
    });
  });
});

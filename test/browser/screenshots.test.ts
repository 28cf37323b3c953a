import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { VIEWPORTS, useBrowser, withPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const outDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** Smallest text a diagram may show on a phone, in CSS px. */
const MIN_DIAGRAM_TEXT = 11;

interface Catalogue {
  architectures: { id: string; category: string; urls: { page: string } }[];
}

/** Every page type, every architecture's default page (the nine products) and one comparison pair per category. */
async function listScreenshotPages(): Promise<{ name: string; pathname: string }[]> {
  const catalogue = (await (await fetch(`${baseUrl}/api/architectures.json`)).json()) as Catalogue;
  const byCategory = new Map<string, string[]>();
  for (const architecture of catalogue.architectures)
    byCategory.set(architecture.category, [...(byCategory.get(architecture.category) ?? []), architecture.id]);
  const pairs = [...byCategory.values()]
    .filter((ids) => ids.length > 1)
    .map((ids) => [...ids].sort().slice(0, 2) as [string, string])
    .map(([left, right]) => ({ name: `compare-${left}-vs-${right}`, pathname: `/compare/${left}-vs-${right}/` }));
  return [
    { name: 'home', pathname: '/' },
    ...catalogue.architectures.map((architecture) => ({
      name: `architecture-${architecture.id}`,
      pathname: new URL(architecture.urls.page, baseUrl).pathname,
    })),
    { name: 'architecture-coder-multi-region', pathname: '/architectures/coder/multi-region/' },
    ...[...byCategory.keys()].map((category) => ({ name: `category-${category}`, pathname: `/categories/${category}/` })),
    { name: 'compare', pathname: '/compare/' },
    ...pairs,
    { name: 'guides', pathname: '/guides/' },
    { name: 'guide-identity', pathname: '/guides/identity/' },
    { name: 'guide-keycloak', pathname: '/guides/keycloak/' },
    { name: 'sizing-keycloak', pathname: '/sizing/keycloak/' },
    { name: 'sizing-eclipse-che', pathname: '/sizing/eclipse-che/' },
    { name: 'sizing-authgear', pathname: '/sizing/authgear/' },
    { name: 'search', pathname: '/search/?q=postgresql' },
    { name: 'ask', pathname: '/ask/?q=Which%20identity%20servers%20need%20Redis%3F' },
    { name: 'embed-authgear', pathname: '/embed/authgear/' },
  ];
}

const pages = await listScreenshotPages();
const viewports = [
  { viewport: 'phone' as const, size: VIEWPORTS.phone },
  { viewport: 'desktop' as const, size: VIEWPORTS.desktop },
];
const cases = pages.flatMap((page) =>
  viewports.flatMap(({ viewport, size }) => (['light', 'dark'] as const).map((scheme) => ({ ...page, viewport, size, scheme }))),
);

/** Layout problems a reader would see, measured in the page. */
interface LayoutReport {
  scrollWidth: number;
  width: number;
  /** Elements sticking out of the viewport without a sideways-scrolling box (with its cue showing) around them. */
  offScreen: string[];
  /** Diagram texts drawn smaller than MIN_DIAGRAM_TEXT px, with the size. */
  smallDiagramText: string[];
}

/** Measures the page: body overflow, elements off-screen outside a cued scroll box, diagram text size. */
function measureLayout(page: Page, minText: number): Promise<LayoutReport> {
  return page.evaluate((minimum) => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
    const offScreen = [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (el.closest('.visually-hidden, .skip-link, svg *')) return false;
        const rect = el.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0 || !el.checkVisibility()) return false;
        if (rect.right <= width + 1 && rect.left >= -1) return false;
        // Allowed only inside a box that scrolls sideways and is showing its cue.
        const box = el.closest<HTMLElement>('[data-scroll-cue]');
        return !box || box.dataset.overflow === undefined;
      })
      .slice(0, 8)
      .map(describe);
    const smallDiagramText = [...document.querySelectorAll<SVGSVGElement>('svg.archkb-diagram')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].flatMap((text) => {
        const size = Number(text.closest('[font-size]')?.getAttribute('font-size') ?? 16) * scale;
        const shown = [...text.querySelectorAll('tspan')].map((t) => Number(t.getAttribute('font-size') ?? 0) * scale).filter((s) => s > 0);
        const smallest = Math.min(size, ...shown);
        return smallest < minimum ? [`${text.textContent?.slice(0, 30)}: ${smallest.toFixed(1)} px`] : [];
      });
    });
    return { scrollWidth: document.documentElement.scrollWidth, width, offScreen, smallDiagramText: smallDiagramText.slice(0, 5) };
  }, minText);
}

describe('screenshots of every page type at 390 and 1280 px, light and dark, with the layout a reader sees checked', () => {
  mkdirSync(outDir, { recursive: true });

  it('covers the nine products, every category page and a comparison pair per category', () => {
    expect(pages.filter((page) => page.name.startsWith('architecture-')).length).toBeGreaterThanOrEqual(9);
    expect(pages.filter((page) => page.name.startsWith('category-')).length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((page) => page.name.startsWith('compare-')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)(
    '$pathname at $viewport ($scheme): no sideways page overflow, nothing off-screen outside a cued scroll box, diagram text ≥ 11 px',
    async ({ name, pathname, viewport, size, scheme }) => {
      await withPage(browser(), { viewport: size, colorScheme: scheme }, async (page) => {
        const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
        expect(response?.status(), `${pathname} is not served`).toBe(200);
        // The cue script marks overflowing boxes after layout; give it one frame.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await page.screenshot({ path: path.join(outDir, `${name}-${viewport}-${scheme}.png`), fullPage: true });
        const report = await measureLayout(page, MIN_DIAGRAM_TEXT);
        expect(report.offScreen, 'elements off-screen outside a scroll box with its cue').toEqual([]);
        expect(report.scrollWidth, 'the page itself scrolls sideways').toBeLessThanOrEqual(report.width);
        if (viewport === 'phone') expect(report.smallDiagramText, 'diagram text under 11 px on a phone').toEqual([]);
      });
    },
  );
});

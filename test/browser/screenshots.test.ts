import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { VIEWPORTS, useBrowser, withPage } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const outDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/** The pages whose layout is looked at by a person: home, an architecture, the comparison and an embed. */
const pages = [
  { name: 'home', pathname: '/' },
  { name: 'architecture-authgear', pathname: '/architectures/authgear/' },
  { name: 'compare', pathname: '/compare/' },
  { name: 'embed-authgear', pathname: '/embed/authgear/' },
];
const cases = pages.flatMap((page) =>
  (Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]).flatMap((viewport) =>
    (['light', 'dark'] as const).map((scheme) => ({ ...page, viewport, scheme })),
  ),
);

describe('screenshots at phone and desktop widths, light and dark', () => {
  mkdirSync(outDir, { recursive: true });

  it.each(cases)(
    '$pathname at $viewport ($scheme) renders without horizontal page overflow',
    async ({ name, pathname, viewport, scheme }) => {
      await withPage(browser(), { viewport: VIEWPORTS[viewport], colorScheme: scheme }, async (page) => {
        const response = await page.goto(`${baseUrl}${pathname}`, { waitUntil: 'networkidle' });
        expect(response?.status(), `${pathname} is not served yet`).toBe(200);
        await page.screenshot({ path: path.join(outDir, `${name}-${viewport}-${scheme}.png`), fullPage: true });
        // Wide tables and diagrams must scroll inside their own box, never widen the page.
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const offenders = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll, .diagram, pre'))
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
          return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
        });
        expect(overflow.offenders).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
      });
    },
  );
});

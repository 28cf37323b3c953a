import { describe, expect, it } from 'vitest';
import {
  buildCatalogue,
  CATEGORY_PAGE_SIZE,
  groupCatalogueByCategory,
  HOME_CATEGORY_PREVIEW,
  paginateCategories,
} from '../../../src/lib/catalogue/index.ts';
import { buildSyntheticCatalogue } from '../../fixtures/build-synthetic-catalogue.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const large = buildSyntheticCatalogue(120);

describe('groupCatalogueByCategory', () => {
  it('previews at most HOME_CATEGORY_PREVIEW products per category and links the category pages', () => {
    const groups = groupCatalogueByCategory(buildCatalogue(large));
    expect(groups.map((group) => group.entries.length).reduce((a, b) => a + b, 0)).toBe(120);
    for (const group of groups) {
      expect(group.preview).toEqual(group.entries.slice(0, HOME_CATEGORY_PREVIEW));
      expect(group.path).toBe(`/categories/${group.id}/`);
    }
  });

  it('shows every product of the real catalogue on the home page (no category is over the preview)', () => {
    for (const group of groupCatalogueByCategory(buildCatalogue(loadContentArchitectures()))) expect(group.preview).toEqual(group.entries);
  });
});

describe('paginateCategories', () => {
  const groups = groupCatalogueByCategory(buildCatalogue(large));
  const pages = paginateCategories(groups, 7);

  it('lists each product of each category on exactly one page, in catalogue order', () => {
    for (const group of groups) {
      const own = pages.filter((page) => page.category.id === group.id);
      expect(own.flatMap((page) => page.entries)).toEqual(group.entries);
      expect(own.every((page) => page.entries.length <= 7 && page.entries.length > 0)).toBe(true);
      expect(own.map((page) => page.page)).toEqual(own.map((_, index) => index + 1));
      expect(own.every((page) => page.pageCount === own.length)).toBe(true);
    }
  });

  it('links the pages of a category to each other: first, previous, next and positions', () => {
    const own = pages.filter((page) => page.category.id === groups[0]!.id);
    expect(own[0]!.path).toBe(`/categories/${groups[0]!.id}/`);
    expect(own[1]!.path).toBe(`/categories/${groups[0]!.id}/2/`);
    expect(own[0]!.previousPath).toBeUndefined();
    expect(own[0]!.nextPath).toBe(own[1]!.path);
    expect(own.at(-1)!.nextPath).toBeUndefined();
    expect(own[1]!.previousPath).toBe(own[0]!.path);
    expect(own[1]!.pages.filter((link) => link.current).map((link) => link.page)).toEqual([2]);
    expect([own[1]!.first, own[1]!.last]).toEqual([8, 14]);
    expect(own.at(-1)!.last).toBe(groups[0]!.entries.length);
  });

  it('uses CATEGORY_PAGE_SIZE by default', () => {
    const byDefault = paginateCategories(groups);
    expect(Math.max(...byDefault.map((page) => page.entries.length))).toBe(
      Math.min(CATEGORY_PAGE_SIZE, Math.max(...groups.map((g) => g.entries.length))),
    );
  });
});

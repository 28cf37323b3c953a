import { groupByCategory, toCategoryPath } from '../model/index.ts';
import type { CatalogueEntry } from './build-catalogue.ts';

/** Products a category shows on the home page before linking to its own pages. */
export const HOME_CATEGORY_PREVIEW = 6;

/** Products on one page of a category's list. */
export const CATEGORY_PAGE_SIZE = 24;

/** One category of the catalogue as the home page shows it: its products and where they are listed and compared. */
export interface CatalogueCategory {
  id: string;
  label: string;
  plural: string;
  description: string;
  entries: CatalogueEntry[];
  /** The first HOME_CATEGORY_PREVIEW products, which the home page shows. */
  preview: CatalogueEntry[];
  /** The category's own pages, listing every product. */
  path: string;
  /** The category's section of the comparison page. */
  comparePath: string;
}

/** Groups catalogue entries by category in the registry's order, leaving out categories with no product. */
export function groupCatalogueByCategory(entries: readonly CatalogueEntry[]): CatalogueCategory[] {
  return groupByCategory(entries, (entry) => entry.category).map(({ category, members }) => ({
    id: category.id,
    label: category.label,
    plural: category.plural,
    description: category.description,
    entries: members,
    preview: members.slice(0, HOME_CATEGORY_PREVIEW),
    path: toCategoryPath(category.id),
    comparePath: `/compare/#${category.id}`,
  }));
}

/** One page of a category's product list, with the links to move between its pages. */
export interface CategoryPage {
  category: Omit<CatalogueCategory, 'entries' | 'preview'> & { count: number };
  entries: CatalogueEntry[];
  /** 1-based page number and how many pages the category has. */
  page: number;
  pageCount: number;
  path: string;
  /** Every page of the category, for the page list. */
  pages: { page: number; path: string; current: boolean }[];
  previousPath?: string;
  nextPath?: string;
  /** Position of the first and last product shown, 1-based, for "13 to 24 of 250". */
  first: number;
  last: number;
}

/** Splits each category's products into pages of `pageSize`, in catalogue order. */
export function paginateCategories(groups: readonly CatalogueCategory[], pageSize = CATEGORY_PAGE_SIZE): CategoryPage[] {
  return groups.flatMap(({ entries, preview: _preview, ...category }) => {
    const pageCount = Math.max(1, Math.ceil(entries.length / pageSize));
    const pages = Array.from({ length: pageCount }, (_, index) => ({ page: index + 1, path: toCategoryPath(category.id, index + 1) }));
    return pages.map(({ page, path }) => ({
      category: { ...category, count: entries.length },
      entries: entries.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageCount,
      path,
      pages: pages.map((other) => ({ ...other, current: other.page === page })),
      ...(page > 1 ? { previousPath: toCategoryPath(category.id, page - 1) } : {}),
      ...(page < pageCount ? { nextPath: toCategoryPath(category.id, page + 1) } : {}),
      first: (page - 1) * pageSize + 1,
      last: Math.min(page * pageSize, entries.length),
    }));
  });
}

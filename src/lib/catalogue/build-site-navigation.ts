import type { Architecture } from '../../schemas/architecture.ts';
import { categories, findCategory, toArchitecturePath, toCategoryPath, toSizingPath, toVariantPath } from '../model/index.ts';

/** One link of the site navigation. */
export interface NavigationLink {
  label: string;
  href: string;
  /** Whether it is the page being shown (`aria-current="page"`). */
  current: boolean;
}

/** A product in the sidebar: its page, and, when it is the one being read, its variants (when it has several) and sizing pages. */
export interface NavigationProduct extends NavigationLink {
  /** Whether the page being shown is one of this product's (its variants and sizing are then listed). */
  open: boolean;
  variants: NavigationLink[];
  sizing: NavigationLink[];
}

/** A category in the sidebar: its products (at most `limit`, the current one always), and where they are compared. */
export interface NavigationCategory {
  id: string;
  label: string;
  products: NavigationProduct[];
  /** Link to the whole list when the category holds more products than the sidebar shows, else null. */
  more: NavigationLink | null;
  compare: NavigationLink | null;
}

/** The site's navigation: the top-level sections and the products by category. */
export interface SiteNavigation {
  sections: NavigationLink[];
  categories: NavigationCategory[];
}

/** The top-level sections, in header order. */
const sections = [
  { label: 'Architectures', href: '/' },
  { label: 'Compare', href: '/compare/' },
  { label: 'Guides', href: '/guides/' },
  { label: 'Ask', href: '/ask/' },
  { label: 'Search', href: '/search/' },
] as const;

/** Products listed per category before the sidebar links to the full list; keeps every page's size flat as the catalogue grows. */
export const SIDEBAR_PRODUCT_LIMIT = 12;

/** The architecture whose pages `pathname` belongs to (a variant page or a sizing page), or undefined. */
function findOpenArchitectureId(pathname: string): string | undefined {
  return /^\/(?:architectures|sizing)\/([^/]+)\//.exec(pathname)?.[1];
}

/** A catalogue's products by category (in catalogue order), and each product's position within its category. */
interface CatalogueGroups {
  members: ReadonlyMap<string, readonly Architecture[]>;
  position: ReadonlyMap<string, number>;
}

// Each catalogue is grouped once: every page of a build asks for the navigation of the same catalogue, and grouping
// (or searching) it per page made the sidebar cost grow with the square of the catalogue.
const groupsOf = new WeakMap<readonly Architecture[], CatalogueGroups>();

/** The products of each category, in catalogue order, and their positions, computed once per catalogue. */
function groupByCategory(architectures: readonly Architecture[]): CatalogueGroups {
  let groups = groupsOf.get(architectures);
  if (!groups) {
    const members = new Map<string, Architecture[]>();
    const position = new Map<string, number>();
    for (const architecture of architectures) {
      const list = members.get(architecture.category) ?? [];
      if (list.length === 0) members.set(architecture.category, list);
      position.set(architecture.id, list.length);
      list.push(architecture);
    }
    groups = { members, position };
    groupsOf.set(architectures, groups);
  }
  return groups;
}

/** Normalises a path to end in one slash, so "/compare" and "/compare/" match. */
function withSlash(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * Builds the navigation for the page at `pathname`: the sections (the one holding the page marked), and each
 * category with its products in catalogue order, capped at `limit` (the product being read always kept), the
 * product being read opened to its variants and sizing pages.
 */
export function buildSiteNavigation(
  architectures: readonly Architecture[],
  pathname: string,
  limit = SIDEBAR_PRODUCT_LIMIT,
): SiteNavigation {
  const here = withSlash(pathname);
  const sectionOf = sections.find((section) => section.href !== '/' && here.startsWith(section.href))?.href ?? '/';
  const openId = findOpenArchitectureId(here);
  const grouped = groupByCategory(architectures);
  return {
    sections: sections.map((section) => ({ ...section, current: section.href === sectionOf })),
    categories: categories.flatMap((category): NavigationCategory[] => {
      const members = grouped.members.get(category.id) ?? [];
      if (members.length === 0) return [];
      const at = openId === undefined ? undefined : grouped.position.get(openId);
      const opened = at === undefined ? undefined : members[at];
      // The product being read stays listed when it sits beyond the limit (after the others, as in catalogue order).
      const beyond = opened && opened.id === openId && at! >= limit ? [opened] : [];
      const shown = [...members.slice(0, limit), ...beyond];
      const found = findCategory(category.id);
      const compareHref = `/compare/#${category.id}`;
      return [
        {
          id: category.id,
          label: found.label,
          products: shown.map((architecture) => {
            const open = architecture.id === openId;
            const several = architecture.variants.length > 1;
            return {
              label: architecture.product,
              href: toArchitecturePath(architecture.id),
              // With several variants the default one's link below carries the mark, so it is not on the page twice.
              current: here === toArchitecturePath(architecture.id) && !several,
              open,
              variants:
                open && several
                  ? architecture.variants.map((variant) => ({
                      label: variant.name,
                      href: toVariantPath(architecture, variant.id),
                      current: here === toVariantPath(architecture, variant.id),
                    }))
                  : [],
              sizing: open
                ? architecture.variants.map((variant) => ({
                    label: architecture.variants.length > 1 ? `Sizing: ${variant.name}` : 'Sizing',
                    href: toSizingPath(architecture, variant.id),
                    current: here === toSizingPath(architecture, variant.id),
                  }))
                : [],
            };
          }),
          more:
            shown.length < members.length
              ? { label: `All ${members.length} ${found.plural}`, href: toCategoryPath(category.id), current: false }
              : null,
          compare: members.length > 1 ? { label: `Compare ${found.plural}`, href: compareHref, current: false } : null,
        },
      ];
    }),
  };
}

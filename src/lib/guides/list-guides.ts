import type { Architecture } from '../../schemas/architecture.ts';
import type { GuideFrontmatter } from '../../schemas/guide.ts';
import { categories, findCategory } from '../model/index.ts';

/** A guide as plain data: its frontmatter, its id (the file name) and its MDX body. */
export type Guide = GuideFrontmatter & { id: string; body: string };

/** Path of a guide's page. */
export function toGuidePath(id: string): string {
  return `/guides/${id}/`;
}

/** Path of a guide's chrome-free embed, which other sites may frame. */
export function toGuideEmbedPath(id: string): string {
  return `/embed/guides/${id}/`;
}

/** Path of the guides index page. */
export function toGuidesIndexPath(): string {
  return '/guides/';
}

/** The architectures a guide is about: its product, or every product of its category. */
export function listGuideArchitectures(
  guide: Pick<Guide, 'architecture' | 'category'>,
  architectures: readonly Architecture[],
): Architecture[] {
  return architectures.filter((architecture) =>
    guide.architecture !== undefined ? architecture.id === guide.architecture : architecture.category === guide.category,
  );
}

/** The category a guide sits under: its own, or its product's. */
export function findGuideCategory(
  guide: Pick<Guide, 'architecture' | 'category'>,
  architectures: readonly Architecture[],
): string | undefined {
  return guide.category ?? architectures.find((architecture) => architecture.id === guide.architecture)?.category;
}

/** The guides of one product. */
export function findProductGuides<T extends Pick<Guide, 'architecture'>>(guides: readonly T[], architectureId: string): T[] {
  return guides.filter((guide) => guide.architecture === architectureId);
}

/** The category guide of a category, if one is written. */
export function findCategoryGuide<T extends Pick<Guide, 'category'>>(guides: readonly T[], categoryId: string): T | undefined {
  return guides.find((guide) => guide.category === categoryId);
}

/** One category's guides for the index: the category guide first, then one per product in catalogue order. */
export interface GuideGroup<T> {
  category: string;
  label: string;
  guides: T[];
}

/** Groups guides by category in the registry's order; within a group the category guide comes first, then products by name. */
export function groupGuidesByCategory<T extends Pick<Guide, 'architecture' | 'category' | 'title'>>(
  guides: readonly T[],
  architectures: readonly Architecture[],
): GuideGroup<T>[] {
  const productOf = (guide: T) => architectures.find((a) => a.id === guide.architecture)?.product ?? guide.title;
  return categories.flatMap((category) => {
    const members = guides
      .filter((guide) => findGuideCategory(guide, architectures) === category.id)
      .sort((a, b) => Number(a.category === undefined) - Number(b.category === undefined) || productOf(a).localeCompare(productOf(b)));
    return members.length > 0 ? [{ category: category.id, label: findCategory(category.id).label, guides: members }] : [];
  });
}

import type { Architecture } from '../../schemas/architecture.ts';
import type { CategoryId } from '../../schemas/category-ref.ts';
import { findCategory, resolveVariant, toArchitecturePath, toVariantPath } from '../model/index.ts';

/** One architecture as the home page lists it. */
export interface CatalogueEntry {
  id: string;
  product: string;
  vendor: string;
  category: CategoryId;
  categoryLabel: string;
  summary: string;
  path: string;
  variants: { id: string; name: string; path: string }[];
  /** Technologies of the required components of the default variant, in declaration order. */
  keyDependencies: string[];
}

/** Builds the catalogue the home page shows, one entry per architecture. */
export function buildCatalogue(architectures: readonly Architecture[]): CatalogueEntry[] {
  return architectures.map((architecture) => {
    const defaultVariant = resolveVariant(architecture, architecture.variants[0]?.id ?? '');
    const keyDependencies = [
      ...new Set(
        defaultVariant.components
          .filter((c) => c.necessity.level === 'required' || c.necessity.level === 'recommended')
          .map((c) => c.technology ?? c.name),
      ),
    ];
    return {
      id: architecture.id,
      product: architecture.product,
      vendor: architecture.vendor,
      category: architecture.category,
      categoryLabel: findCategory(architecture.category).label,
      summary: architecture.summary,
      path: toArchitecturePath(architecture.id),
      variants: architecture.variants.map((v) => ({ id: v.id, name: v.name, path: toVariantPath(architecture, v.id) })),
      keyDependencies,
    };
  });
}

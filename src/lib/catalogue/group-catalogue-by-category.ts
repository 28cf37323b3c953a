import { groupByCategory } from '../model/index.ts';
import type { CatalogueEntry } from './build-catalogue.ts';

/** One category of the catalogue as the home page shows it: its products and where they are compared. */
export interface CatalogueCategory {
  id: string;
  label: string;
  plural: string;
  description: string;
  entries: CatalogueEntry[];
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
    comparePath: `/compare/#${category.id}`,
  }));
}

import { z } from 'zod';
import { categories } from './registries.ts';

/** Ids of the registered categories (data/categories.ts). */
export const categoryIds = categories.map((category) => category.id) as [CategoryId, ...CategoryId[]];
export type CategoryId = (typeof categories)[number]['id'];

/** A product category id. */
export const CategoryIdSchema = z.enum(categoryIds, {
  error: (issue) => `unknown category ${JSON.stringify(issue.input)}; use one of ${categoryIds.join(', ')} (data/categories.ts).`,
});

import { z } from 'zod';
import { CategoryIdSchema } from './category-ref.ts';
import { IdSchema } from './id.ts';

/**
 * The frontmatter of a guide (content/guides/<id>.mdx): what it is called, what it is about (one product, or one
 * category of products), and its one-line description. The body is MDX prose with the guide components; the guide
 * loader checks every reference in it against the model.
 */
export const GuideFrontmatterSchema = z
  .strictObject({
    title: z.string().min(1).max(120, 'must be at most 120 characters').describe('Page title, e.g. "Deploying Keycloak".'),
    description: z
      .string()
      .min(1)
      .max(300, 'must be at most 300 characters; keep it to one or two sentences')
      .describe('One or two sentences on what the guide helps decide; shown in lists, search and llms.txt.'),
    architecture: IdSchema.optional().describe('Architecture id the guide is about (a product guide); omit for a category guide.'),
    category: CategoryIdSchema.optional().describe('Category id the guide is about (a category guide); omit for a product guide.'),
  })
  .refine((guide) => (guide.architecture === undefined) !== (guide.category === undefined), {
    message: 'a guide is about one product or one category; give exactly one of architecture or category',
  });

export type GuideFrontmatter = z.output<typeof GuideFrontmatterSchema>;

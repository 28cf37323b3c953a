import { z } from 'zod';

/** One product category (data/categories.ts): peers are compared within it. */
export const CategorySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id used by content.'),
  label: z.string().min(1).describe('Heading, e.g. "Identity and access management".'),
  plural: z.string().min(1).describe('What products of the category are called in a sentence, e.g. "identity servers".'),
  description: z.string().min(1).describe('One sentence on what products of this category do.'),
  otherNames: z
    .array(z.string().min(1))
    .default([])
    .describe(
      'Other words readers put before a word for products to name the category ("low-code" of "low-code builders", "IAM"); the ask engine reads the category from them.',
    ),
});

export type Category = z.output<typeof CategorySchema>;

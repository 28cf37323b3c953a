import { z } from 'zod';

/** One display group of roles (compute, data, operations, ...). */
export const RoleCategorySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id.'),
  label: z.string().min(1).describe('Heading shown above the roles of this category.'),
});

/** One entry of the role registry (data/roles.ts). */
export const RoleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id used by content.'),
  label: z.string().min(1).describe('Human-readable name.'),
  category: z.string().min(1).describe('Id of the category the role is shown under; one of roleCategories.'),
  description: z.string().min(1).describe('One sentence on what a component with this role does.'),
  runBy: z
    .literal('vendor')
    .optional()
    .describe('Set to "vendor" when the vendor runs every component of this role, so a reader never deploys it.'),
});

export type RoleCategory = z.output<typeof RoleCategorySchema>;
export type Role = z.output<typeof RoleSchema>;

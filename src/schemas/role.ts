import { z } from 'zod';
import { roleCategories, roles } from '../../data/roles.ts';

/** Ids of the registered component roles (`data/roles.ts`). */
export const roleIds = roles.map((role) => role.id) as [RoleId, ...RoleId[]];
export type RoleId = (typeof roles)[number]['id'];

/** A component role id, one of the controlled vocabulary in data/roles.ts. */
export const RoleIdSchema = z.enum(roleIds, {
  error: (issue) => `unknown role ${JSON.stringify(issue.input)}; use one of the ids in data/roles.ts (${roleIds.join(', ')}).`,
});

/** One entry of the role registry. */
export const RoleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable kebab-case id used by content.'),
  label: z.string().min(1).describe('Human-readable name.'),
  category: z.enum(roleCategories.map((c) => c.id) as [string, ...string[]]).describe('Display group of the role.'),
  description: z.string().min(1).describe('One sentence on what a component with this role does.'),
});

export type Role = z.output<typeof RoleSchema>;

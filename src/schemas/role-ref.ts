import { z } from 'zod';
import { roles } from './registries.ts';

/** Ids of the registered component roles (`data/roles.ts`). */
export const roleIds = roles.map((role) => role.id) as [RoleId, ...RoleId[]];
export type RoleId = (typeof roles)[number]['id'];

/** A component role id, one of the controlled vocabulary in data/roles.ts. */
export const RoleIdSchema = z.enum(roleIds, {
  error: (issue) => `unknown role ${JSON.stringify(issue.input)}; use one of the ids in data/roles.ts (${roleIds.join(', ')}).`,
});

import type { CategoryId } from '../../schemas/category-ref.ts';
import type { CloudId, CloudServiceId } from '../../schemas/cloud-ref.ts';
import {
  askCalibration,
  askVocabulary,
  categories,
  cloudServices,
  clouds,
  roleCategories,
  roleMappings,
  roles,
} from '../../schemas/registries.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';

/** The registries, validated at load; areas read them from here, never from data/ directly. */
export { askCalibration, askVocabulary, categories, cloudServices, clouds, roleCategories, roleMappings, roles };

/** Looks up a role by id; role ids are schema-checked, so a miss is a programming error. */
export function findRole(id: RoleId): (typeof roles)[number] {
  const role = roles.find((r) => r.id === id);
  if (!role) throw new Error(`role ${id} missing from data/roles.ts`);
  return role;
}

/** Label of a role category. */
export function findRoleCategoryLabel(id: string): string {
  return roleCategories.find((c) => c.id === id)?.label ?? id;
}

/** Looks up a product category by id. */
export function findCategory(id: CategoryId): (typeof categories)[number] {
  const category = categories.find((c) => c.id === id);
  if (!category) throw new Error(`category ${id} missing from data/categories.ts`);
  return category;
}

/** Items grouped by product category in the registry's order, categories with no item left out. */
export function groupByCategory<T>(
  items: readonly T[],
  categoryOf: (item: T) => CategoryId,
): { category: (typeof categories)[number]; members: T[] }[] {
  return categories.flatMap((category) => {
    const members = items.filter((item) => categoryOf(item) === category.id);
    return members.length === 0 ? [] : [{ category, members }];
  });
}

/** Looks up a managed service by id. */
export function findCloudService(id: CloudServiceId): (typeof cloudServices)[number] {
  const service = cloudServices.find((s) => s.id === id);
  if (!service) throw new Error(`cloud service ${id} missing from data/clouds.ts`);
  return service;
}

/** Label of a cloud. */
export function findCloudLabel(id: CloudId): string {
  return clouds.find((c) => c.id === id)?.label ?? id;
}

/** The registry mapping for a role, if any. */
export function findRoleMapping(role: RoleId): (typeof roleMappings)[number] | undefined {
  return roleMappings.find((m) => m.role === role);
}

/** A citation with its document and section titles, anchor and address; the schema fills these in at parse time. */
export type ResolvedSource = SourceRef;

/** Every citation of several facts, deduplicated by anchor, in the order they appear. */
export function collectSources(...lists: readonly (readonly SourceRef[] | undefined)[]): SourceRef[] {
  const seen = new Set<string>();
  return lists.flatMap((list) => list ?? []).filter((source) => (seen.has(source.anchor) ? false : (seen.add(source.anchor), true)));
}

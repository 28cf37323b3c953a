import { cloudServices, clouds, instanceTypes, roleCategories, roleMappings, roles, sourceDocuments } from '../../schemas/registries.ts';
import type { CloudId, CloudServiceId } from '../../schemas/cloud-ref.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';

/** The registries, validated at load; areas read them from here, never from data/ directly. */
export { cloudServices, clouds, instanceTypes, roleCategories, roleMappings, roles, sourceDocuments };

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

/** Instance types of one cloud, smallest first. */
export function listInstanceTypes(cloud: CloudId): (typeof instanceTypes)[number][] {
  return instanceTypes.filter((t) => t.cloud === cloud).sort((a, b) => a.vcpu - b.vcpu || a.memoryGiB - b.memoryGiB);
}

/** A citation resolved to the document and section titles. */
export interface ResolvedSource {
  doc: string;
  section: string;
  documentTitle: string;
  sectionTitle: string;
  vendor: string;
  url?: string;
  /** Anchor id used for the citation on pages. */
  anchor: string;
}

/** Resolves a citation to titles and an anchor id. */
export function resolveSource(ref: SourceRef): ResolvedSource {
  const document = sourceDocuments.find((d) => d.id === ref.doc);
  const section = document?.sections.find((s) => s.id === ref.section);
  const url = document && 'url' in document ? document.url : undefined;
  return {
    doc: ref.doc,
    section: ref.section,
    documentTitle: document?.title ?? ref.doc,
    sectionTitle: section?.title ?? ref.section,
    vendor: document?.vendor ?? '',
    ...(url ? { url } : {}),
    anchor: `src-${ref.doc}-${ref.section}`,
  };
}

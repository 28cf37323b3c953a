import type { Architecture } from '../../schemas/architecture.ts';
import type { Component } from '../../schemas/component.ts';
import type { Conflict } from '../../schemas/conflict.ts';
import type { Connection } from '../../schemas/connection.ts';
import type { Group } from '../../schemas/group.ts';
import type { Host } from '../../schemas/host.ts';
import type { LoadDriver } from '../../schemas/load-driver.ts';
import type { Note } from '../../schemas/note.ts';
import type { SourceDocument } from '../../schemas/source-document.ts';
import type { Variant } from '../../schemas/variant.ts';
import { listGroupAncestry } from './list-group-ancestry.ts';

/** A component as it stands in one variant: overrides applied, variant filters and overrides dropped. */
export type ResolvedComponent = Omit<Component, 'variants' | 'overrides'>;

/** A host as it stands in one variant. */
export type ResolvedHost = Omit<Host, 'variants'>;

/** One variant of an architecture with everything that applies to it, ready for tables, diagrams and sizing. */
export interface ResolvedVariant {
  architectureId: string;
  product: string;
  vendor: string;
  category: Architecture['category'];
  variant: Variant;
  /** Whether this is the architecture's first (default) variant. */
  isDefault: boolean;
  components: ResolvedComponent[];
  connections: Connection[];
  groups: Group[];
  hosts: ResolvedHost[];
  loadDrivers: LoadDriver[];
  notes: Note[];
  conflicts: Conflict[];
  documents: SourceDocument[];
}

/** Whether an item limited to `variants` applies to `variantId`. */
function appliesTo(variants: readonly string[] | undefined, variantId: string): boolean {
  return !variants || variants.includes(variantId);
}

/** Applies a component's overrides for `variantId` and strips variant bookkeeping. */
function resolveComponent(component: Component, variantId: string): ResolvedComponent {
  const { variants: _variants, overrides, ...base } = component;
  const override = overrides?.[variantId] ?? {};
  return { ...base, ...Object.fromEntries(Object.entries(override).filter(([, value]) => value !== undefined)) } as ResolvedComponent;
}

/** Keeps the groups that hold a component, plus their ancestors, in declaration order. */
function selectGroups(groups: readonly Group[], components: readonly ResolvedComponent[]): Group[] {
  const used = new Set(components.flatMap((component) => listGroupAncestry(groups, component.group).map((group) => group.id)));
  return groups.filter((group) => used.has(group.id));
}

/** Resolves one variant of an architecture; throws when the variant id is unknown. */
export function resolveVariant(architecture: Architecture, variantId: string): ResolvedVariant {
  const variant = architecture.variants.find((v) => v.id === variantId);
  if (!variant) {
    throw new Error(`unknown variant "${variantId}" of ${architecture.id}; known: ${architecture.variants.map((v) => v.id).join(', ')}`);
  }
  const components = architecture.components.filter((c) => appliesTo(c.variants, variantId)).map((c) => resolveComponent(c, variantId));
  const present = new Set(components.map((component) => component.id));
  return {
    architectureId: architecture.id,
    product: architecture.product,
    vendor: architecture.vendor,
    category: architecture.category,
    variant,
    isDefault: architecture.variants[0]?.id === variantId,
    components,
    connections: architecture.connections.filter((c) => appliesTo(c.variants, variantId)),
    groups: selectGroups(architecture.groups, components),
    hosts: architecture.hosts
      .filter((host) => appliesTo(host.variants, variantId))
      .map(({ variants: _variants, ...host }) => ({ ...host, components: host.components.filter((id) => present.has(id)) }))
      .filter((host) => host.components.length > 0),
    loadDrivers: architecture.loadDrivers,
    notes: [...architecture.notes, ...(variant.notes ?? [])],
    conflicts: architecture.conflicts.filter((conflict) => !conflict.component || present.has(conflict.component)),
    documents: architecture.documents,
  };
}

/** Resolves every variant of an architecture, in declaration order. */
export function resolveAllVariants(architecture: Architecture): ResolvedVariant[] {
  return architecture.variants.map((variant) => resolveVariant(architecture, variant.id));
}

/** Architectures in catalogue order: by product name, the order every list, page and answer uses. */
export function sortArchitectures(architectures: readonly Architecture[]): Architecture[] {
  return [...architectures].sort((a, b) => a.product.localeCompare(b.product));
}

import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import type { NecessityLevel, RequirementScope } from '../../schemas/component.ts';
import type { Note } from '../../schemas/fact.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import {
  formatGiB,
  formatPerUserRule,
  formatScope,
  formatTarget,
  formatUsers,
  formatZonesSentence,
  sizingResources,
  type SizingResource,
  findRole,
  resolveSource,
  type ResolvedSource,
  resolveVariant,
  type ResolvedComponent,
  type ResolvedVariant,
  selectRequirements,
} from '../model/index.ts';
import { mapComponentToCloud, type MappedInstance, type MappedService } from '../cloud/index.ts';

/** Largest user count sizing accepts; beyond it the per-user rules the vendors state are not meant to stretch. */
export const MAX_USERS = 100_000_000;

/** The unit convention every sizing figure follows, stated in results so readers need not guess. */
export const SIZING_UNITS = {
  memory: 'GiB',
  storage: 'GiB',
  convention:
    'Vendor sizes written in kB, MB, GB or TB are read as binary multiples (1 kB = 1 KiB, 1 GB = 1 GiB), as in src/schemas/quantity.ts.',
} as const;

/** What to size for. */
export interface SizingOptions {
  /** Expected number of users; a whole number from 1 to MAX_USERS. */
  users: number;
  /** Where it runs; defaults to the variant's own cloud, else self-managed. */
  cloud?: TargetId | undefined;
}

/** One component's share of a sizing: totals for the component (per-node figure times nodes) and its placement. */
export interface SizedComponent {
  id: string;
  name: string;
  role: RoleId;
  roleLabel: string;
  technology: string | null;
  /** Necessity at this user count, after thresholds. */
  necessity: NecessityLevel;
  /** Necessity as the component states it, before thresholds. */
  statedNecessity: NecessityLevel;
  condition: string | null;
  /** Whether the component counts toward the totals (required or recommended at this user count). */
  counted: boolean;
  /** Scope of the stated figures used (minimum, high availability, production); null when none are stated. */
  scope: RequirementScope | null;
  nodes: number | null;
  vcpu: number | null;
  memoryGiB: number | null;
  storageGiB: number | null;
  /** Per-node figures as stated; null where not stated. */
  perNode: { vcpu: number | null; memoryGiB: number | null; storageGiB: number | null };
  service: MappedService | null;
  serviceReason: string | null;
  instance: MappedInstance | null;
  instanceReason: string | null;
  /** How the figures were derived, in plain words. */
  notes: string[];
  /** Where each figure used comes from. */
  sources: ResolvedSource[];
}

/** Sums of the stated figures of counted components; null when no counted component states the resource. */
export type SizingTotals = Record<SizingResource, number | null>;

/** A counted component with resources the vendor does not state. */
export interface UnstatedEntry {
  component: string;
  name: string;
  resources: SizingResource[];
}

/** A sourced recommendation that applies at this user count. */
export interface SizingRecommendation {
  text: string;
  source: ResolvedSource;
  /** Component it concerns; null for the whole deployment. */
  component: string | null;
}

/** A full sizing of one architecture variant for a user count and target. */
export interface SizingResult {
  architecture: string;
  product: string;
  variant: string;
  variantName: string;
  users: number;
  cloud: TargetId;
  cloudLabel: string;
  units: typeof SIZING_UNITS;
  components: SizedComponent[];
  totals: SizingTotals;
  unstated: UnstatedEntry[];
  recommendations: SizingRecommendation[];
}

/** Whether `users` is a whole number sizing accepts. */
export function isValidUserCount(users: number): boolean {
  return Number.isSafeInteger(users) && users >= 1 && users <= MAX_USERS;
}

/** The necessity a component takes at a user count: the highest threshold the count exceeds wins. */
export function findEffectiveNecessity(component: Pick<ResolvedComponent, 'necessity' | 'thresholds'>, users: number): NecessityLevel {
  const crossed = (component.thresholds ?? []).filter((t) => users > t.usersAbove).sort((a, b) => b.usersAbove - a.usersAbove)[0];
  return crossed?.level ?? component.necessity.level;
}

/** Whether a necessity level makes a component count toward the totals. */
function isCounted(level: NecessityLevel): boolean {
  switch (level) {
    case 'required':
    case 'recommended':
      return true;
    case 'optional':
    case 'conditional':
      return false;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Deduplicates sources by anchor, keeping first appearance. */
function uniqueSources(refs: readonly SourceRef[]): ResolvedSource[] {
  const seen = new Set<string>();
  return refs.map(resolveSource).filter((s) => (seen.has(s.anchor) ? false : (seen.add(s.anchor), true)));
}

/** Upper-cases the first letter, for a phrase that opens a sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sizes one component for a user count (null: stated figures only, per-user rules left out) and places it on the target. */
function sizeComponent(component: ResolvedComponent, users: number | null, target: TargetId): SizedComponent {
  const requirements = selectRequirements(component);
  const notes: string[] = [];
  const sourceRefs: SourceRef[] = [];
  const statedNodes = requirements?.nodes ?? null;
  // A component that exists runs on at least one node, so per-node figures with no stated count are counted once.
  const multiplier = statedNodes ?? 1;
  if (requirements) {
    sourceRefs.push(requirements.source);
    notes.push(`Stated figures are ${formatScope(requirements.scope)}.`);
    if (statedNodes === null && (requirements.vcpu !== undefined || requirements.memory || requirements.storage)) {
      notes.push('The vendor states no node count; per-node figures are counted once.');
    }
  }
  const perNode = {
    vcpu: requirements?.vcpu ?? null,
    memoryGiB: requirements?.memory?.gib ?? null,
    storageGiB: requirements?.storage?.gib ?? null,
  };
  const fromRequirements = {
    vcpu: perNode.vcpu === null ? null : perNode.vcpu * multiplier,
    memoryGiB: perNode.memoryGiB === null ? null : perNode.memoryGiB * multiplier,
    storageGiB: perNode.storageGiB === null ? null : perNode.storageGiB * multiplier,
  };
  const perUser = { memoryGiB: null as number | null, storageGiB: null as number | null };
  for (const rule of component.sizing ?? []) {
    if (users === null) {
      sourceRefs.push(rule.source);
      notes.push(`${capitalise(formatPerUserRule(rule))}, on top of the figures shown.`);
      continue;
    }
    const key = rule.resource === 'memory' ? 'memoryGiB' : 'storageGiB';
    const amount = rule.perUser.gib * users;
    perUser[key] = (perUser[key] ?? 0) + amount;
    sourceRefs.push(rule.source);
    notes.push(`${capitalise(formatPerUserRule(rule))} × ${formatUsers(users)} = ${formatGiB(amount)}.`);
  }
  const combine = (stated: number | null, derived: number | null, label: string): number | null => {
    if (stated !== null && derived !== null) {
      notes.push(`The larger of the stated ${label} (${formatGiB(stated)}) and the per-user ${label} (${formatGiB(derived)}) is used.`);
      return Math.max(stated, derived);
    }
    return stated ?? derived;
  };
  const memoryGiB = combine(fromRequirements.memoryGiB, perUser.memoryGiB, 'memory');
  const storageGiB = combine(fromRequirements.storageGiB, perUser.storageGiB, 'storage');
  const statedNecessity = component.necessity.level;
  const necessity = users === null ? statedNecessity : findEffectiveNecessity(component, users);
  for (const threshold of component.thresholds ?? []) {
    sourceRefs.push(threshold.source);
    notes.push(users === null || users <= threshold.usersAbove ? `Below the threshold: ${threshold.text}` : threshold.text);
  }
  if (requirements?.version) notes.push(`${requirements.version.product} ${requirements.version.min} or later.`);
  // Per-user memory is the whole dataset; with no per-node memory stated, an instance must hold it on one node.
  const need = {
    vcpu: perNode.vcpu ?? undefined,
    memoryGiB: perNode.memoryGiB ?? (statedNodes === null ? (perUser.memoryGiB ?? undefined) : undefined),
  };
  const mapping = mapComponentToCloud(component, target, need);
  if (mapping.instance && !mapping.instance.vendorNamed && perNode.memoryGiB === null && perUser.memoryGiB !== null) {
    notes.push(`${mapping.instance.name} is the smallest listed type holding the per-user memory on one node.`);
  }
  for (const named of [mapping.service?.source, mapping.instance?.source]) {
    if (named) sourceRefs.push({ doc: named.doc, section: named.section });
  }
  return {
    id: component.id,
    name: component.name,
    role: component.role,
    roleLabel: findRole(component.role).label,
    technology: component.technology ?? null,
    necessity,
    statedNecessity,
    condition: component.necessity.condition ?? null,
    counted: isCounted(necessity),
    scope: requirements?.scope ?? null,
    nodes: statedNodes,
    vcpu: fromRequirements.vcpu,
    memoryGiB,
    storageGiB,
    perNode,
    service: mapping.service,
    serviceReason: mapping.serviceReason,
    instance: mapping.instance,
    instanceReason: mapping.instanceReason,
    notes,
    sources: uniqueSources(sourceRefs),
  };
}

/** Sums one resource over counted rows; null when no counted row states it. */
function sumResource(rows: readonly SizedComponent[], resource: SizingResource): number | null {
  const stated = rows.filter((row) => row.counted && row[resource] !== null);
  return stated.length === 0 ? null : stated.reduce((sum, row) => sum + (row[resource] ?? 0), 0);
}

/** Recommendations that apply at this user count (null: none of the thresholds), with recommendation and HA notes and zones. */
function collectRecommendations(resolved: ResolvedVariant, users: number | null): SizingRecommendation[] {
  const fromNote = (note: Note, component: string | null): SizingRecommendation[] =>
    note.kind === 'recommendation' || note.kind === 'high-availability'
      ? [{ text: note.text, source: resolveSource(note.source), component }]
      : [];
  const zones = resolved.variant.availabilityZones;
  const all: SizingRecommendation[] = [
    ...(zones ? [{ text: formatZonesSentence(zones.min), source: resolveSource(zones.source), component: null }] : []),
    ...resolved.notes.flatMap((note) => fromNote(note, null)),
    ...resolved.components.flatMap((component) => [
      ...(component.thresholds ?? [])
        .filter((t) => users !== null && users > t.usersAbove)
        .map((t) => ({ text: t.text, source: resolveSource(t.source), component: component.id })),
      ...(component.notes ?? []).flatMap((note) => fromNote(note, component.id)),
    ]),
  ];
  const seen = new Set<string>();
  return all.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}

/** Totals and unstated entries over sized rows; only counted rows with stated figures add up. */
function summarise(components: readonly SizedComponent[]): Pick<SizingResult, 'totals' | 'unstated'> {
  const totals = Object.fromEntries(sizingResources.map((resource) => [resource, sumResource(components, resource)])) as SizingTotals;
  const unstated = components
    .filter((row) => row.counted)
    .map((row) => ({ component: row.id, name: row.name, resources: sizingResources.filter((resource) => row[resource] === null) }))
    .filter((entry) => entry.resources.length > 0);
  return { totals, unstated };
}

/** The stated minimum footprint of a resolved variant, independent of users: required and recommended components only. */
export interface Footprint {
  components: SizedComponent[];
  totals: SizingTotals;
  unstated: UnstatedEntry[];
}

/** Computes a variant's footprint from stated per-node figures alone (no per-user rules, no thresholds), self-managed. */
export function computeFootprint(resolved: ResolvedVariant): Footprint {
  const components = resolved.components.map((component) => sizeComponent(component, null, 'self-managed'));
  return { components, ...summarise(components) };
}

/**
 * Sizes one variant of an architecture for a user count on a target: applies stated minimums (per-node figures times
 * nodes), per-user rules and thresholds, places each component on the target, and totals only stated figures.
 */
export function computeSizing(architecture: Architecture, variantId: string | undefined, options: SizingOptions): SizingResult {
  if (!isValidUserCount(options.users)) {
    throw new RangeError(`users must be a whole number from 1 to ${MAX_USERS.toLocaleString('en-US')}; got ${options.users}.`);
  }
  const resolved = resolveVariant(architecture, variantId ?? architecture.variants[0]?.id ?? '');
  const cloud = options.cloud ?? resolved.variant.cloud ?? 'self-managed';
  const components = resolved.components.map((component) => sizeComponent(component, options.users, cloud));
  const { totals, unstated } = summarise(components);
  return {
    architecture: architecture.id,
    product: architecture.product,
    variant: resolved.variant.id,
    variantName: resolved.variant.name,
    users: options.users,
    cloud,
    cloudLabel: formatTarget(cloud),
    units: SIZING_UNITS,
    components,
    totals,
    unstated,
    recommendations: collectRecommendations(resolved, options.users),
  };
}

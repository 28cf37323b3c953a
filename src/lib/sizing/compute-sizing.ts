import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import type { LoadDriver } from '../../schemas/load-driver.ts';
import type { NecessityLevel } from '../../schemas/necessity.ts';
import type { Note } from '../../schemas/note.ts';
import type { Figure, Interval } from '../../schemas/quantity.ts';
import type { RatedLoad } from '../../schemas/rated-load.ts';
import type { Requirement, RequirementScope } from '../../schemas/requirement.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import {
  collectCloudFacts,
  mapComponentToCloud,
  type ArchitectureCloudFacts,
  type MappedInstance,
  type MappedService,
  type SizeNeed,
} from '../cloud/index.ts';
import {
  collectSources,
  findRole,
  formatGiB,
  formatInterval,
  formatVersionFloor,
  formatLoad,
  formatScope,
  formatScopeFigures,
  formatSizingRule,
  formatTarget,
  formatVcpu,
  formatZonesSentence,
  lowerFirst,
  resourceLabels,
  upperFirst,
  resolveVariant,
  selectRequirements,
  sizingResources,
  type ResolvedComponent,
  type ResolvedHost,
  type ResolvedSource,
  type ResolvedVariant,
  type SizingResource,
} from '../model/index.ts';

/** Largest load sizing accepts for any driver; beyond it the per-unit rules vendors state are not meant to stretch. */
export const MAX_LOAD = 100_000_000;

/** Largest user count sizing accepts (the users driver is a load like any other). */
export const MAX_USERS = MAX_LOAD;

/** The unit convention every sizing figure follows, stated in results so readers need not guess. */
export const SIZING_UNITS = {
  memory: 'GiB',
  storage: 'GiB',
  cpu: 'vCPU',
  convention:
    'Vendor sizes written in kB, MB, GB or TB are read as binary multiples (1 kB = 1 KiB, 1 GB = 1 GiB); CPU in millicores is divided by 1,000.',
} as const;

/** Loads to size for, keyed by load-driver id (users, concurrent-workspaces, ...). */
export type Loads = Readonly<Record<string, number>>;

/** What to size for. */
export interface SizingOptions {
  /** The load per driver; drivers left out are not applied (their rules are listed as not applied). */
  loads: Loads;
  /** Where it runs; defaults to the variant's own cloud, else self-managed. */
  cloud?: TargetId | undefined;
}

/** Per-node or whole-component amounts of each resource; null where nothing is stated. */
export type ResourceAmounts = Record<SizingResource, Interval | null>;

/** One component's share of a sizing: its totals (per node times nodes, plus load rules) and its placement. */
export interface SizedComponent {
  id: string;
  name: string;
  role: RoleId;
  roleLabel: string;
  technology: string | null;
  /** Necessity at this load, after thresholds. */
  necessity: NecessityLevel;
  /** Necessity as the component states it, before thresholds. */
  statedNecessity: NecessityLevel;
  condition: string | null;
  /** Whether the component counts toward the totals (required or recommended at this load). */
  counted: boolean;
  /** The host it runs on, when the vendor says it shares one with other components; its figures count there. */
  host: string | null;
  /** Scope of the stated figures used; null when none are stated. */
  scope: RequirementScope | null;
  /** Totals for the component; nodes is the node count. */
  amounts: ResourceAmounts;
  /** Per-node figures as stated (parts added up); null where not stated. */
  perNode: ResourceAmounts;
  /** Limits where the vendor states them or a head-room rule derives them: totals for the component. */
  limits: { vcpu: Interval | null; memoryGiB: Interval | null };
  /** Resources that grow with a load driver in this sizing. */
  grows: SizingResource[];
  service: MappedService | null;
  serviceReason: string | null;
  instance: MappedInstance | null;
  instanceReason: string | null;
  /** How the figures were derived, in plain words. */
  notes: string[];
  /** Where each figure used comes from. */
  sources: ResolvedSource[];
}

/** Components that share one machine, counted once. */
export interface SizedHost {
  id: string;
  name: string;
  kind: ResolvedHost['kind'];
  components: string[];
  counted: boolean;
  amounts: ResourceAmounts;
  service: MappedService | null;
  serviceReason: string | null;
  instance: MappedInstance | null;
  instanceReason: string | null;
  notes: string[];
  sources: ResolvedSource[];
}

/** Sums of the stated figures of counted components and hosts; null when none states the resource. */
export type SizingTotals = Record<SizingResource, Interval | null>;

/** A counted component with resources the vendor does not state. */
export interface UnstatedEntry {
  component: string;
  name: string;
  resources: SizingResource[];
}

/** A sourced recommendation or warning that applies at this load. */
export interface SizingRecommendation {
  text: string;
  source: ResolvedSource[];
  /** Component it concerns; null for the whole deployment. */
  component: string | null;
}

/** A load past (or below) what the variant is rated or tested for, with the variants that would fit. */
export interface RatedLoadWarning {
  driver: string;
  load: number;
  text: string;
  /** Variants of the same architecture whose rated range holds the load. */
  fits: { id: string; name: string }[];
  source: ResolvedSource[];
}

/** A full sizing of one architecture variant for given loads and a target. */
export interface SizingResult {
  architecture: string;
  product: string;
  variant: string;
  variantName: string;
  /** The loads applied, with their drivers' labels. */
  loads: { driver: string; label: string; singular: string; value: number }[];
  /** Drivers the vendor sizes by that were not given, so their rules are not applied. */
  missingLoads: { driver: string; label: string }[];
  cloud: TargetId;
  cloudLabel: string;
  units: typeof SIZING_UNITS;
  components: SizedComponent[];
  hosts: SizedHost[];
  totals: SizingTotals;
  /** Sums of the CPU and memory limits of counted components that state or derive one; null when none does. */
  limitTotals: { vcpu: Interval | null; memoryGiB: Interval | null };
  unstated: UnstatedEntry[];
  recommendations: SizingRecommendation[];
  warnings: RatedLoadWarning[];
}

const point = (value: number): Interval => ({ low: value, high: value });
const add = (a: Interval | null, b: Interval | null): Interval | null =>
  a === null ? b : b === null ? a : { low: a.low + b.low, high: a.high + b.high };
const scale = (a: Interval, factor: number): Interval => ({ low: a.low * factor, high: a.high * factor });
const emptyAmounts = (): ResourceAmounts => ({ nodes: null, vcpu: null, memoryGiB: null, storageGiB: null, iops: null });

/** Whether a load is a number sizing accepts (from 0 to MAX_LOAD). */
export function isValidLoad(load: number): boolean {
  return Number.isFinite(load) && load >= 0 && load <= MAX_LOAD;
}

/** Whether `users` is a whole number sizing accepts. */
export function isValidUserCount(users: number): boolean {
  return Number.isSafeInteger(users) && users >= 1 && users <= MAX_USERS;
}

/** The necessity a component takes at the given loads: the highest threshold crossed wins. */
export function findEffectiveNecessity(component: Pick<ResolvedComponent, 'necessity' | 'thresholds'>, loads: Loads): NecessityLevel {
  // A driver left out reads as 0, which crosses no threshold: `above` is never negative (ThresholdSchema).
  const crossed = component.thresholds?.filter((t) => (loads[t.driver] ?? 0) > t.above).sort((a, b) => b.above - a.above)[0];
  return crossed?.level ?? component.necessity.level;
}

/** Whether a necessity level makes a component count toward the totals. */
export function isCounted(level: NecessityLevel): boolean {
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

/** The amount of a figure sizing counts: the request when stated, else the plain value. */
function readFigure(figure: Figure | undefined): Interval | null {
  return figure ? { low: figure.amount.low, high: figure.amount.high } : null;
}

/** Per-node stated figures of the selected requirement entries, parts added up. */
function sumPerNode(entries: readonly Requirement[]): {
  amounts: ResourceAmounts;
  limits: { vcpu: Interval | null; memoryGiB: Interval | null };
} {
  const amounts = emptyAmounts();
  const limits = { vcpu: null as Interval | null, memoryGiB: null as Interval | null };
  for (const entry of entries) {
    amounts.vcpu = add(amounts.vcpu, readFigure(entry.vcpu));
    amounts.memoryGiB = add(amounts.memoryGiB, readFigure(entry.memory));
    amounts.storageGiB = add(amounts.storageGiB, readFigure(entry.storage));
    amounts.iops = add(amounts.iops, readFigure(entry.iops));
    if (entry.vcpu?.limit) limits.vcpu = add(limits.vcpu, entry.vcpu.limit);
    if (entry.memory?.limit) limits.memoryGiB = add(limits.memoryGiB, entry.memory.limit);
  }
  return { amounts, limits };
}

/** A driver by id, or a stand-in naming the id when the architecture does not declare it. */
function findDriver(drivers: readonly LoadDriver[], id: string): Pick<LoadDriver, 'id' | 'label' | 'singular'> {
  return drivers.find((driver) => driver.id === id) ?? { id, label: id, singular: id };
}

/** Sizes one component at the given loads (stated figures only when `loads` is empty) and places it on the target. */
function sizeComponent(
  component: ResolvedComponent,
  resolved: ResolvedVariant,
  loads: Loads,
  target: TargetId,
  facts: ArchitectureCloudFacts,
  host: string | null,
): SizedComponent {
  const entries = selectRequirements(component);
  const notes: string[] = [];
  const sourceLists: SourceRef[][] = entries.map((entry) => entry.source);
  const stated = sumPerNode(entries.filter((entry) => entry.perNode));
  const whole = sumPerNode(entries.filter((entry) => !entry.perNode));
  const statedNodes = entries.map((entry) => entry.nodes).find((nodes) => nodes !== undefined) ?? null;
  // A component that exists runs on at least one node, so per-node figures with no stated count are counted once.
  const multiplier = statedNodes ?? 1;
  const scope = entries[0]?.scope ?? null;
  if (scope) {
    const parts = entries.filter((entry) => entry.scope === scope);
    notes.push(
      `Stated figures are ${formatScope(scope)}${parts.length > 1 ? `, the sum of ${parts.length} parts (${parts.map((e) => e.part ?? 'main').join(', ')})` : ''}.`,
    );
    for (const fill of entries.filter((entry) => entry.scope !== scope)) {
      const named = (['nodes', 'vcpu', 'memory', 'storage', 'iops'] as const)
        .filter((field) => fill[field] !== undefined)
        .map((field) => lowerFirst(resourceLabels[field === 'memory' ? 'memoryGiB' : field === 'storage' ? 'storageGiB' : field].label));
      notes.push(
        `${upperFirst(formatScopeFigures(fill.scope))} give ${named.join(' and ')}, which ${formatScopeFigures(scope)} leave out.`,
      );
    }
    const anyPerNode = entries.some((entry) => entry.perNode && (entry.vcpu || entry.memory || entry.storage || entry.iops));
    if (statedNodes === null && anyPerNode) notes.push('The vendor states no node count; per-node figures are counted once.');
  }
  const amounts = emptyAmounts();
  amounts.nodes = statedNodes === null ? null : point(statedNodes);
  for (const resource of ['vcpu', 'memoryGiB', 'storageGiB', 'iops'] as const) {
    const perNode = stated.amounts[resource];
    amounts[resource] = add(perNode === null ? null : scale(perNode, multiplier), whole.amounts[resource]);
  }
  const limits = {
    vcpu: add(stated.limits.vcpu === null ? null : scale(stated.limits.vcpu, multiplier), whole.limits.vcpu),
    memoryGiB: add(stated.limits.memoryGiB === null ? null : scale(stated.limits.memoryGiB, multiplier), whole.limits.memoryGiB),
  };
  const grows = new Set<SizingResource>();
  const perNodeNeed: SizeNeed = { vcpu: stated.amounts.vcpu?.low, memoryGiB: stated.amounts.memoryGiB?.low };
  let loadMemoryForOneNode: number | undefined;
  for (const rule of component.sizing ?? []) {
    const driver = findDriver(resolved.loadDrivers, rule.driver);
    const load = loads[rule.driver];
    sourceLists.push(rule.source);
    if (load === undefined) {
      notes.push(`Not applied (no ${driver.label} given): ${formatSizingRule(rule, driver)}.`);
      continue;
    }
    const units = load / rule.per;
    const times = rule.appliesTo === 'per-node' ? multiplier : 1;
    const parts: string[] = [];
    const apply = (
      resource: 'vcpu' | 'memoryGiB' | 'storageGiB' | 'iops',
      figure: Figure | undefined,
      describe: (value: Interval) => string,
    ) => {
      if (!figure) return;
      const amount = scale({ low: figure.amount.low, high: figure.amount.high }, units * times);
      amounts[resource] = add(amounts[resource], amount);
      grows.add(resource);
      parts.push(describe(amount));
      if (resource === 'vcpu' && figure.limit)
        limits.vcpu = add(limits.vcpu, scale({ low: figure.limit.low, high: figure.limit.high }, units * times));
      if (resource === 'memoryGiB' && figure.limit) {
        limits.memoryGiB = add(limits.memoryGiB, scale({ low: figure.limit.low, high: figure.limit.high }, units * times));
      }
    };
    apply('vcpu', rule.vcpu, (value) => formatInterval(value, formatVcpu));
    apply('memoryGiB', rule.memory, (value) => `${formatInterval(value, formatGiB)} memory`);
    apply('storageGiB', rule.storage, (value) => `${formatInterval(value, formatGiB)} storage`);
    apply('iops', rule.iops, (value) => `${formatInterval(value, (v) => Math.round(v).toLocaleString('en-US'))} IOPS`);
    if (rule.memory && rule.appliesTo === 'total' && statedNodes === null)
      loadMemoryForOneNode = (loadMemoryForOneNode ?? 0) + rule.memory.amount.low * units;
    const loadText = formatLoad(driver, load);
    notes.push(`${upperFirst(formatSizingRule(rule, driver))}, at ${loadText}: ${parts.join(', ')}.`);
  }
  for (const rule of component.limits ?? []) {
    sourceLists.push(rule.source);
    const key = rule.resource === 'vcpu' ? 'vcpu' : 'memoryGiB';
    const request = amounts[key];
    if (request === null || limits[key] !== null) continue;
    // Head-room rules are per node; the limit of the whole component follows from each node's request.
    const perNode = scale(request, 1 / multiplier);
    const minus = rule.minus === undefined ? 0 : 'gib' in rule.minus ? rule.minus.gib : rule.minus.vcpu;
    const derive = (value: number) => (Math.max(0, value - minus) * (rule.times ?? 1)) / (rule.dividedBy ?? 1);
    limits[key] = scale({ low: derive(perNode.low), high: derive(perNode.high) }, multiplier);
    notes.push(`${rule.text}`);
  }
  const statedNecessity = component.necessity.level;
  const necessity = findEffectiveNecessity(component, loads);
  for (const threshold of component.thresholds ?? []) {
    sourceLists.push(threshold.source);
    const load = loads[threshold.driver];
    const driver = findDriver(resolved.loadDrivers, threshold.driver);
    if (load === undefined) notes.push(`Applies above ${formatLoad(driver, threshold.above)}: ${threshold.text}`);
    else if (load > threshold.above) notes.push(threshold.text);
    else
      notes.push(
        `At ${formatLoad(driver, load)}, below the ${threshold.above.toLocaleString('en-US')} of this recommendation: ${threshold.text}`,
      );
  }
  for (const version of entries.flatMap((entry) => entry.versions ?? [])) {
    notes.push(`Version: ${formatVersionFloor(version)}.`);
  }
  // A whole-component memory rule with no node count must fit on one node (for example a cache holding per-user data).
  const need: SizeNeed = { vcpu: perNodeNeed.vcpu, memoryGiB: perNodeNeed.memoryGiB ?? loadMemoryForOneNode };
  const mapping = host
    ? { service: null, serviceReason: `Runs on ${host}.`, instance: null, instanceReason: `Runs on ${host}.` }
    : mapComponentToCloud(component, target, need, { facts: facts.get(component.id), variantName: resolved.variant.name });
  if (mapping.instance && !mapping.instance.vendorNamed && perNodeNeed.memoryGiB === undefined && loadMemoryForOneNode !== undefined) {
    notes.push(`${mapping.instance.name} is the smallest size holding the load-based memory on one node.`);
  }
  for (const named of [mapping.service?.source, mapping.instance?.source]) if (named) sourceLists.push(named);
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
    host,
    scope,
    amounts,
    perNode: stated.amounts,
    limits,
    grows: sizingResources.filter((resource) => grows.has(resource)),
    service: mapping.service,
    serviceReason: mapping.serviceReason,
    instance: mapping.instance,
    instanceReason: mapping.instanceReason,
    notes,
    sources: collectSources(...sourceLists),
  };
}

/** Sizes a host: its own stated figures when the vendor gives them, else the sum of its counted components, on one machine. */
function sizeHost(host: ResolvedHost, members: readonly SizedComponent[], resolved: ResolvedVariant, target: TargetId): SizedHost {
  const own = selectRequirements({ requirements: host.requirements });
  const counted = members.filter((member) => member.counted);
  const amounts = emptyAmounts();
  const notes: string[] = [];
  if (own.length > 0) {
    const stated = sumPerNode(own);
    const nodes = own.map((entry) => entry.nodes).find((n) => n !== undefined) ?? 1;
    amounts.nodes = point(nodes);
    for (const resource of ['vcpu', 'memoryGiB', 'storageGiB', 'iops'] as const) {
      const value = stated.amounts[resource];
      amounts[resource] = value === null ? null : scale(value, nodes);
    }
    notes.push(`The vendor states figures for the ${host.kind} as a whole (${formatScope(own[0]?.scope ?? 'minimum')}).`);
  } else {
    amounts.nodes = point(1);
    for (const resource of ['vcpu', 'memoryGiB', 'storageGiB', 'iops'] as const) {
      amounts[resource] = counted.reduce<Interval | null>((sum, member) => add(sum, member.amounts[resource]), null);
    }
    notes.push(`One ${host.kind} holds ${members.map((m) => m.name).join(', ')}; its figures are the sum of theirs.`);
  }
  const need: SizeNeed = { vcpu: amounts.vcpu?.low, memoryGiB: amounts.memoryGiB?.low };
  // Stryker disable next-line ObjectLiteral,StringLiteral,BooleanLiteral: the server-host role maps to each cloud's VM service, whose catalogue is the one asHost picks (map-to-cloud.test.ts checks it), and a host has no vendor facts for variantName to qualify, so each is enough alone.
  const mapping = mapComponentToCloud({ role: 'server-host' }, target, need, { asHost: true, variantName: resolved.variant.name });
  return {
    id: host.id,
    name: host.name,
    kind: host.kind,
    components: members.map((member) => member.id),
    counted: counted.length > 0,
    amounts,
    service: mapping.service,
    serviceReason: mapping.serviceReason,
    instance: mapping.instance,
    instanceReason: mapping.instanceReason,
    notes,
    sources: collectSources(host.source, ...own.map((entry) => entry.source)),
  };
}

/** Recommendations that apply at these loads, with recommendation, requirement and HA notes and zones. */
function collectRecommendations(resolved: ResolvedVariant, loads: Loads): SizingRecommendation[] {
  const fromNote = (note: Note, component: string | null): SizingRecommendation[] =>
    note.kind === 'recommendation' || note.kind === 'high-availability' || note.kind === 'requirement'
      ? [{ text: note.text, source: note.source, component }]
      : [];
  const zones = resolved.variant.availabilityZones;
  const all: SizingRecommendation[] = [
    ...(zones ? [{ text: formatZonesSentence(zones.min), source: zones.source, component: null }] : []),
    ...resolved.notes.flatMap((note) => fromNote(note, null)),
    ...resolved.components.flatMap((component) => [
      // Stryker disable next-line ArrayDeclaration: a string in place of the list names no driver, so no threshold is crossed either way.
      ...(component.thresholds ?? [])
        // A driver left out reads as 0, which crosses no threshold (`above` is never negative).
        .filter((t) => (loads[t.driver] ?? 0) > t.above)
        .map((t) => ({ text: t.text, source: t.source, component: component.id })),
      // A note about a component you do not deploy at this load is noise in a sizing.
      ...(isCounted(findEffectiveNecessity(component, loads))
        ? // Stryker disable next-line ArrayDeclaration: a string in place of the list has no kind, so no note is taken either way.
          (component.notes ?? []).flatMap((note) => fromNote(note, component.id))
        : []),
    ]),
  ];
  const seen = new Set<string>();
  return all.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true)));
}

/** Whether a load sits inside a rated range. */
function isWithin(range: RatedLoad, load: number): boolean {
  return (range.min === undefined || load >= range.min) && (range.max === undefined || load <= range.max);
}

/** Warnings for loads outside what the variant is rated or tested for, naming the variants that fit. */
export function findRatedLoadWarnings(architecture: Architecture, resolved: ResolvedVariant, loads: Loads): RatedLoadWarning[] {
  // Stryker disable next-line ArrayDeclaration: a string in place of the list names no driver, so no warning is made either way.
  return (resolved.variant.rated ?? []).flatMap((range): RatedLoadWarning[] => {
    const load = loads[range.driver];
    if (load === undefined || isWithin(range, load)) return [];
    const driver = findDriver(resolved.loadDrivers, range.driver);
    const verb = range.basis === 'tested' ? 'tested' : 'rated';
    // A load equal to the maximum is within the range and never reaches here, so `>=` would choose the same bound.
    const bound =
      // Stryker disable next-line EqualityOperator: see above.
      range.max !== undefined && load > range.max ? `up to ${formatLoad(driver, range.max)}` : `from ${formatLoad(driver, range.min ?? 0)}`;
    const fits = architecture.variants
      .filter((variant) => variant.id !== resolved.variant.id)
      // Stryker disable next-line ArrayDeclaration: a string in place of the list names no driver, so the variant is not named either way.
      .filter((variant) => (variant.rated ?? []).some((other) => other.driver === range.driver && isWithin(other, load)))
      .map((variant) => ({ id: variant.id, name: variant.name }));
    const suggestion = fits.length > 0 ? ` ${fits.map((f) => f.name).join(' or ')} ${fits.length === 1 ? 'is' : 'are'} rated for it.` : '';
    return [
      {
        driver: range.driver,
        load,
        text: `${formatLoad(driver, load)} is outside what ${resolved.variant.name} is ${verb} for (${bound}); the figures below are the vendor's for its ${verb} range and may not hold.${suggestion}`,
        fits,
        source: range.source,
      },
    ];
  });
}

/** Resources a counted component is listed as not stating; IOPS is left out because few vendors state it for anything. */
export const reportedResources = sizingResources.filter((resource) => resource !== 'iops');

/** Totals and unstated entries: counted components not on a host, plus counted hosts. */
function summarise(components: readonly SizedComponent[], hosts: readonly SizedHost[]): Pick<SizingResult, 'totals' | 'unstated'> {
  const totals = Object.fromEntries(sizingResources.map((resource) => [resource, null])) as SizingTotals;
  for (const resource of sizingResources) {
    for (const row of components) if (row.counted && row.host === null) totals[resource] = add(totals[resource], row.amounts[resource]);
    for (const host of hosts) if (host.counted) totals[resource] = add(totals[resource], host.amounts[resource]);
  }
  const unstated = components
    .filter((row) => row.counted && row.host === null)
    .map((row) => ({
      component: row.id,
      name: row.name,
      resources: reportedResources.filter((resource) => row.amounts[resource] === null),
    }))
    .filter((entry) => entry.resources.length > 0);
  return { totals, unstated };
}

/** Sizes every component and host of a resolved variant. */
function sizeVariant(
  resolved: ResolvedVariant,
  loads: Loads,
  target: TargetId,
  facts: ArchitectureCloudFacts,
): { components: SizedComponent[]; hosts: SizedHost[] } {
  const hostOf = new Map<string, ResolvedHost>();
  for (const host of resolved.hosts) for (const id of host.components) hostOf.set(id, host);
  const components = resolved.components.map((component) =>
    sizeComponent(component, resolved, loads, target, facts, hostOf.get(component.id)?.name ?? null),
  );
  const hosts = resolved.hosts.map((host) =>
    sizeHost(
      host,
      components.filter((c) => host.components.includes(c.id)),
      resolved,
      target,
    ),
  );
  return { components, hosts };
}

/** The stated minimum footprint of a resolved variant, independent of load: required and recommended components only. */
export interface Footprint {
  components: SizedComponent[];
  hosts: SizedHost[];
  totals: SizingTotals;
  unstated: UnstatedEntry[];
}

/** Computes a variant's footprint from stated figures alone (no load rules, no thresholds crossed), self-managed. */
export function computeFootprint(resolved: ResolvedVariant): Footprint {
  const { components, hosts } = sizeVariant(resolved, {}, 'self-managed', new Map());
  return { components, hosts, ...summarise(components, hosts) };
}

/**
 * Sizes one variant of an architecture for the given loads on a target: stated figures (per node times nodes, parts
 * added), load-based rules, head-room limits and thresholds; hosts count once; every component is placed on the target,
 * and only stated figures are totalled. Loads outside the variant's rated range come back as warnings.
 */
export function computeSizing(architecture: Architecture, variantId: string | undefined, options: SizingOptions): SizingResult {
  for (const [driver, load] of Object.entries(options.loads)) {
    if (!isValidLoad(load)) throw new RangeError(`${driver} must be a number from 0 to ${MAX_LOAD.toLocaleString('en-US')}; got ${load}.`);
  }
  const resolved = resolveVariant(architecture, variantId ?? architecture.variants[0]?.id ?? '');
  const cloud = options.cloud ?? resolved.variant.cloud ?? 'self-managed';
  const { components, hosts } = sizeVariant(resolved, options.loads, cloud, collectCloudFacts(architecture));
  const { totals, unstated } = summarise(components, hosts);
  const limitTotals = { vcpu: null as Interval | null, memoryGiB: null as Interval | null };
  for (const row of components) {
    if (!row.counted || row.host !== null) continue;
    limitTotals.vcpu = add(limitTotals.vcpu, row.limits.vcpu);
    limitTotals.memoryGiB = add(limitTotals.memoryGiB, row.limits.memoryGiB);
  }
  const known = new Set(resolved.loadDrivers.map((driver) => driver.id));
  return {
    architecture: architecture.id,
    product: architecture.product,
    variant: resolved.variant.id,
    variantName: resolved.variant.name,
    loads: Object.entries(options.loads)
      .filter(([driver]) => known.has(driver))
      .map(([driver, value]) => ({
        driver,
        label: findDriver(resolved.loadDrivers, driver).label,
        singular: findDriver(resolved.loadDrivers, driver).singular,
        value,
      })),
    missingLoads: resolved.loadDrivers
      .filter((driver) => options.loads[driver.id] === undefined)
      .map((driver) => ({ driver: driver.id, label: driver.label })),
    cloud,
    cloudLabel: formatTarget(cloud),
    units: SIZING_UNITS,
    components,
    hosts,
    totals,
    limitTotals,
    unstated,
    recommendations: collectRecommendations(resolved, options.loads),
    warnings: findRatedLoadWarnings(architecture, resolved, options.loads),
  };
}

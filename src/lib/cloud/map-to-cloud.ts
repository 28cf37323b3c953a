import type { CloudId, CloudServiceId, TargetId } from '../../schemas/cloud-ref.ts';
import type { RoleId } from '../../schemas/role-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import {
  findCloudLabel,
  findCloudService,
  findRoleMapping,
  formatGiB,
  formatVcpu,
  lowerFirst,
  selectRequirements,
  type ResolvedComponent,
  type ResolvedVariant,
} from '../model/index.ts';
import type { ArchitectureCloudFacts, ComponentCloudFacts, StatedFloor } from './collect-cloud-facts.ts';
import type { ServiceCatalogue } from '../../schemas/service-catalogue.ts';
import { findNamedSize, findServiceCatalogue, findVmCatalogue, holdsNeed, proposeSize, type SizeNeed } from './propose-size.ts';

/** The managed service a component runs on in one cloud. */
export interface MappedService {
  id: CloudServiceId;
  name: string;
  /** True only when the vendor itself names this service for the component (in this or another variant). */
  vendorNamed: boolean;
  /** Where the vendor names it; null for archkb's own role mapping. */
  source: SourceRef[] | null;
  /** The variant whose text names it, when that is not the variant being mapped. */
  namedIn: string | null;
  /** Caveat from the role mapping, if any. */
  note: string | null;
}

/** The size a component's nodes (or the managed service) are given in one cloud. */
export interface MappedInstance {
  name: string;
  /** What the cloud calls a size of this service, e.g. "DB instance class". */
  sizeLabel: string;
  vcpu: number | null;
  memoryGiB: number | null;
  /** Cache capacity, for services sold by capacity. */
  capacityGiB: number | null;
  /** True when the vendor itself names this size. */
  vendorNamed: boolean;
  /** Where the vendor names it; null when archkb chose it. */
  source: SourceRef[] | null;
  /** The variant whose text names it, when that is not the variant being mapped. */
  namedIn: string | null;
  /** Figures archkb filled in from the catalogue rather than from the vendor's text, e.g. ["memory"]. */
  filledIn: string[];
  /** Why this size, in plain words. */
  basis: string;
  /** The catalogue the size comes from, with the date its figures were read. */
  catalogue: { name: string; source: string; retrieved: string } | null;
}

/** A component placed on a target: service and size, or the reason there is none. */
export interface ComponentCloudMapping {
  target: TargetId;
  service: MappedService | null;
  /** Why there is no managed service (self-managed target, no equivalent on this cloud, excluded by the vendor). */
  serviceReason: string | null;
  instance: MappedInstance | null;
  /** Why there is no size (sold by usage, no stated figures, nothing large enough). */
  instanceReason: string | null;
}

/** What the mapping knows about a component besides its own resolved fields. */
export interface MappingContext {
  /** What the vendor names and states for the component in any variant (collectCloudFacts). */
  facts?: ComponentCloudFacts | undefined;
  /** Name of the variant being mapped, so a choice named elsewhere can say where. */
  variantName?: string | undefined;
  /** Map the component as a server that holds several components (a host), whatever its role. */
  asHost?: boolean | undefined;
}

/** Plain-words reason when the deployment runs on your own hardware. */
export const SELF_MANAGED_REASON = 'You run it yourself, on your own servers or cluster.';

/** The managed service for a component: the vendor's named one first, else archkb's role mapping, never an excluded one. */
function mapService(
  role: RoleId,
  component: Pick<ResolvedComponent, 'managed'>,
  target: CloudId,
  context: MappingContext,
): Pick<ComponentCloudMapping, 'service' | 'serviceReason'> {
  const own = component.managed?.find((option) => option.cloud === target);
  const elsewhere = context.facts?.services[target];
  const named = own
    ? { service: own.service, source: own.source, namedIn: null }
    : elsewhere
      ? { service: elsewhere.service, source: elsewhere.source, namedIn: elsewhere.variantName }
      : undefined;
  if (named) {
    const id = named.service as CloudServiceId;
    return {
      service: { id, name: findCloudService(id).name, vendorNamed: true, source: named.source, namedIn: named.namedIn, note: null },
      serviceReason: null,
    };
  }
  const mapping = findRoleMapping(role);
  if (!mapping) return { service: null, serviceReason: `No mapping is registered for the role ${role}.` };
  const serviceId = mapping[target] as CloudServiceId | null;
  if (!serviceId)
    return { service: null, serviceReason: 'reason' in mapping ? mapping.reason : `No managed equivalent on ${findCloudLabel(target)}.` };
  const excluded = context.facts?.excluded.find((entry) => entry.service === serviceId);
  if (excluded) return { service: null, serviceReason: `The vendor excludes ${findCloudService(serviceId).name}: ${excluded.text}` };
  return {
    service: {
      id: serviceId,
      name: findCloudService(serviceId).name,
      vendorNamed: false,
      source: null,
      namedIn: null,
      note: 'note' in mapping ? mapping.note : null,
    },
    serviceReason: null,
  };
}

/** Raises a need to a floor the vendor states in another variant, and says so. */
function applyFloor(
  need: number | undefined,
  floor: StatedFloor | undefined,
  describe: (value: number) => string,
  notes: string[],
): number | undefined {
  // A missing need reads as 0, below every floor (collectCloudFacts records only positive figures).
  if (!floor || (need ?? 0) >= floor.value) return need;
  notes.push(`at least ${describe(floor.value)}, as the vendor states for it in ${floor.variantName}`);
  return floor.value;
}

/** The size for a component on a cloud: the vendor's named size first, else the smallest catalogue size meeting every stated figure. */
function mapInstance(
  serviceId: CloudServiceId | null,
  target: CloudId,
  component: Pick<ResolvedComponent, 'managed' | 'requirements'>,
  need: SizeNeed,
  context: MappingContext,
): Pick<ComponentCloudMapping, 'instance' | 'instanceReason'> {
  const catalogue = context.asHost ? findVmCatalogue(target) : serviceId ? findServiceCatalogue(serviceId) : undefined;
  if (!catalogue) return { instance: null, instanceReason: 'Sold by usage: there is no size to choose.' };
  const describeCatalogue = (from: ServiceCatalogue) => ({
    name: from.name,
    source: from.source.title,
    retrieved: from.source.retrieved,
  });
  const sizeLabel = catalogue.sizeLabel ?? 'size';
  const ownOption = component.managed?.find((option) => option.cloud === target);
  const ownInstance = component.requirements?.flatMap((r) =>
    r.instances?.[target] ? [{ name: r.instances[target] as string, source: r.source }] : [],
  )[0];
  const named = ownOption?.sku
    ? { name: ownOption.sku, source: ownOption.source, namedIn: null }
    : ownInstance
      ? { name: ownInstance.name, source: ownInstance.source, namedIn: null }
      : context.facts?.services[target]?.sku
        ? {
            name: context.facts.services[target].sku,
            source: context.facts.services[target].source,
            namedIn: context.facts.services[target].variantName,
          }
        : context.facts?.instances[target]
          ? {
              name: context.facts.instances[target].name,
              source: context.facts.instances[target].source,
              namedIn: context.facts.instances[target].variantName,
            }
          : undefined;
  const outgrown: string[] = [];
  // A named size is looked up in the service's own catalogue first, then among the cloud's VMs; it cites the one it is found in.
  const found = named ? findNamedSize(named.name, [catalogue, findVmCatalogue(target)]) : undefined;
  const known = found?.size;
  // A size the vendor names for its own figures can be too small for a larger load; then the larger size is proposed and the reason shown.
  if (named && known && !holdsNeed(known, need)) outgrown.push(`the vendor names ${named.name}, which is too small at this load`);
  if (named && outgrown.length === 0) {
    const filledIn = [
      known?.vcpu && need.vcpu === undefined ? 'vCPU' : '',
      known?.memoryGiB && need.memoryGiB === undefined ? 'memory' : '',
    ].filter(Boolean);
    return {
      instance: {
        name: named.name,
        sizeLabel: found ? (found.catalogue.sizeLabel ?? 'size') : sizeLabel,
        vcpu: known?.vcpu ?? need.vcpu ?? null,
        memoryGiB: known?.memoryGiB ?? need.memoryGiB ?? null,
        capacityGiB: known?.capacityGiB ?? null,
        vendorNamed: true,
        source: named.source,
        namedIn: named.namedIn === context.variantName ? null : named.namedIn,
        filledIn,
        basis: known
          ? `The size the vendor names${filledIn.length > 0 ? `; its ${filledIn.join(' and ')} come from archkb's catalogue` : ''}.`
          : "The size the vendor names; it is not in archkb's catalogue, so its figures are the vendor's.",
        catalogue: found ? describeCatalogue(found.catalogue) : null,
      },
      instanceReason: null,
    };
  }
  const floors: string[] = [...outgrown];
  const vcpu = applyFloor(need.vcpu, context.facts?.floors.vcpu, formatVcpu, floors);
  const memoryGiB = applyFloor(need.memoryGiB, context.facts?.floors.memoryGiB, (value) => `${formatGiB(value)} memory`, floors);
  if (vcpu === undefined && memoryGiB === undefined)
    return { instance: null, instanceReason: 'No per-node figures are stated to size it.' };
  const size = proposeSize(catalogue, { vcpu, memoryGiB });
  if (!size) return { instance: null, instanceReason: `No ${catalogue.name} size in archkb's catalogue is large enough.` };
  const wanted = [vcpu !== undefined ? formatVcpu(vcpu) : '', memoryGiB !== undefined ? `${formatGiB(memoryGiB)} memory` : '']
    .filter(Boolean)
    .join(' and ');
  return {
    instance: {
      name: size.name,
      sizeLabel,
      vcpu: size.vcpu,
      memoryGiB: size.memoryGiB ?? null,
      capacityGiB: size.capacityGiB ?? null,
      vendorNamed: false,
      source: null,
      namedIn: null,
      filledIn: [],
      basis: `Filled in by archkb: the smallest ${lowerFirst(sizeLabel)} holding ${wanted}${floors.length > 0 ? ` (${floors.join('; ')})` : ''}.`,
      catalogue: describeCatalogue(catalogue),
    },
    instanceReason: null,
  };
}

/** Places one component on a target; `need` is the per-node need (sizing passes its own, e.g. per-user memory). */
export function mapComponentToCloud(
  component: Pick<ResolvedComponent, 'role' | 'managed' | 'requirements'>,
  target: TargetId,
  need: SizeNeed,
  context: MappingContext = {},
): ComponentCloudMapping {
  if (target === 'self-managed') {
    return { target, service: null, serviceReason: SELF_MANAGED_REASON, instance: null, instanceReason: SELF_MANAGED_REASON };
  }
  const role: RoleId = context.asHost ? 'server-host' : component.role;
  const service = mapService(role, context.asHost ? {} : component, target, context);
  if (!service.service) return { target, ...service, instance: null, instanceReason: service.serviceReason };
  return { target, ...service, ...mapInstance(service.service.id, target, context.asHost ? {} : component, need, context) };
}

/** The stated per-node need of a component, from the requirement entries sizing uses (parts added up). */
export function findStatedNeed(component: Pick<ResolvedComponent, 'requirements'>): SizeNeed {
  const entries = selectRequirements(component).filter((r) => r.perNode);
  const sum = (pick: (r: (typeof entries)[number]) => number | undefined) => {
    const values = entries.map(pick).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
  };
  return { vcpu: sum((r) => r.vcpu?.amount.low), memoryGiB: sum((r) => r.memory?.amount.low) };
}

/** One component of a variant with its placement on a target. */
export interface MappedComponent extends ComponentCloudMapping {
  id: string;
  name: string;
  role: ResolvedComponent['role'];
}

/** Places every component of a resolved variant on a target (any cloud, or self-managed), in declaration order. */
export function mapToCloud(resolved: ResolvedVariant, target: TargetId, facts: ArchitectureCloudFacts): MappedComponent[] {
  return resolved.components.map((component) => ({
    id: component.id,
    name: component.name,
    role: component.role,
    ...mapComponentToCloud(component, target, findStatedNeed(component), {
      facts: facts.get(component.id),
      variantName: resolved.variant.name,
    }),
  }));
}

import { instanceTypes } from '../model/index.ts';
import type { CloudId, CloudServiceId, TargetId } from '../../schemas/cloud-ref.ts';
import {
  findCloudLabel,
  findCloudService,
  findRoleMapping,
  listInstanceTypes,
  resolveSource,
  type ResolvedSource,
  selectRequirements,
} from '../model/index.ts';
import type { ResolvedComponent, ResolvedVariant } from '../model/index.ts';

/** The managed service a component runs on in one cloud. */
export interface MappedService {
  id: CloudServiceId;
  name: string;
  /** True when the vendor itself names this service; the vendor's choice beats archkb's role mapping. */
  vendorNamed: boolean;
  /** Where the vendor names it; null for archkb's own role mapping. */
  source: ResolvedSource | null;
  /** Caveat from the role mapping, if any. */
  note: string | null;
}

/** The instance type a component's nodes run on in one cloud. */
export interface MappedInstance {
  name: string;
  vcpu: number | null;
  memoryGiB: number | null;
  /** True when the vendor itself names the SKU. */
  vendorNamed: boolean;
  /** Where the vendor names it; null when archkb picked the smallest fitting type. */
  source: ResolvedSource | null;
}

/** A component placed on a target: service and instance, or the reason there is none. */
export interface ComponentCloudMapping {
  target: TargetId;
  service: MappedService | null;
  /** Why there is no managed service (self-managed target, no equivalent on this cloud). */
  serviceReason: string | null;
  instance: MappedInstance | null;
  /** Why there is no instance type (no stated per-node figures, nothing large enough). */
  instanceReason: string | null;
}

/** Per-node need an instance type must meet; undefined figures are not constrained. */
export interface InstanceNeed {
  vcpu?: number | undefined;
  memoryGiB?: number | undefined;
}

/** Finds the smallest registered instance type of a cloud meeting the need, or undefined when none is large enough. */
export function findSmallestInstance(cloud: CloudId, need: InstanceNeed): (typeof instanceTypes)[number] | undefined {
  return listInstanceTypes(cloud).find((type) => type.vcpu >= (need.vcpu ?? 0) && type.memoryGiB >= (need.memoryGiB ?? 0));
}

/** The stated per-node need of a component, from the requirements entry sizing uses. */
function findStatedNeed(component: Pick<ResolvedComponent, 'requirements'>): InstanceNeed {
  const requirements = selectRequirements(component);
  return { vcpu: requirements?.vcpu, memoryGiB: requirements?.memory?.gib };
}

/** Maps a component's role to the target's managed service, preferring a service the vendor names. */
function mapService(component: ResolvedComponent, target: TargetId): Pick<ComponentCloudMapping, 'service' | 'serviceReason'> {
  if (target === 'self-managed') return { service: null, serviceReason: 'Self-managed: run it yourself.' };
  const named = (component.managed ?? []).find((option) => option.cloud === target);
  if (named) {
    return {
      service: {
        id: named.service,
        name: findCloudService(named.service).name,
        vendorNamed: true,
        source: resolveSource(named.source),
        note: null,
      },
      serviceReason: null,
    };
  }
  const mapping = findRoleMapping(component.role);
  if (!mapping) return { service: null, serviceReason: `No mapping is registered for the role ${component.role}.` };
  const serviceId = mapping[target] as CloudServiceId | null;
  if (!serviceId)
    return { service: null, serviceReason: 'reason' in mapping ? mapping.reason : `No managed equivalent on ${findCloudLabel(target)}.` };
  return {
    service: {
      id: serviceId,
      name: findCloudService(serviceId).name,
      vendorNamed: false,
      source: null,
      note: 'note' in mapping ? mapping.note : null,
    },
    serviceReason: null,
  };
}

/** Picks the instance type for a component: the vendor's SKU on its cloud, else the smallest type meeting the need. */
function mapInstance(
  component: ResolvedComponent,
  target: TargetId,
  need: InstanceNeed,
): Pick<ComponentCloudMapping, 'instance' | 'instanceReason'> {
  if (target === 'self-managed') return { instance: null, instanceReason: 'Your own hardware.' };
  const named = (component.requirements ?? []).find((r) => r.instance?.cloud === target);
  if (named?.instance) {
    const known = instanceTypes.find((t) => t.cloud === target && t.name === named.instance?.sku);
    return {
      instance: {
        name: named.instance.sku,
        vcpu: known?.vcpu ?? named.vcpu ?? null,
        memoryGiB: known?.memoryGiB ?? named.memory?.gib ?? null,
        vendorNamed: true,
        source: resolveSource(named.source),
      },
      instanceReason: null,
    };
  }
  if (need.vcpu === undefined && need.memoryGiB === undefined)
    return { instance: null, instanceReason: 'No per-node figures are stated to size an instance.' };
  const smallest = findSmallestInstance(target, need);
  if (!smallest) return { instance: null, instanceReason: `No registered ${findCloudLabel(target)} instance type is large enough.` };
  return {
    instance: { name: smallest.name, vcpu: smallest.vcpu, memoryGiB: smallest.memoryGiB, vendorNamed: false, source: null },
    instanceReason: null,
  };
}

/** Places one component on a target; `need` overrides the stated per-node need (sizing passes per-user memory). */
export function mapComponentToCloud(
  component: ResolvedComponent,
  target: TargetId,
  need: InstanceNeed = findStatedNeed(component),
): ComponentCloudMapping {
  return { target, ...mapService(component, target), ...mapInstance(component, target, need) };
}

/** One component of a variant with its placement on a target. */
export interface MappedComponent extends ComponentCloudMapping {
  id: string;
  name: string;
  role: ResolvedComponent['role'];
}

/** Places every component of a resolved variant on a target (any cloud, or self-managed), in declaration order. */
export function mapToCloud(resolved: ResolvedVariant, target: TargetId): MappedComponent[] {
  return resolved.components.map((component) => ({
    id: component.id,
    name: component.name,
    role: component.role,
    ...mapComponentToCloud(component, target),
  }));
}

import type { Architecture } from '../../schemas/architecture.ts';
import type { CloudId } from '../../schemas/cloud-ref.ts';
import { clouds, findRole, formatGiB, formatVcpu, type ResolvedVariant } from '../model/index.ts';
import { collectCloudFacts } from './collect-cloud-facts.ts';
import { findStatedNeed, mapComponentToCloud, type ComponentCloudMapping, type MappedInstance } from './map-to-cloud.ts';

/** One cloud's placement of a component, as display strings. */
export interface CloudMappingCell {
  cloud: CloudId;
  /** The service, or why there is none. */
  service: string;
  /** Whether a managed service exists for the component on this cloud. */
  hasService: boolean;
  /** "named by the vendor" (with where) or "archkb's mapping". */
  serviceBasis: string;
  /** The size with its figures, or why there is none. */
  instance: string;
  /** How the size was chosen: named by the vendor, or filled in by archkb from a dated catalogue. */
  instanceBasis: string;
  /** True when the vendor names the service or the size. */
  vendorNamed: boolean;
  /** Citation label of the vendor's choice, or empty. */
  source: string;
}

/** One component (or one shared machine) across every cloud. */
export interface CloudMappingRow {
  id: string;
  name: string;
  roleLabel: string;
  cells: CloudMappingCell[];
}

/** A size as a phrase: "db.m7g.large (2 vCPU, 8 GiB)". */
export function describeInstance(instance: MappedInstance): string {
  const figures = [
    instance.vcpu !== null ? formatVcpu(instance.vcpu) : '',
    instance.memoryGiB !== null ? formatGiB(instance.memoryGiB) : '',
    instance.capacityGiB !== null ? `${formatGiB(instance.capacityGiB)} cache` : '',
  ].filter(Boolean);
  return `${instance.name}${figures.length > 0 ? ` (${figures.join(', ')})` : ''}`;
}

/** How a size was chosen, in one sentence with the catalogue's date when archkb chose it. */
export function describeInstanceBasis(instance: MappedInstance): string {
  const where = instance.namedIn ? ` (in ${instance.namedIn})` : '';
  if (instance.vendorNamed)
    return `Named by the vendor${where}.${instance.filledIn.length > 0 ? ` Its ${instance.filledIn.join(' and ')} filled in by archkb from the catalogue.` : ''}`;
  return `${instance.basis}${instance.catalogue ? ` Catalogue: ${instance.catalogue.name}, read ${instance.catalogue.retrieved}.` : ''}`;
}

/** Display strings of one mapping. */
function toCell(cloud: CloudId, placed: ComponentCloudMapping): CloudMappingCell {
  const vendorSource = placed.service?.vendorNamed ? placed.service.source : placed.instance?.vendorNamed ? placed.instance.source : null;
  const first = vendorSource?.[0];
  return {
    cloud,
    service: placed.service ? placed.service.name : `No managed equivalent: ${placed.serviceReason ?? ''}`,
    hasService: Boolean(placed.service),
    serviceBasis: placed.service
      ? placed.service.vendorNamed
        ? `Named by the vendor${placed.service.namedIn ? ` (in ${placed.service.namedIn})` : ''}.`
        : "archkb's mapping for this role; the vendor names no service here."
      : '',
    instance: placed.instance ? describeInstance(placed.instance) : (placed.instanceReason ?? ''),
    instanceBasis: placed.instance ? describeInstanceBasis(placed.instance) : '',
    vendorNamed: Boolean(placed.service?.vendorNamed || placed.instance?.vendorNamed),
    source: first ? `${first.documentTitle}, ${first.sectionTitle}` : '',
  };
}

/**
 * Builds the "same components on every cloud" table of a variant: the service and size per cloud, the vendor's own
 * choices first (from any variant), components that share a machine shown once as that machine.
 */
export function buildCloudMappingTable(
  architecture: Architecture,
  resolved: ResolvedVariant,
): { clouds: { id: CloudId; label: string }[]; rows: CloudMappingRow[] } {
  const facts = collectCloudFacts(architecture);
  const hosted = new Set(resolved.hosts.flatMap((host) => host.components));
  const componentRows = resolved.components
    .filter((component) => !hosted.has(component.id))
    .map((component) => ({
      id: component.id,
      name: component.name,
      roleLabel: findRole(component.role).label,
      cells: clouds.map((cloud) =>
        toCell(
          cloud.id,
          mapComponentToCloud(component, cloud.id, findStatedNeed(component), {
            facts: facts.get(component.id),
            variantName: resolved.variant.name,
          }),
        ),
      ),
    }));
  const hostRows = resolved.hosts.map((host) => ({
    id: host.id,
    name: host.name,
    roleLabel: `One ${host.kind}: ${host.components.map((id) => resolved.components.find((c) => c.id === id)?.name ?? id).join(', ')}`,
    cells: clouds.map((cloud) => {
      const need = findStatedNeed({ requirements: host.requirements });
      // Stryker disable next-line ObjectLiteral,StringLiteral,BooleanLiteral: the server-host role maps to each cloud's VM service, whose catalogue is the one asHost picks (map-to-cloud.test.ts checks it), so either alone maps a host the same.
      return toCell(cloud.id, mapComponentToCloud({ role: 'server-host' }, cloud.id, need, { asHost: true }));
    }),
  }));
  return { clouds: clouds.map((cloud) => ({ id: cloud.id, label: cloud.label })), rows: [...hostRows, ...componentRows] };
}

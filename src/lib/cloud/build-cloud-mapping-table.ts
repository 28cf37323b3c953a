import { clouds } from '../model/index.ts';
import type { CloudId } from '../../schemas/cloud-ref.ts';
import { mapToCloud } from './map-to-cloud.ts';
import { findRole } from '../model/index.ts';
import type { ResolvedVariant } from '../model/index.ts';

/** One cloud's placement of a component, as display strings. */
export interface CloudMappingCell {
  cloud: CloudId;
  service: string;
  /** Whether a managed service exists for the component on this cloud. */
  hasService: boolean;
  /** True when the vendor names the service or SKU itself. */
  vendorNamed: boolean;
  instance: string;
  /** Citation label of the vendor's choice, or empty. */
  source: string;
}

/** One component across every cloud. */
export interface CloudMappingRow {
  id: string;
  name: string;
  roleLabel: string;
  cells: CloudMappingCell[];
}

/** Builds the "same components on every cloud" table of a variant: service and smallest fitting instance per cloud. */
export function buildCloudMappingTable(resolved: ResolvedVariant): { clouds: { id: CloudId; label: string }[]; rows: CloudMappingRow[] } {
  const perCloud = clouds.map((cloud) => mapToCloud(resolved, cloud.id));
  return {
    clouds: clouds.map((cloud) => ({ id: cloud.id, label: cloud.label })),
    rows: resolved.components.map((component, index) => ({
      id: component.id,
      name: component.name,
      roleLabel: findRole(component.role).label,
      cells: perCloud.map((mapped, cloudIndex) => {
        const placed = mapped[index];
        const cloud = clouds[cloudIndex]?.id as CloudId;
        const vendorSource = placed?.service?.source ?? placed?.instance?.source;
        return {
          cloud,
          service: placed?.service ? placed.service.name : `No managed equivalent: ${placed?.serviceReason ?? ''}`,
          hasService: Boolean(placed?.service),
          vendorNamed: Boolean(placed?.service?.vendorNamed || placed?.instance?.vendorNamed),
          instance: placed?.instance ? `${placed.instance.name}${placed.instance.vendorNamed ? ' (vendor SKU)' : ''}` : '',
          source: vendorSource ? `${vendorSource.documentTitle}, ${vendorSource.sectionTitle}` : '',
        };
      }),
    })),
  };
}

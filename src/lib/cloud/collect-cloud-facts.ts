import type { Architecture } from '../../schemas/architecture.ts';
import type { CloudId, CloudServiceId } from '../../schemas/cloud-ref.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { resolveAllVariants, selectRequirements } from '../model/index.ts';

/** A managed service the vendor names for a component, in whichever variant it names it. */
export interface NamedService {
  service: CloudServiceId;
  sku: string | null;
  variantName: string;
  source: SourceRef[];
}

/** A machine type the vendor names for a component's figures, in whichever variant it names it. */
export interface NamedInstance {
  name: string;
  variantName: string;
  source: SourceRef[];
}

/** The largest per-node figure the vendor states for a component in any variant, and where. */
export interface StatedFloor {
  value: number;
  variantName: string;
  source: SourceRef[];
}

/** What the vendor says about one component across every variant of its architecture, for the cloud mapping. */
export interface ComponentCloudFacts {
  services: Partial<Record<CloudId, NamedService>>;
  instances: Partial<Record<CloudId, NamedInstance>>;
  floors: { vcpu?: StatedFloor; memoryGiB?: StatedFloor };
  /** Managed services the vendor excludes for this component, with what it says. */
  excluded: { service: CloudServiceId; text: string; source: SourceRef[] }[];
}

/** Cloud facts of every component of an architecture, keyed by component id. */
export type ArchitectureCloudFacts = ReadonlyMap<string, ComponentCloudFacts>;

/**
 * Gathers, per component, the services and machine types the vendor names and the largest per-node figures it states
 * in any variant, so a mapping of one variant never ignores the vendor's own choice or falls below a stated figure.
 */
export function collectCloudFacts(architecture: Architecture): ArchitectureCloudFacts {
  const facts = new Map<string, ComponentCloudFacts>();
  for (const resolved of resolveAllVariants(architecture)) {
    for (const component of resolved.components) {
      const entry = facts.get(component.id) ?? { services: {}, instances: {}, floors: {}, excluded: [] };
      facts.set(component.id, entry);
      const variantName = resolved.variant.name;
      for (const option of component.managed ?? []) {
        entry.services[option.cloud] ??= { service: option.service, sku: option.sku ?? null, variantName, source: option.source };
      }
      // Stryker disable next-line ArrayDeclaration: a string in place of the list has no instances, so nothing is added either way.
      for (const requirement of component.requirements ?? []) {
        for (const [cloud, name] of Object.entries(requirement.instances ?? {}) as [CloudId, string][]) {
          entry.instances[cloud] ??= { name, variantName, source: requirement.source };
        }
      }
      for (const requirement of selectRequirements(component)) {
        if (!requirement.perNode) continue;
        // A figure not stated reads as 0, which never raises a floor.
        const raise = (key: 'vcpu' | 'memoryGiB', value = 0) => {
          if (value > (entry.floors[key]?.value ?? 0)) entry.floors[key] = { value, variantName, source: requirement.source };
        };
        raise('vcpu', requirement.vcpu?.amount.low);
        raise('memoryGiB', requirement.memory?.amount.low);
      }
      // Stryker disable next-line ArrayDeclaration: a string in place of the list has no services, so nothing is excluded either way.
      for (const incompatibility of component.incompatible ?? []) {
        for (const service of incompatibility.services ?? []) {
          if (!entry.excluded.some((e) => e.service === service))
            entry.excluded.push({ service, text: incompatibility.text, source: incompatibility.source });
        }
      }
    }
  }
  return facts;
}

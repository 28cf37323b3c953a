import type { CloudId } from '../../schemas/cloud-ref.ts';
import type { CatalogueSize, ServiceCatalogue } from '../../schemas/service-catalogue.ts';
import { catalogueProposals, serviceCatalogues } from '../../schemas/registries.ts';

/** What a machine or service size must hold per node; undefined figures are not constrained. */
export interface SizeNeed {
  vcpu?: number | undefined;
  memoryGiB?: number | undefined;
}

/** A size taken from a catalogue, with the catalogue it comes from. */
export interface CatalogueChoice {
  size: CatalogueSize;
  catalogue: ServiceCatalogue;
}

const byService = new Map(serviceCatalogues.map((catalogue) => [catalogue.service, catalogue]));
const byRegistryId = new Map(
  serviceCatalogues.flatMap((catalogue) => (catalogue.registryServiceId ? [[catalogue.registryServiceId, catalogue] as const] : [])),
);

/** The catalogue that holds a registry service's sizes (following "same sizes as"), or undefined for a service sold by usage. */
export function findServiceCatalogue(serviceId: string): ServiceCatalogue | undefined {
  const own = byRegistryId.get(serviceId);
  return own?.sameSizesAs ? byService.get(own.sameSizesAs) : own;
}

/** The virtual-machine catalogue of a cloud: where a server that holds several components comes from. */
export function findVmCatalogue(cloud: CloudId): ServiceCatalogue | undefined {
  return serviceCatalogues.find((catalogue) => catalogue.cloud === cloud && catalogue.kind === 'vm');
}

/** Finds a size by the name the vendor wrote ("D2 v3", "Standard_D2s_v3", "db.t4g.large"), ignoring case and separators. */
export function findSizeByName(catalogue: ServiceCatalogue, name: string): CatalogueSize | undefined {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/^standard_/, '')
      // Stryker disable next-line Regex: removing each space or underscore alone removes every run of them too.
      .replace(/[\s_]+/g, '');
  return catalogue.sizes.find((size) => key(size.name) === key(name) || (size.apiName ? key(size.apiName) === key(name) : false));
}

/** Finds a named size in the first catalogue that lists it, with that catalogue, so the size cites where it was found. */
export function findNamedSize(
  name: string,
  catalogues: readonly (ServiceCatalogue | undefined)[],
): { size: CatalogueSize; catalogue: ServiceCatalogue } | undefined {
  for (const catalogue of catalogues) {
    const size = catalogue ? findSizeByName(catalogue, name) : undefined;
    if (catalogue && size) return { size, catalogue };
  }
  return undefined;
}

/** Whether a size holds the need: vCPU and memory, or cache capacity for services sold by capacity. */
export function holdsNeed(size: CatalogueSize, need: SizeNeed): boolean {
  const memory = size.memoryGiB ?? size.capacityGiB ?? null;
  if (need.vcpu !== undefined && (size.vcpu === null || size.vcpu < need.vcpu)) return false;
  if (need.memoryGiB !== undefined && (memory === null || memory < need.memoryGiB)) return false;
  return true;
}

/** The sizes archkb proposes from a catalogue, best family first within equal figures. */
function listProposable(catalogue: ServiceCatalogue): CatalogueSize[] {
  const proposal = catalogueProposals[catalogue.service];
  const families = proposal?.families ?? [];
  // The filter below keeps only listed families, so every size has an index; with no list all rank alike (-1).
  const rank = (size: CatalogueSize) => families.indexOf(size.family ?? '');
  return catalogue.sizes
    .filter(
      (size) =>
        (families.length === 0 || families.includes(size.family ?? '')) && (!proposal?.tiers || proposal.tiers.includes(size.tier ?? '')),
    )
    .filter((size) => size.category !== 'burstable' && size.category !== 'shared-core')
    .map((size, index) => ({ size, index }))
    .sort(
      (a, b) =>
        (a.size.vcpu ?? 0) - (b.size.vcpu ?? 0) ||
        (a.size.memoryGiB ?? a.size.capacityGiB ?? 0) - (b.size.memoryGiB ?? b.size.capacityGiB ?? 0) ||
        rank(a.size) - rank(b.size) ||
        a.index - b.index,
    )
    .map(({ size }) => size);
}

/**
 * The smallest size of a catalogue that holds the need, from current non-burstable families; for a service sold by
 * capacity with no fixed sizes (Memorystore), the smallest whole step of capacity. Undefined when nothing fits.
 */
export function proposeSize(catalogue: ServiceCatalogue, need: SizeNeed): CatalogueSize | undefined {
  const fixed = listProposable(catalogue).find((size) => holdsNeed(size, need));
  if (fixed || !catalogue.capacityRule) return fixed;
  const { min, max, step, unit } = catalogue.capacityRule;
  const wanted = Math.max(min, Math.ceil((need.memoryGiB ?? min) / step) * step);
  if (wanted > max) return undefined;
  const tier = catalogueProposals[catalogue.service]?.tiers?.[0] ?? null;
  return { name: `${tier ? `${tier} tier, ` : ''}${wanted} ${unit}`, family: null, vcpu: null, memoryGiB: null, capacityGiB: wanted, tier };
}

import { buildCloudMappingTable, type CloudMappingCell } from '../../src/lib/cloud/index.ts';
import { resolveVariant, type ResolvedComponent, type ResolvedHost } from '../../src/lib/model/index.ts';
import { computeSizing, type Loads, type SizedComponent, type SizedHost, type SizingResult } from '../../src/lib/sizing/index.ts';
import type { Architecture } from '../../src/schemas/architecture.ts';
import type { CloudId, TargetId } from '../../src/schemas/cloud-ref.ts';
import type { Requirement, RequirementScope } from '../../src/schemas/requirement.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

// Helpers for the per-architecture fact tests: each looks a thing up through the public derivations a reader sees
// (resolveVariant, computeSizing, buildCloudMappingTable) and throws with what it expected when it is missing, so a
// renamed component or variant fails the test with a message instead of passing on undefined.

let architectures: Architecture[] | undefined;

/** One real architecture by id, parsed and validated like the site loads it (the folder is read once per test file). */
export function findArchitecture(id: string): Architecture {
  architectures ??= loadContentArchitectures();
  const found = architectures.find((architecture) => architecture.id === id);
  if (!found) throw new Error(`content/architectures/${id}.yaml is missing`);
  return found;
}

/** One component of one resolved variant (overrides applied). */
export function findComponent(architectureId: string, variantId: string, componentId: string): ResolvedComponent {
  const found = resolveVariant(findArchitecture(architectureId), variantId).components.find((component) => component.id === componentId);
  if (!found) throw new Error(`${architectureId}/${variantId} has no component ${componentId}`);
  return found;
}

/** One host of one resolved variant. */
export function findHost(architectureId: string, variantId: string, hostId: string): ResolvedHost {
  const found = resolveVariant(findArchitecture(architectureId), variantId).hosts.find((host) => host.id === hostId);
  if (!found) throw new Error(`${architectureId}/${variantId} has no host ${hostId}`);
  return found;
}

/** The one requirements entry of a component (or host) in a scope that matches, e.g. the one naming a part or a figure. */
export function findRequirement(
  owner: { requirements?: Requirement[] | undefined },
  scope: RequirementScope,
  matches: (requirement: Requirement) => boolean = () => true,
): Requirement {
  const found = (owner.requirements ?? []).filter((requirement) => requirement.scope === scope && matches(requirement));
  if (found.length !== 1) throw new Error(`expected one ${scope} requirements entry, found ${found.length}`);
  return found[0] as Requirement;
}

/** computeSizing of one real variant for the given loads, on a target (the variant's own cloud when left out). */
export function sizeVariant(architectureId: string, variantId: string, loads: Loads, cloud?: TargetId): SizingResult {
  return computeSizing(findArchitecture(architectureId), variantId, { loads, cloud });
}

/** One component's row of a sizing. */
export function findSized(result: SizingResult, componentId: string): SizedComponent {
  const found = result.components.find((component) => component.id === componentId);
  if (!found) throw new Error(`no component ${componentId} in the sizing of ${result.architecture}/${result.variant}`);
  return found;
}

/** One host's row of a sizing. */
export function findSizedHost(result: SizingResult, hostId: string): SizedHost {
  const found = result.hosts.find((host) => host.id === hostId);
  if (!found) throw new Error(`no host ${hostId} in the sizing of ${result.architecture}/${result.variant}`);
  return found;
}

/** One cell of a variant's cloud-mapping table ("the same components on every cloud"). */
export function findCloudCell(architectureId: string, variantId: string, rowId: string, cloud: CloudId): CloudMappingCell {
  const architecture = findArchitecture(architectureId);
  const table = buildCloudMappingTable(architecture, resolveVariant(architecture, variantId));
  const cell = table.rows.find((row) => row.id === rowId)?.cells.find((candidate) => candidate.cloud === cloud);
  if (!cell) throw new Error(`${architectureId}/${variantId} has no cloud-mapping cell for ${rowId} on ${cloud}`);
  return cell;
}

/** A vendor size in MB or MiB as GiB, under archkb's binary reading (1 MB = 1 MiB = 1/1024 GiB). */
export function mebibytes(value: number): number {
  return value / 1024;
}

import type { Figure } from '../../schemas/quantity.ts';
import type { Requirement, VersionFloor } from '../../schemas/requirement.ts';
import { findCloudLabel } from './registry.ts';
import { formatCopies, formatFigure, formatScope } from './labels.ts';
import type { CloudId } from '../../schemas/cloud-ref.ts';

/** A version range as a phrase, e.g. "PostgreSQL 13+", "PostgreSQL 14 to 18". */
export function formatVersionFloor(version: VersionFloor): string {
  const range =
    version.min && version.max
      ? version.min === version.max
        ? version.min
        : `${version.min} to ${version.max}`
      : version.min
        ? `${version.min}+`
        : `up to ${version.max}`;
  return `${version.product} ${range}${version.note ? ` (${version.note})` : ''}`;
}

/** A figure with its noun: "8 GB memory", or "memory 1250 MB request, 1360 MB limit" when split. */
function formatNamed(figure: Figure | undefined, noun: string): string | undefined {
  if (!figure) return undefined;
  const split = figure.request !== undefined || figure.limit !== undefined;
  return split ? `${noun} ${formatFigure(figure)}` : `${formatFigure(figure)} ${noun}`;
}

/** CPU as a phrase: the vendor's wording ("2 vCPU", "900m CPU"), or "CPU 3 vCPU request, 7.5 vCPU limit" when split. */
function formatCpu(figure: Figure | undefined): string | undefined {
  if (!figure) return undefined;
  const split = figure.request !== undefined || figure.limit !== undefined;
  return split ? `CPU ${formatFigure(figure)}` : formatFigure(figure);
}

/** The per-node (or whole) figures of a requirement as a list of phrases, in a fixed order. */
export function listRequirementFigures(requirement: Requirement): string[] {
  return [
    formatCpu(requirement.vcpu),
    formatNamed(requirement.memory, 'memory'),
    formatNamed(requirement.storage, requirement.storageType ? `${requirement.storageType} storage` : 'storage'),
    requirement.storageType && !requirement.storage ? `${requirement.storageType} storage` : undefined,
    formatNamed(requirement.iops, requirement.iopsKind === 'total' ? 'IOPS' : `${requirement.iopsKind} IOPS`),
    requirement.bandwidth ? `${requirement.bandwidth} network` : undefined,
  ].filter((part): part is string => part !== undefined);
}

/** Example machine types as a phrase, e.g. "e.g. D2 v3 on Azure". */
export function formatInstanceExamples(requirement: Pick<Requirement, 'instances'>): string {
  const entries = Object.entries(requirement.instances ?? {}) as [CloudId, string][];
  return entries.length === 0 ? '' : `e.g. ${entries.map(([cloud, name]) => `${name} on ${findCloudLabel(cloud)}`).join(', ')}`;
}

/**
 * One-line summary of a requirements entry, e.g. "3 nodes × (2 vCPU, 8 GB memory), for high availability" or
 * "traefik: 100m CPU request, 1000m CPU limit; 128 MiB request, 4 GiB limit memory, default".
 */
export function formatRequirements(requirement: Requirement): string {
  const figures = listRequirementFigures(requirement).join(', ');
  const nodes = requirement.nodes !== undefined ? formatCopies(requirement.nodes, requirement.counts ?? 'nodes') : '';
  const core = nodes && figures ? `${nodes} × (${figures}${requirement.perNode ? '' : ' in total'})` : nodes || figures;
  const extras = [formatInstanceExamples(requirement), requirement.os ?? '', ...(requirement.versions ?? []).map(formatVersionFloor)];
  const body = [core, ...extras].filter(Boolean).join('; ');
  return `${requirement.part ? `${requirement.part}: ` : ''}${body}, ${formatScope(requirement.scope)}`;
}

import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import type { NecessityLevel, RequirementScope, SizingRule } from '../../schemas/component.ts';
import type { NoteKind } from '../../schemas/fact.ts';
import { findCloudLabel } from './registry.ts';

/** Text shown wherever the vendor gives no figure, so a gap is never mistaken for zero. */
export const NOT_STATED = 'Not stated by the vendor';

/** Text of an empty managed-options cell. */
export const NONE_NAMED = 'None named';

/** Resources a sizing row, total or footprint reports, in column order. */
export const sizingResources = ['nodes', 'vcpu', 'memoryGiB', 'storageGiB'] as const;
export type SizingResource = (typeof sizingResources)[number];

/** Human label of a necessity level. */
export function formatNecessity(level: NecessityLevel): string {
  switch (level) {
    case 'required':
      return 'Required';
    case 'recommended':
      return 'Recommended';
    case 'optional':
      return 'Optional';
    case 'conditional':
      return 'Conditional';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Human label of a requirement scope, as it reads after the figures. */
export function formatScope(scope: RequirementScope): string {
  switch (scope) {
    case 'minimum':
      return 'minimum';
    case 'high-availability':
      return 'for high availability';
    case 'production':
      return 'for production';
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Human label of a note kind. */
export function formatNoteKind(kind: NoteKind): string {
  switch (kind) {
    case 'warning':
      return 'Warning';
    case 'limitation':
      return 'Limitation';
    case 'recommendation':
      return 'Recommendation';
    case 'high-availability':
      return 'High availability';
    case 'network':
      return 'Network';
    case 'bundling':
      return 'Bundling';
    case 'runtime':
      return 'Runtime dependency';
    case 'info':
      return 'Note';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Title of a variant's page: the product alone when it has one variant, else "Product: Variant". */
export function formatVariantTitle(architecture: Pick<Architecture, 'product' | 'variants'>, variantName: string): string {
  return architecture.variants.length > 1 ? `${architecture.product}: ${variantName}` : architecture.product;
}

/** Label of a deployment target: a cloud, or self-managed hardware. */
export function formatTarget(target: TargetId): string {
  return target === 'self-managed' ? 'Self-managed' : findCloudLabel(target);
}

/** A whole count with thousands separators, or the not-stated text for null. */
export function formatCount(value: number | null): string {
  return value === null ? NOT_STATED : value.toLocaleString('en-US');
}

/** Rounds for display: three significant digits, but never drops a digit left of the decimal point. */
function roundForDisplay(value: number): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A size given in GiB, shown in the largest binary unit that keeps it at or above 1 (KiB, MiB or GiB); null is not stated. */
export function formatGiB(value: number | null): string {
  if (value === null) return NOT_STATED;
  if (value === 0 || value >= 1) return `${roundForDisplay(value)} GiB`;
  if (value * 1024 >= 1) return `${roundForDisplay(value * 1024)} MiB`;
  return `${roundForDisplay(value * 1024 * 1024)} KiB`;
}

/** A user count, e.g. "100,000 users". */
export function formatUsers(users: number): string {
  return `${users.toLocaleString('en-US')} ${users === 1 ? 'user' : 'users'}`;
}

/** Label, in-sentence noun and formatter of each sizing resource: the one table pages, exports and answers read. */
export const resourceLabels: Record<SizingResource, { label: string; noun: string; format: (value: number | null) => string }> = {
  nodes: { label: 'Nodes', noun: 'nodes', format: formatCount },
  vcpu: { label: 'vCPU', noun: 'vCPU', format: formatCount },
  memoryGiB: { label: 'Memory', noun: 'memory', format: formatGiB },
  storageGiB: { label: 'Storage', noun: 'storage', format: formatGiB },
};

/** An amount of one resource in a sentence, e.g. "3 nodes", "10 vCPU", "8 GiB memory". */
export function formatResourceAmount(resource: SizingResource, value: number): string {
  switch (resource) {
    case 'nodes':
      return `${formatCount(value)} ${value === 1 ? 'node' : 'nodes'}`;
    case 'vcpu':
      return `${formatCount(value)} vCPU`;
    case 'memoryGiB':
    case 'storageGiB':
      return `${formatGiB(value)} ${resourceLabels[resource].noun}`;
    default: {
      const unreachable: never = resource;
      return unreachable;
    }
  }
}

/** A per-user rule as a phrase, e.g. "about 30 kB of memory per user". */
export function formatPerUserRule(rule: Pick<SizingRule, 'approximate' | 'perUser' | 'resource'>): string {
  return `${rule.approximate ? 'about ' : ''}${rule.perUser.text} of ${rule.resource} per user`;
}

/** The availability-zone recommendation as a sentence, e.g. "Run across at least 3 availability zones." */
export function formatZonesSentence(minZones: number): string {
  return `Run across at least ${minZones} availability zones.`;
}

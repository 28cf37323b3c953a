import type { NecessityLevel } from '../../schemas/component.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import {
  formatRequirements,
  formatPerUserRule,
  findCloudLabel,
  findCloudService,
  findRole,
  resolveSource,
  type ResolvedSource,
} from '../model/index.ts';
import type { ResolvedComponent, ResolvedVariant } from '../model/index.ts';

/** One row of an architecture's components table, as plain strings plus the facts' sources. */
export interface ComponentRow {
  id: string;
  /** Fragment id of the row on the architecture page. */
  anchor: string;
  name: string;
  role: string;
  roleLabel: string;
  technology: string;
  purpose: string;
  necessity: NecessityLevel;
  condition: string;
  /** Formatted stated requirements; empty when the vendor states none. */
  requirements: string[];
  /** Managed services the vendor names, as "Cloud: Service". */
  managed: string[];
  sources: ResolvedSource[];
}

/** Every citation a component carries, deduplicated, in the order they appear. */
export function collectComponentSources(component: ResolvedComponent): ResolvedSource[] {
  const refs: SourceRef[] = [
    component.source,
    component.necessity.source,
    ...(component.requirements ?? []).map((r) => r.source),
    ...(component.sizing ?? []).map((r) => r.source),
    ...(component.thresholds ?? []).map((r) => r.source),
    ...(component.managed ?? []).map((r) => r.source),
    ...(component.placement ? [component.placement.source] : []),
    ...(component.runtime ? [component.runtime.source] : []),
    ...(component.settings ?? []).map((r) => r.source),
    ...(component.dns ?? []).map((r) => r.source),
    ...(component.notes ?? []).map((r) => r.source),
  ];
  const seen = new Set<string>();
  return refs.map(resolveSource).filter((source) => (seen.has(source.anchor) ? false : (seen.add(source.anchor), true)));
}

/** Anchor id of a component row on its architecture page. */
export function toComponentAnchor(componentId: string): string {
  return `component-${componentId}`;
}

/** Builds the components table of one resolved variant, one row per component in declaration order. */
export function buildComponentTable(resolved: ResolvedVariant): ComponentRow[] {
  return resolved.components.map((component) => ({
    id: component.id,
    anchor: toComponentAnchor(component.id),
    name: component.name,
    role: component.role,
    roleLabel: findRole(component.role).label,
    technology: component.technology ?? '',
    purpose: component.purpose,
    necessity: component.necessity.level,
    condition: component.necessity.condition ?? '',
    requirements: [...(component.requirements ?? []).map(formatRequirements), ...(component.sizing ?? []).map(formatPerUserRule)],
    managed: (component.managed ?? []).map((m) => `${findCloudLabel(m.cloud)}: ${findCloudService(m.service).name}`),
    sources: collectComponentSources(component),
  }));
}

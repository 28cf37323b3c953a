import type { NecessityLevel } from '../../schemas/necessity.ts';
import {
  collectSources,
  findRole,
  listComponentFacts,
  type Fact,
  type FactAttribute,
  type ResolvedComponent,
  type ResolvedSource,
  type ResolvedVariant,
} from '../model/index.ts';

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
  /** Whether the level is read from the layout of the text rather than its words. */
  necessityInferred: boolean;
  condition: string;
  /** Stated figures (by scope), load-based rules and head-room rules; empty when the vendor states none. */
  requirements: string[];
  /** Managed services the vendor names, as "Cloud: Service, SKU". */
  managed: string[];
  /** Every other fact: examples, edition, thresholds, settings, ports, placement, runtime, DNS, incompatibilities, notes. */
  details: string[];
  /** Every fact of the component, as the model's fact list holds them. */
  facts: Fact[];
  sources: ResolvedSource[];
}

/** Which column a component fact is shown in. */
function columnOf(attribute: FactAttribute): 'requirements' | 'managed' | 'details' | null {
  switch (attribute) {
    case 'requirement':
    case 'sizing-rule':
    case 'limit-rule':
      return 'requirements';
    case 'managed-service':
      return 'managed';
    case 'examples':
    case 'edition':
    case 'threshold':
    case 'incompatibility':
    case 'placement':
    case 'runtime':
    case 'port':
    case 'setting':
    case 'dns':
    case 'note':
      return 'details';
    case 'purpose':
    case 'role':
    case 'technology':
    case 'necessity':
    case 'summary':
    case 'variants':
    case 'components':
    case 'group':
    case 'load-driver':
    case 'rated-load':
    case 'zones':
    case 'regions':
    case 'host':
    case 'conflict':
    case 'connection':
      return null;
    default: {
      const unreachable: never = attribute;
      return unreachable;
    }
  }
}

/** Adds "(inferred)" to a fact the source implies without stating. */
function markBasis(fact: Fact): string {
  return fact.basis === 'inferred' ? `${fact.text} (inferred)` : fact.text;
}

/** Every citation a component carries, deduplicated, in the order they appear. */
export function collectComponentSources(resolved: ResolvedVariant, component: ResolvedComponent): ResolvedSource[] {
  return collectSources(...listComponentFacts(resolved, component).map((fact) => fact.sources));
}

/** Anchor id of a component row on its architecture page. */
export function toComponentAnchor(componentId: string): string {
  return `component-${componentId}`;
}

/** Builds the components table of one resolved variant, one row per component in declaration order. */
export function buildComponentTable(resolved: ResolvedVariant): ComponentRow[] {
  return resolved.components.map((component) => {
    const facts = listComponentFacts(resolved, component);
    const column = (name: 'requirements' | 'managed' | 'details') =>
      facts.filter((fact) => columnOf(fact.attribute) === name).map(markBasis);
    return {
      id: component.id,
      anchor: toComponentAnchor(component.id),
      name: component.name,
      role: component.role,
      roleLabel: findRole(component.role).label,
      technology: component.technology ?? '',
      purpose: component.purpose,
      necessity: component.necessity.level,
      necessityInferred: component.necessity.basis === 'inferred',
      condition: component.necessity.condition ?? '',
      requirements: column('requirements'),
      managed: column('managed'),
      details: column('details'),
      facts,
      sources: collectSources(...facts.map((fact) => fact.sources)),
    };
  });
}

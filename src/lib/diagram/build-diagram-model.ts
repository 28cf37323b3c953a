import type { Group, GroupTier } from '../../schemas/group.ts';
import type { NecessityLevel } from '../../schemas/necessity.ts';
import { findRole, selectRequirements, type ResolvedComponent, type ResolvedVariant } from '../model/index.ts';
import { decodeMermaidLabel, escapeMermaidLabel, toMermaidNodeId, toMermaidSubgraphId, type RoleCategory } from './generate-mermaid.ts';

/** Where a box sits in the drawing, top to bottom: the entry point, then edge -> application -> data, external beside data, operations last. */
export const diagramTiers = ['entry', 'edge', 'application', 'data', 'external', 'operations'] as const;
export type DiagramTier = (typeof diagramTiers)[number];

/** One component as a box. */
export interface DiagramNode {
  /** Id in the drawing, the same as the Mermaid node id (`c_<component>`). */
  id: string;
  componentId: string;
  /** First line: the component's name. */
  name: string;
  /** Second line: role and technology, or null when it would only repeat the name. */
  detail: string | null;
  shape: RoleCategory;
  necessity: NecessityLevel;
  /** How many the vendor says run, e.g. "×3" or "×2–5"; null when one or not stated. */
  count: string | null;
  tier: DiagramTier;
  /** Whether the box is a service many others lean on (monitoring, logging, secrets, registry, CI/CD). */
  crossCutting: boolean;
  /** Id of the enclosing group box, or null at the top level. */
  group: string | null;
}

/** One group as a labelled box around its components and child groups. */
export interface DiagramGroup {
  /** Id in the drawing, the same as the Mermaid subgraph id (`g_<group>`). */
  id: string;
  label: string;
  tier: DiagramTier;
  /** A zone, region, network or cloud boundary: drawn dashed, behind the tiers it holds. */
  boundary: boolean;
  parent: string | null;
}

/** One connection as an arrow. */
export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
  label: string | null;
  /** Only implied by the text: drawn dotted. */
  inferred: boolean;
  /** Touches a cross-cutting service: drawn thin and muted, apart from the main flow. */
  crossCutting: boolean;
}

/** Everything the layout needs to draw one variant, in display order. */
export interface DiagramModel {
  nodes: DiagramNode[];
  groups: DiagramGroup[];
  edges: DiagramEdge[];
  /** Where requests come in: an entry box drawn above everything with arrows to these node ids; empty when none is known. */
  entry: { label: string; targets: string[] };
  /** "Across at least 3 availability zones" and the like, drawn around the whole deployment when no group already shows it. */
  span: string | null;
}

/** Roles whose services the rest of the deployment leans on rather than flows through. */
const crossCuttingRoles: ReadonlySet<string> = new Set([
  'logging-monitoring',
  'secrets-manager',
  'container-registry',
  'ci-cd',
  'artifact-manager',
]);

/** Network roles traffic passes on its way in. */
const entryRoles: ReadonlySet<string> = new Set(['cdn', 'gateway-waf', 'load-balancer', 'reverse-proxy', 'dns']);

/** The tier a role category sits in when its component is in no tiered group. */
function tierOfCategory(category: RoleCategory): DiagramTier {
  switch (category) {
    case 'network':
      return 'edge';
    case 'compute':
    case 'application':
    case 'security':
      return 'application';
    case 'data':
      return 'data';
    case 'external':
      return 'external';
    case 'delivery':
    case 'operations':
      return 'operations';
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

/** The drawing tier of a group tier; boundaries take the tier of what they hold. */
function tierOfGroup(tier: GroupTier | undefined): DiagramTier | null {
  switch (tier) {
    case 'edge':
    case 'application':
    case 'data':
    case 'external':
    case 'operations':
      return tier;
    case 'boundary':
    case undefined:
      return null;
    default: {
      const unreachable: never = tier;
      return unreachable;
    }
  }
}

/** Display text of a label: control and bidirectional characters dropped, line breaks kept as "\n" (as in the Mermaid export), and
 * characters XML cannot hold (U+FFFE, U+FFFF, lone surrogates) dropped so the SVG stays well-formed. */
function cleanLabel(text: string): string {
  return decodeMermaidLabel(escapeMermaidLabel(text)).replace(
    /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '',
  );
}

/** Second label line: role and technology, or null when it would only repeat the name. */
function describeDetail(component: ResolvedComponent): string | null {
  const roleLabel = findRole(component.role).label;
  const detail = component.technology && component.technology !== component.name ? `${roleLabel} · ${component.technology}` : roleLabel;
  return detail.toLowerCase() === component.name.toLowerCase() ? null : cleanLabel(detail);
}

/** "×3" from the node count of the requirements sizing would count (the strongest stated scope); null for one or none stated. */
function describeCount(component: ResolvedComponent): string | null {
  const counts = selectRequirements(component)
    .map((requirement) => requirement.nodes)
    .filter((nodes): nodes is number => nodes !== undefined);
  if (counts.length === 0) return null;
  const low = Math.min(...counts);
  const high = Math.max(...counts);
  if (high <= 1) return null;
  return low === high ? `×${low}` : `×${low}–${high}`;
}

/** Order of tiers top to bottom, for sorting groups and nodes. */
function rankTier(tier: DiagramTier): number {
  return diagramTiers.indexOf(tier);
}

/**
 * Builds the drawing model of a variant: one box per component (with its count and whether it is cross-cutting), one
 * box per group ordered edge -> application -> data -> external -> operations, one arrow per connection, the entry
 * point (the edge tier's components nothing in front of them sends to, else the first such network component, else
 * the first application component) and the zones or regions the variant spans.
 */
export function buildDiagramModel(resolved: ResolvedVariant): DiagramModel {
  const groupsById = new Map(resolved.groups.map((group) => [group.id, group]));
  // A group's tier is its own, else (boundaries) the lowest tier of what it holds; computed bottom up.
  const groupTier = new Map<string, DiagramTier>();
  const componentTier = (component: ResolvedComponent): DiagramTier => {
    let group = component.group ? groupsById.get(component.group) : undefined;
    while (group) {
      const tier = tierOfGroup(group.tier);
      if (tier) return tier;
      group = group.parent ? groupsById.get(group.parent) : undefined;
    }
    return tierOfCategory(findRole(component.role).category);
  };
  const nodes = resolved.components.map((component): DiagramNode => {
    const tier = componentTier(component);
    return {
      id: toMermaidNodeId(component.id),
      componentId: component.id,
      name: cleanLabel(component.name),
      detail: describeDetail(component),
      shape: findRole(component.role).category,
      necessity: component.necessity.level,
      count: describeCount(component),
      tier,
      crossCutting: crossCuttingRoles.has(component.role) || tier === 'operations',
      group: component.group && groupsById.has(component.group) ? toMermaidSubgraphId(component.group) : null,
    };
  });
  const descendantsOf = (group: Group): DiagramNode[] => {
    const own = resolved.components.filter((c) => c.group === group.id).map((c) => nodes.find((n) => n.componentId === c.id)!);
    return [...own, ...resolved.groups.filter((child) => child.parent === group.id).flatMap(descendantsOf)];
  };
  for (const group of resolved.groups) {
    const held = descendantsOf(group).map((node) => node.tier);
    groupTier.set(group.id, tierOfGroup(group.tier) ?? (held.length > 0 ? diagramTiers[Math.min(...held.map(rankTier))]! : 'application'));
  }
  const groups = resolved.groups
    .map((group): DiagramGroup => ({
      id: toMermaidSubgraphId(group.id),
      label: cleanLabel(group.label),
      tier: groupTier.get(group.id)!,
      boundary: group.tier === 'boundary',
      parent: group.parent && groupsById.has(group.parent) ? toMermaidSubgraphId(group.parent) : null,
    }))
    .map((group, index) => ({ group, index }))
    .sort((a, b) => rankTier(a.group.tier) - rankTier(b.group.tier) || a.index - b.index)
    .map(({ group }) => group);
  const byComponent = new Map(nodes.map((node) => [node.componentId, node]));
  const edges = resolved.connections.map((connection, index): DiagramEdge => {
    const from = byComponent.get(connection.from)!;
    const to = byComponent.get(connection.to)!;
    return {
      id: `e${index}`,
      from: from.id,
      to: to.id,
      label: connection.label ? cleanLabel(connection.label) : null,
      inferred: connection.basis === 'inferred',
      crossCutting: from.crossCutting || to.crossCutting,
    };
  });
  const orderedNodes = nodes
    .map((node, index) => ({ node, index }))
    .sort((a, b) => rankTier(a.node.tier) - rankTier(b.node.tier) || a.index - b.index)
    .map(({ node }) => node);
  return {
    nodes: orderedNodes,
    groups,
    edges,
    entry: { label: 'Users', targets: findEntryTargets(nodes, edges, resolved) },
    span: describeSpan(resolved),
  };
}

/** The boxes requests enter through; see buildDiagramModel. */
function findEntryTargets(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], resolved: ResolvedVariant): string[] {
  const mainFlow = nodes.filter((node) => !node.crossCutting);
  // Only traffic from the front counts as "receiving": an operator deploying a gateway does not make it less of a way in.
  const tierOf = new Map(nodes.map((node) => [node.id, node.tier]));
  const receives = new Set(
    edges.filter((edge) => !edge.crossCutting && rankTier(tierOf.get(edge.from)!) <= rankTier(tierOf.get(edge.to)!)).map((edge) => edge.to),
  );
  const edgeTier = mainFlow.filter((node) => node.tier === 'edge' && !receives.has(node.id));
  if (edgeTier.length > 0) return edgeTier.map((node) => node.id);
  const roleOf = new Map(resolved.components.map((c) => [c.id, c.role as string]));
  const network = mainFlow.find((node) => entryRoles.has(roleOf.get(node.componentId) ?? '') && !receives.has(node.id));
  if (network) return [network.id];
  const application = mainFlow.find((node) => node.tier === 'application' && (node.shape === 'application' || node.shape === 'compute'));
  return application ? [application.id] : [];
}

/** The zones or regions a variant spans, when it states them and no boundary group already draws them. */
function describeSpan(resolved: ResolvedVariant): string | null {
  const drawn = resolved.groups.some((group) => group.tier === 'boundary' && /zone|region|site/i.test(group.label));
  if (drawn) return null;
  const { regions, availabilityZones } = resolved.variant;
  if (regions) return `Across at least ${regions.min} regions`;
  if (availabilityZones) return `Across at least ${availabilityZones.min} availability zones`;
  return null;
}

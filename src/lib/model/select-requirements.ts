import type { Requirement, RequirementScope } from '../../schemas/requirement.ts';
import type { ResolvedComponent } from './resolve-variant.ts';

/**
 * Scopes in the order sizing prefers them for a production deployment: high availability, then production, then
 * what the vendor recommends, then the bare minimum, then figures from a reference layout or the defaults. Tested
 * loads and examples are what the vendor measured, not what it asks for, so sizing never counts them.
 */
const scopePreference: readonly RequirementScope[] = ['high-availability', 'production', 'recommended', 'minimum', 'reference', 'default'];

/** Rank of a scope in the sizing preference; lower wins, Infinity never counts. */
export function rankScope(scope: RequirementScope): number {
  switch (scope) {
    case 'high-availability':
    case 'production':
    case 'recommended':
    case 'minimum':
    case 'reference':
    case 'default':
      return scopePreference.indexOf(scope);
    case 'tested':
    case 'example':
      return Number.POSITIVE_INFINITY;
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Whether a requirements entry states any figure sizing can count (nodes, vCPU, memory, storage or IOPS). */
export function hasSizingFigures(requirement: Requirement): boolean {
  return (
    requirement.nodes !== undefined ||
    requirement.vcpu !== undefined ||
    requirement.memory !== undefined ||
    requirement.storage !== undefined ||
    requirement.iops !== undefined
  );
}

/** Figures a requirements entry can state for sizing, in the order they are filled in. */
const sizingFields = ['nodes', 'vcpu', 'memory', 'storage', 'iops'] as const;

/**
 * The requirement entries sizing uses for a component: every part of the most production-ready scope that states
 * figures (parts of one component in one scope add up). A figure that scope leaves out is taken from the next scope
 * that states it (production memory with the minimum's vCPU and storage, as an architect would read it), unless
 * either side is split into parts. Empty when no countable scope states figures.
 */
export function selectRequirements(component: Pick<ResolvedComponent, 'requirements'>): Requirement[] {
  // Stryker disable next-line ArrayDeclaration: a string in place of the list states no figure, so nothing is selected either way.
  const candidates = (component.requirements ?? []).filter((r) => hasSizingFigures(r) && Number.isFinite(rankScope(r.scope)));
  const ranks = [...new Set(candidates.map((r) => rankScope(r.scope)))].sort((a, b) => a - b);
  const chosen = candidates.filter((r) => rankScope(r.scope) === ranks[0]);
  if (chosen.length !== 1 || chosen[0]?.part !== undefined) return chosen;
  const filled: Requirement[] = [...chosen];
  const missing = new Set(sizingFields.filter((field) => chosen[0]?.[field] === undefined));
  for (const rank of ranks.slice(1)) {
    const lower = candidates.filter((r) => rankScope(r.scope) === rank);
    const [entry] = lower;
    if (lower.length !== 1 || !entry || entry.part !== undefined || entry.perNode !== chosen[0]?.perNode) continue;
    const taken = [...missing].filter((field) => entry[field] !== undefined);
    if (taken.length === 0) continue;
    const fill: Requirement = {
      scope: entry.scope,
      perNode: entry.perNode,
      basis: entry.basis,
      source: entry.source,
      iopsKind: entry.iopsKind,
    };
    for (const field of taken) {
      Object.assign(fill, { [field]: entry[field] });
      missing.delete(field);
    }
    filled.push(fill);
  }
  return filled;
}

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

/**
 * The requirement entries sizing uses for a component: every part of the most production-ready scope that states
 * figures (parts of one component in one scope add up). Empty when no countable scope states figures.
 */
export function selectRequirements(component: Pick<ResolvedComponent, 'requirements'>): Requirement[] {
  const candidates = (component.requirements ?? []).filter((r) => hasSizingFigures(r) && Number.isFinite(rankScope(r.scope)));
  const best = Math.min(...candidates.map((r) => rankScope(r.scope)));
  return candidates.filter((r) => rankScope(r.scope) === best);
}

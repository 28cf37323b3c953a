import type { Requirements, RequirementScope } from '../../schemas/component.ts';
import type { ResolvedComponent } from './resolve-variant.ts';

/** Scopes in the order sizing prefers them: a production deployment is sized for high availability when the vendor says how. */
const scopePreference: readonly RequirementScope[] = ['high-availability', 'production', 'minimum'];

/** Rank of a scope in the sizing preference; lower wins. */
function rankScope(scope: RequirementScope): number {
  switch (scope) {
    case 'high-availability':
    case 'production':
    case 'minimum':
      return scopePreference.indexOf(scope);
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Whether a requirements entry states any figure sizing can count (nodes, vCPU, memory or storage). */
export function hasSizingFigures(requirements: Requirements): boolean {
  return (
    requirements.nodes !== undefined ||
    requirements.vcpu !== undefined ||
    requirements.memory !== undefined ||
    requirements.storage !== undefined
  );
}

/** Picks the requirements entry sizing uses for a component: the one with figures in the most production-ready scope. */
export function selectRequirements(component: Pick<ResolvedComponent, 'requirements'>): Requirements | undefined {
  const candidates = (component.requirements ?? []).filter(hasSizingFigures);
  return [...candidates].sort((a, b) => rankScope(a.scope) - rankScope(b.scope))[0];
}

import type { Requirements } from '../../schemas/component.ts';
import { formatScope } from './labels.ts';

/** One-line summary of stated requirements, e.g. "3 nodes × (2 vCPU, 8 GB memory), for high availability". */
export function formatRequirements(requirements: Requirements): string {
  const perNode = [
    requirements.vcpu !== undefined ? `${requirements.vcpu} vCPU` : undefined,
    requirements.memory ? `${requirements.memory.text} memory` : undefined,
    requirements.storage ? `${requirements.storage.text} storage` : undefined,
  ].filter((part): part is string => part !== undefined);
  const sizing = perNode.join(', ');
  const count = requirements.nodes !== undefined ? `${requirements.nodes} ${requirements.nodes === 1 ? 'node' : 'nodes'}` : '';
  const sku = requirements.instance ? `${requirements.instance.sku}` : '';
  const core = [count, [sku, sizing].filter(Boolean).join(' ')].filter(Boolean).join(' × ');
  const version = requirements.version ? `${requirements.version.product} ${requirements.version.min}+` : '';
  return [[version, core].filter(Boolean).join('; '), formatScope(requirements.scope)].filter(Boolean).join(', ');
}

import { targetIds, type TargetId } from '../../schemas/cloud-ref.ts';
import { formatTarget } from '../model/index.ts';

/** The deployment targets a sizing can run on, with labels, the given default first-class (marked). */
export function listSizingTargets(defaultTarget: TargetId): { id: TargetId; label: string; isDefault: boolean }[] {
  return targetIds.map((id) => ({ id, label: formatTarget(id), isDefault: id === defaultTarget }));
}

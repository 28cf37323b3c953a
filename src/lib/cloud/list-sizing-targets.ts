import { targetIds, type TargetId } from '../../schemas/cloud-ref.ts';
import { formatTarget } from '../model/index.ts';

/** User counts every sizing page prerenders, so the page works without JavaScript. */
export const SIZING_PRESETS = [1_000, 10_000, 100_000] as const;

/** The deployment targets a sizing can run on, with labels, the given default first-class (marked). */
export function listSizingTargets(defaultTarget: TargetId): { id: TargetId; label: string; isDefault: boolean }[] {
  return targetIds.map((id) => ({ id, label: formatTarget(id), isDefault: id === defaultTarget }));
}

import type { Group } from '../../schemas/group.ts';

/** The group with this id and the groups around it, innermost first; empty when no group has the id. */
export function listGroupAncestry(groups: readonly Group[], id: string | undefined): Group[] {
  const ancestry: Group[] = [];
  // The `includes` check stops at a cycle, which the schema does not rule out.
  for (let group = groups.find((g) => g.id === id); group && !ancestry.includes(group); group = groups.find((g) => g.id === group?.parent))
    ancestry.push(group);
  return ancestry;
}

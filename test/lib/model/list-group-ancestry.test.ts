import { describe, expect, it } from 'vitest';
import { listGroupAncestry } from '../../../src/lib/model/index.ts';

const zone = { id: 'zone', label: 'Zone' };
const subnet = { id: 'subnet', label: 'Private subnet', parent: 'zone' };
const tier = { id: 'tier', label: 'Data tier', parent: 'subnet' };

describe('listGroupAncestry', () => {
  it('lists the group and every group around it, innermost first', () => {
    expect(listGroupAncestry([zone, subnet, tier], 'tier').map((group) => group.id)).toEqual(['tier', 'subnet', 'zone']);
    expect(listGroupAncestry([zone, subnet, tier], 'zone').map((group) => group.id)).toEqual(['zone']);
  });

  it('is empty for no id or an id no group has', () => {
    expect(listGroupAncestry([zone, subnet], undefined)).toEqual([]);
    expect(listGroupAncestry([zone, subnet], 'nowhere')).toEqual([]);
  });

  it('stops at a cycle instead of looping', () => {
    const a = { id: 'a', label: 'A', parent: 'b' };
    const b = { id: 'b', label: 'B', parent: 'a' };
    expect(listGroupAncestry([a, b], 'a').map((group) => group.id)).toEqual(['a', 'b']);
  });
});

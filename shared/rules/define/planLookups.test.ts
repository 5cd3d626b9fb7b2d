import { describe, expect, it } from 'vitest';
import type { UserGroup } from '../../model/userGroup';
import { groupIdsOf } from './planLookups';

const group = (id: string, homePoolId = 'fe1'): UserGroup => ({ id, siteId: 's1', homePoolId, count: 100 });

describe('groupIdsOf', () => {
  it("gives a state's group ids, also for a list of as many groups as the one asked before but other ids", () => {
    const first = [group('g1'), group('g2'), group('g3')];
    expect([...groupIdsOf(first)]).toEqual(['g1', 'g2', 'g3']);
    // Users moved: the same groups, new objects. Then one group replaced by another at its place.
    const moved = first.map((g) => ({ ...g, homePoolId: 'fe2' }));
    expect([...groupIdsOf(moved)]).toEqual(['g1', 'g2', 'g3']);
    const replaced = [moved[0]!, group('g9'), moved[2]!];
    const ids = groupIdsOf(replaced);
    expect(ids.has('g9')).toBe(true);
    expect(ids.has('g2')).toBe(false);
    expect(groupIdsOf([group('g1')]).has('g3')).toBe(false);
  });
});

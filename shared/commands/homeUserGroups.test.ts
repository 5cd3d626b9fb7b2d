import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { smallMigration } from '../testing/smallMigration';
import { homeUserGroups } from './homeUserGroups';
import { recordInStep } from './recordInStep';

const actionsOf = (design: Design, stepId: string) => design.migration!.steps.find((s) => s.id === stepId)!.actions;

describe('homeUserGroups: a user group dropped onto a pool', () => {
  it('homes the groups there; recorded in a step it is that step’s moveUsers', () => {
    const { design, ids } = smallMigration();
    const next = recordInStep(design, 'st1', (s) => homeUserGroups(s, { groupIds: [ids.users], poolId: ids.fe2013 }));
    expect(actionsOf(next, 'st1').at(-1)).toEqual({ op: 'moveUsers', groupIds: [ids.users], to: ids.fe2013 });
    // Where it is homed already: nothing changes.
    const { design: plain } = smallMigration();
    const home = plain.userGroups.find((g) => g.id === ids.users)!.homePoolId;
    expect(homeUserGroups(plain, { groupIds: [ids.users], poolId: home })).toBe(plain);
  });

  it('refuses a pool that does not home users', () => {
    const { design, ids } = smallMigration();
    expect(() => homeUserGroups(design, { groupIds: [ids.users], poolId: ids.be2010 })).toThrow('cannot home them');
  });
});

import { describe, expect, it } from 'vitest';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { stepGroups } from './stepGroups';

describe('the timeline’s phase groups', () => {
  it('groups runs of steps of one phase and legacy pool under the guide’s phase names, in plan order', () => {
    const groups = stepGroups(fabrikamMigration().migration!.steps);
    expect(groups.slice(0, 3).map((group) => [group.phaseName, group.legacyPoolId, group.steps.length])).toEqual([
      ['Phase 3 — Deploy the pilot pool', 'fe2010-dal', 2],
      ['Phase 4 — Move test users to the pilot pool', 'fe2010-dal', 1],
      ['Phase 5 — Add the pilot Edge pool', 'fe2010-dal', 1],
    ]);
    // Seattle comes back to phase 3 after Dallas's phase 7: a group of its own, the plan's order kept.
    const flat = groups.flatMap((group) => group.steps.map(({ index }) => index));
    expect(flat).toEqual(flat.map((_, i) => i));
    expect(groups.filter((group) => group.phaseName.startsWith('Phase 3')).map((g) => g.legacyPoolId)).toEqual([
      'fe2010-dal',
      'fe2010-sea',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-CMS-TARGET-HAS-CMS-DB';

describe(RULE, () => {
  it('warns of a move to a pool that is not a 2013 Front End pool', () => {
    const plan = editableMigration();
    const move = plan.step('st5').actions.find((action) => action.op === 'moveCms')!;
    if (move.op === 'moveCms') move.to = plan.ids.be2013;
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.be2013],
        message:
          'Back End SQL store sql2013.contoso.com is not a 2013 Front End pool or Standard Edition server, but step 5 (Decommission the 2010 pool) moves the Central Management Server to it; move it to one that is.',
      }),
    ]);
  });

  it('warns of a move to an Enterprise pool with no Back End in that state, and not once it has one', () => {
    const plan = editableMigration();
    expect(planFindings(plan.design, RULE)).toEqual([]);
    // The pilot pool's Back End association is removed before the CMS moves to it.
    plan.step('st4').actions.push({ op: 'remove', ids: [plan.ids.a2013] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.fe2013],
        message:
          'Front End pool pool2013.contoso.com has no Back End SQL store to hold the Central Management database that step 5 (Decommission the 2010 pool) moves to it; associate one (and install the database on it with Install-CsDatabase -CentralManagementDatabase) first.',
      }),
    ]);
  });
});

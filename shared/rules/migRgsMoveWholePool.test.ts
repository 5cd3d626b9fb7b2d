import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-RGS-MOVE-WHOLE-POOL';

describe(RULE, () => {
  it('warns of response groups moved while users are still on the legacy pool', () => {
    const plan = editableMigration();
    plan
      .step('st2')
      .actions.push({ op: 'moveHosted', from: plan.ids.fe2010, to: plan.ids.fe2013, what: ['responseGroups'] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st2', plan.ids.fe2010, plan.ids.users],
        value: 2_000,
        limit: 0,
        message:
          'Front End pool pool2010.contoso.com hands its 5 response groups over in step 2 (Move the pilot users) while 2,000 users are still homed on it; move the users first (agents still on 2010 lack the new Response Group features until they move).',
      }),
    ]);
  });

  it('warns of response groups moved to a pool that is not a 2013 Front End pool, and not of the small plan', () => {
    const plan = editableMigration();
    expect(planFindings(plan.design, RULE)).toEqual([]);
    const move = plan.step('st5').actions[0]!;
    if (move.op === 'moveHosted') move.to = plan.ids.be2013;
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.be2013, plan.ids.fe2010],
        message:
          'Back End SQL store sql2013.contoso.com receives the 5 response groups of Front End pool pool2010.contoso.com in step 5 (Decommission the 2010 pool), but response groups run in the Response Group application of a 2013 Front End pool with Enterprise Voice; move them to one.',
      }),
    ]);
  });
});

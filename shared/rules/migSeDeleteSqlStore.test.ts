import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-SE-DELETE-SQL-STORE';

describe(RULE, () => {
  it('warns when a SQL store is removed before the pool that uses it', () => {
    const plan = editableMigration();
    plan.step('st4').actions.push({ op: 'remove', ids: [plan.ids.be2010] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st4', plan.ids.be2010, plan.ids.fe2010],
        value: 1,
        limit: 0,
        message:
          'Back End SQL store sql2010.contoso.com is removed by step 4 (Move dial-in numbers) while pool2010.contoso.com still uses it; remove those pools, or point them at another SQL store, first (in the same step, before the store, or earlier).',
      }),
    ]);
  });

  it('is quiet when the store goes with (or after) its pools', () => {
    const plan = editableMigration();
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

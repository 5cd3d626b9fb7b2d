import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-CMS-MOVED-BEFORE-DECOM';

describe(RULE, () => {
  it('fires when the step removes the pool that holds the CMS', () => {
    const plan = editableMigration();
    plan.drop('st5', (action) => action.op !== 'moveCms');
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', plan.ids.fe2010],
        steps: ['st5'],
        message:
          'Front End pool pool2010.contoso.com still holds the Central Management Server; move it to a 2013 Front End pool (Move-CsManagementServer) before step 5 (Decommission the 2010 pool) removes pool2010.contoso.com.',
      }),
    ]);
  });

  it('judges the actions in their order: the CMS moved before the removal, not after it', () => {
    const plan = editableMigration();
    expect(planFindings(plan.design, RULE)).toEqual([]);
    const step = plan.step('st5');
    const move = step.actions.findIndex((action) => action.op === 'moveCms');
    step.actions.push(...step.actions.splice(move, 1));
    expect(planFindings(plan.design, RULE)).toEqual([expect.objectContaining({ subjects: ['st5', plan.ids.fe2010] })]);
  });
});

import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-CAC-HOST-BEFORE-DECOM';

describe(RULE, () => {
  it('fires when the 2010 pool running CAC is removed and no 2013 pool of its site runs it after the step', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { callAdmissionControl: true });
    const dallas = plan.design.sites[0]!.id;
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', plan.ids.fe2010, dallas],
        steps: ['st5'],
        message:
          'Front End pool pool2010.contoso.com runs call admission control for Dallas; tick "Runs call admission control for its central site" on a 2013 Front End pool in Dallas before step 5 (Decommission the 2010 pool) removes it.',
      }),
    ]);
  });

  it('is quiet when a 2013 pool of the site takes CAC over in that step', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { callAdmissionControl: true });
    plan.step('st5').actions.push({ op: 'set', id: plan.ids.fe2013, fields: { callAdmissionControl: true } });
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

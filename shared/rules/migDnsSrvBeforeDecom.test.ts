import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-DNS-SRV-BEFORE-DECOM';

describe(RULE, () => {
  it('fires when the step removes the pool the internal SIP SRV record still points at', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { sipSrvTarget: true });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', plan.ids.fe2010],
        steps: ['st5'],
        message:
          'The internal _sipinternaltls._tcp SRV record still points at Front End pool pool2010.contoso.com; point it at a 2013 pool (clear "SIP SRV target" here and tick it there) before step 5 (Decommission the 2010 pool) removes pool2010.contoso.com.',
      }),
    ]);
  });

  it('is quiet once the record points at the 2013 pool', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { sipSrvTarget: true });
    plan
      .step('st5')
      .actions.unshift(
        { op: 'set', id: plan.ids.fe2010, fields: { sipSrvTarget: false } },
        { op: 'set', id: plan.ids.fe2013, fields: { sipSrvTarget: true } },
      );
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

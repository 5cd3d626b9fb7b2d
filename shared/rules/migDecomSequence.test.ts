import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-DECOM-SEQUENCE';

describe(RULE, () => {
  it('warns of a legacy pool removed outside phase 8', () => {
    const plan = editableMigration();
    plan.step('st5').phase = 7;
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.fe2010],
        value: 7,
        limit: 8,
        message:
          'Front End pool pool2010.contoso.com is removed by step 5 (Decommission the 2010 pool), a phase 7 step; legacy pools are decommissioned in phase 8, once their users and services have moved.',
      }),
      expect.objectContaining({ subjects: ['st5', plan.ids.be2010], value: 7, limit: 8 }),
    ]);
  });

  it('warns of a legacy pool removed with its Monitoring association still in place', () => {
    const plan = editableMigration();
    expect(planFindings(plan.design, RULE)).toEqual([]);
    plan.design.pools.push({
      id: 'mon',
      siteId: plan.design.sites[0]!.id,
      role: 'monitoring',
      fqdn: 'mon.contoso.com',
      version: 2010,
    });
    plan.design.associations.push({ id: 'a-mon', kind: 'monitoring', from: plan.ids.fe2010, to: 'mon' });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.fe2010, 'mon'],
        message:
          'Front End pool pool2010.contoso.com is removed by step 5 (Decommission the 2010 pool) while still associated with Monitoring Server mon.contoso.com; clear those associations first (phase 8 removes them before the pool).',
      }),
    ]);
    plan.step('st5').actions.unshift({ op: 'remove', ids: ['a-mon'] });
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

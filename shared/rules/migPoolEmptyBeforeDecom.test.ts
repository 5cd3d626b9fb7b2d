import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { editableMigration, planFindings } from '../testing/planEdits';
import { smallMigration } from '../testing/smallMigration';

const RULE = 'MIG-POOL-EMPTY-BEFORE-DECOM';

describe(RULE, () => {
  it('a small migration that moves everything first removes its 2010 pool without a MIG error', () => {
    const { transitions, findings } = validatePlan(smallMigration().design);
    expect(transitions.filter((finding) => finding.severity === 'error')).toEqual([]);
    // No state of it breaks a MIG state rule either (MIG-ARCH-MON-VERSION-MATCH judges each state).
    expect(findings.filter((finding) => finding.rule.startsWith('MIG-') && finding.severity === 'error')).toEqual([]);
    expect(planFindings(smallMigration().design, RULE)).toEqual([]);
  });

  it('names the users still homed on the pool the step removes', () => {
    const plan = editableMigration();
    plan.drop('st3', () => false);
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', plan.ids.fe2010, plan.ids.users],
        steps: ['st5'],
        value: 2_000,
        limit: 0,
        message:
          'Move the 2,000 users (1 user group) homed on Front End pool pool2010.contoso.com to another pool before step 5 (Decommission the 2010 pool) removes it.',
      }),
    ]);
  });

  it('users moved earlier in the same step are gone, users moved after the removal are not', () => {
    const plan = editableMigration();
    const [move] = plan.step('st3').actions;
    plan.drop('st3', () => false);
    plan.step('st5').actions.unshift(move!);
    expect(planFindings(plan.design, RULE)).toEqual([]);
    plan.step('st5').actions.push(plan.step('st5').actions.shift()!);
    expect(planFindings(plan.design, RULE)).toEqual([expect.objectContaining({ value: 2_000 })]);
  });

  it('names each kind of contact object left, with its count', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { hosts: { dialInNumbers: 2, responseGroups: 5, commonAreaPhones: 12 } });
    plan.drop('st5', (action) => action.op !== 'moveHosted');
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({ subjects: ['st5', plan.ids.fe2010], value: 5 }),
      expect.objectContaining({
        subjects: ['st5', plan.ids.fe2010],
        value: 12,
        message:
          'Move the 12 common area phones of Front End pool pool2010.contoso.com to a 2013 pool before step 5 (Decommission the 2010 pool) removes it.',
      }),
    ]);
  });

  it('counts the users of an SBA whose backup registrar the step removes', () => {
    const plan = editableMigration();
    const branch = 'branch-austin';
    plan.design.sites.push({ id: branch, name: 'Austin', kind: 'branch', centralSiteId: plan.design.sites[0]!.id });
    plan.design.pools.push({ id: 'sba-austin', siteId: branch, role: 'sba', fqdn: 'sba.contoso.com', version: 2010 });
    plan.design.associations.push({ id: 'a-sba', kind: 'registrar', from: 'sba-austin', to: plan.ids.fe2010 });
    plan.design.userGroups.push({ id: 'g-austin', siteId: branch, homePoolId: 'sba-austin', count: 40 });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        subjects: ['st5', plan.ids.fe2010, 'sba-austin', 'g-austin'],
        value: 40,
        message:
          'Survivable Branch Appliance sba.contoso.com still has 40 users and uses Front End pool pool2010.contoso.com as its backup registrar; re-home it on a 2013 Front End pool (move its users away, associate it with the new pool, move them back) before step 5 (Decommission the 2010 pool) removes pool2010.contoso.com.',
      }),
    ]);
    // Re-homed on the 2013 pool first: nothing is left on the 2010 pool.
    plan.step('st4').actions.push({ op: 'set', id: 'a-sba', fields: { to: plan.ids.fe2013 } });
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

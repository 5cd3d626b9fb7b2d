import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-ARCH-MON-REMOVE-AFTER-USERS';

/** The small migration with a 2010 Archiving Server that the 2010 pool uses. */
function withArchiving() {
  const plan = editableMigration();
  plan.design.pools.push({
    id: 'arch2010',
    siteId: plan.design.sites[0]!.id,
    role: 'archiving',
    fqdn: 'arch2010.contoso.com',
    version: 2010,
  });
  plan.design.associations.push({ id: 'a-arch', kind: 'archiving', from: plan.ids.fe2010, to: 'arch2010' });
  return plan;
}

describe(RULE, () => {
  it('fires while users are on a 2010 pool and while a pool is still associated with the server', () => {
    const plan = withArchiving();
    plan.step('st2').actions.push({ op: 'remove', ids: ['arch2010'] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st2', 'arch2010', plan.ids.fe2010],
        value: 2_000,
        limit: 0,
        message:
          '2,000 users are still homed on Lync Server 2010 pools (pool2010.contoso.com) when step 2 (Move the pilot users) removes Archiving Server arch2010.contoso.com; move every user to 2013 first.',
      }),
      expect.objectContaining({
        severity: 'error',
        subjects: ['st2', 'arch2010', plan.ids.fe2010],
        value: 1,
        limit: 0,
        message:
          'Archiving Server arch2010.contoso.com is still associated with pool2010.contoso.com; clear the Archiving Server association of each before step 2 (Move the pilot users) removes it.',
      }),
    ]);
  });

  it('is quiet once every user is on 2013 and the association is cleared', () => {
    const plan = withArchiving();
    plan.step('st4').actions.push({ op: 'remove', ids: ['a-arch'] }, { op: 'remove', ids: ['arch2010'] });
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });

  it('counts the users of a 2010 SBA only while it still registers with a 2010 pool', () => {
    // connect-a-survivable-branch-appliance.md keeps a 2010 SBA in service under the 2013 pool, its users on it.
    const plan = withArchiving();
    const branch = { id: 'oslo', name: 'Oslo', kind: 'branch' as const, centralSiteId: plan.design.sites[0]!.id };
    plan.design.sites.push(branch);
    plan.design.pools.push({ id: 'sba2010', siteId: 'oslo', role: 'sba', fqdn: 'sba2010.contoso.com', version: 2010 });
    plan.design.associations.push({ id: 'a-reg', kind: 'registrar', from: 'sba2010', to: plan.ids.fe2010 });
    plan.design.userGroups.push({ id: 'g-oslo', siteId: 'oslo', homePoolId: 'sba2010', count: 250 });
    plan.step('st4').actions.push({ op: 'remove', ids: ['a-arch'] }, { op: 'remove', ids: ['arch2010'] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({ subjects: ['st4', 'arch2010', 'sba2010'], value: 250 }),
    ]);
    plan.step('st3').actions.push({ op: 'set', id: 'a-reg', fields: { to: plan.ids.fe2013 } });
    expect(planFindings(plan.design, RULE)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a 2013 Edge added in step st2; `at` is the step that turns XMPP federation on. */
function xmppAt(at: number) {
  const { design } = smallMigration();
  design.pools.push({ id: 'edge2013', siteId: design.pools[0]!.siteId, role: 'edge', fqdn: 'edge2013.contoso.com' });
  const steps = design.migration!.steps;
  steps[1]!.actions.push({ op: 'add', ids: ['edge2013'] });
  steps[at]!.actions.push({ op: 'set', id: 'edge2013', fields: { xmpp: true } });
  return design;
}

const of = (design: ReturnType<typeof xmppAt>) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-XMPP-LEGACY-UNTIL-ALL-MOVED');

describe('MIG-XMPP-LEGACY-UNTIL-ALL-MOVED', () => {
  it('XMPP federation on the 2013 Edge while users remain on the 2010 pool is a warning with their count', () => {
    expect(of(xmppAt(1))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st2', 'edge2013'],
        value: 2_000,
        limit: 0,
        message: expect.stringContaining(
          'step st2 ("Move the pilot users") enables XMPP federation on Lync 2013 Edge pool edge2013.contoso.com while 2,000 users are still homed on Lync 2010 pools',
        ),
      }),
    ]);
  });

  it('XMPP federation once every user is moved passes', () => {
    expect(of(xmppAt(2))).toEqual([]);
  });

  it('counts the users of a 2010 SBA only while it still registers with a 2010 pool', () => {
    // connect-a-survivable-branch-appliance.md: the 2010 SBA joins the 2013 topology under the 2013 pool, its users
    // "moved back to the new Lync Server 2013 SBA"; MIG-ARCH-MON-REMOVE-AFTER-USERS reads them the same way.
    const design = xmppAt(2);
    const central = design.sites[0]!.id;
    design.sites.push({ id: 'oslo', name: 'Oslo', kind: 'branch', centralSiteId: central });
    design.pools.push({ id: 'sba2010', siteId: 'oslo', role: 'sba', fqdn: 'sba2010.contoso.com', version: 2010 });
    const fe2010 = design.pools.find((p) => p.role === 'frontEnd' && p.version === 2010)!.id;
    const fe2013 = design.pools.find((p) => p.role === 'frontEnd' && p.version === undefined)!.id;
    design.associations.push({ id: 'a-reg', kind: 'registrar', from: 'sba2010', to: fe2010 });
    design.userGroups.push({ id: 'g-oslo', siteId: 'oslo', homePoolId: 'sba2010', count: 250 });
    expect(of(design)).toEqual([expect.objectContaining({ subjects: ['st3', 'edge2013'], value: 250 })]);
    design.migration!.steps[1]!.actions.push({ op: 'set', id: 'a-reg', fields: { to: fe2013 } });
    expect(of(design)).toEqual([]);
  });
});

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
});

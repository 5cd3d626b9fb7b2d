import { describe, expect, it } from 'vitest';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a 2010 Group Chat pool in the estate; `removedIn` is the step index that removes it. */
function withGroupChat(removedIn?: number) {
  const plan = smallMigration();
  const { design } = plan;
  design.pools.push({
    id: 'gc2010',
    siteId: design.pools[0]!.siteId,
    role: 'persistentChat',
    fqdn: 'gc.contoso.com',
    version: 2010,
  });
  if (removedIn !== undefined) design.migration!.steps[removedIn]!.actions.unshift({ op: 'remove', ids: ['gc2010'] });
  return plan;
}

const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-PCHAT-HOME-VERSION');

describe('MIG-PCHAT-HOME-VERSION', () => {
  it('a 2010 Group Chat pool left without a 2010 Front End pool is an error from that step', () => {
    expect(of(withGroupChat().design)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', 'gc2010'],
        steps: ['st5'],
        message: expect.stringContaining(
          'Lync 2010 Group Chat pool gc.contoso.com has no Lync 2010 Front End pool to be homed on after step st5 ("Decommission the 2010 pool")',
        ),
      }),
    ]);
  });

  it('removing Group Chat before the users have moved is an error: it migrates last', () => {
    expect(of(withGroupChat(1).design)).toEqual([
      expect.objectContaining({ severity: 'error', subjects: ['st2', 'gc2010'], value: 2_050, limit: 0 }),
    ]);
  });

  it('Group Chat removed last, with the 2010 pool, passes', () => {
    expect(of(withGroupChat(4).design)).toEqual([]);
  });
});

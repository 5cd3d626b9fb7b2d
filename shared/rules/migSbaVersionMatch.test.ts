import { describe, expect, it } from 'vitest';
import type { Step } from '../model/migration';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

/** The small migration with a Lync 2010 SBA at a branch of Dallas, registered with the 2010 pool, homing 40 users. */
function withSba() {
  const plan = smallMigration();
  const { design, ids } = plan;
  const dallas = design.pools[0]!.siteId;
  design.sites.push({ id: 'austin', name: 'Austin', kind: 'branch', centralSiteId: dallas });
  design.pools.push({ id: 'sba2010', siteId: 'austin', role: 'sba', fqdn: 'sba.contoso.com', version: 2010 });
  design.associations.push({ id: 'a-reg', kind: 'registrar', from: 'sba2010', to: ids.fe2010 });
  design.userGroups.push({ id: 'g-branch', siteId: 'austin', homePoolId: 'sba2010', count: 40 });
  return plan;
}

const rehome: Step['actions'][number] = { op: 'set', id: 'a-reg', fields: { to: 'p-13' } };
const of = (design: ReturnType<typeof smallMigration>['design']) =>
  validatePlan(design).findings.filter((f) => f.rule === 'MIG-SBA-VERSION-MATCH');

describe('MIG-SBA-VERSION-MATCH', () => {
  it('re-homing an SBA while branch users are homed on it is an error with their count', () => {
    const { design, ids } = withSba();
    expect(ids.fe2013).toBe('p-13');
    design.migration!.steps[2]!.actions.push(rehome);
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st3', 'sba2010', 'g-branch'],
        steps: ['st3'],
        value: 40,
        limit: 0,
        message:
          'step st3 ("Move the remaining users") moves the backup registrar of Survivable Branch Appliance sba.contoso.com to Front End pool pool2013.contoso.com (from Front End pool pool2010.contoso.com) while 40 users are homed on it; move the branch users to another Front End pool first, re-home the SBA, then move them back.',
      }),
    ]);
  });

  it('moving the branch users away first, then re-homing the SBA, passes', () => {
    const { design, ids } = withSba();
    const steps = design.migration!.steps;
    steps[2]!.actions.push({ op: 'moveUsers', groupIds: ['g-branch'], to: ids.fe2013 });
    steps[3]!.actions.push(rehome, { op: 'moveUsers', groupIds: ['g-branch'], to: 'sba2010' });
    expect(of(design)).toEqual([]);
  });

  it('a 2010 SBA with its monitoring data on a 2013 SQL store is an error', () => {
    const { design, ids } = withSba();
    design.associations.push({ id: 'a-mon', kind: 'monitoring', from: 'sba2010', to: ids.be2013 });
    design.migration!.steps[0]!.actions.push({ op: 'add', ids: ['a-mon'] });
    expect(of(design)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['sba2010', ids.be2013],
        steps: ['st1', 'st2', 'st3', 'st4', 'st5'],
      }),
    ]);
  });
});

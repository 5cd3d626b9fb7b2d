import { describe, expect, it } from 'vitest';
import type { Pool } from '../model/pool';
import { validatePlan } from '../plan/validatePlan';
import { smallMigration } from '../testing/smallMigration';

type Plan = ReturnType<typeof smallMigration>;
const of = (design: Plan['design'], rule = 'MIG-SIDE-BY-SIDE-ONLY') =>
  validatePlan(design).findings.filter((f) => f.rule === rule);

/** A second 2013 Front End pool of the file, added by a step of its own after the plan. */
function addPool({ design, ids }: Plan, fqdn: string): string {
  const pool = { ...design.pools.find((p) => p.id === ids.fe2013)!, id: 'fe-new', fqdn } as Pool;
  design.pools.push(pool);
  design.migration!.steps.push({
    id: 'st6',
    phase: 3,
    name: 'Deploy a second pool',
    actions: [{ op: 'add', ids: [pool.id] }],
  });
  return pool.id;
}

describe('MIG-SIDE-BY-SIDE-ONLY', () => {
  it('a 2013 pool that takes the name of a 2010 pool removed earlier is an error', () => {
    const plan = smallMigration();
    const added = addPool(plan, 'POOL2010.contoso.com');
    const findings = of(plan.design);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', subjects: ['st6', added, plan.ids.fe2010], steps: ['st6'] }),
    ]);
    expect(findings[0]!.message).toBe(
      'pool2010.contoso.com names Lync 2010 Front End pool pool2010.contoso.com and Lync 2013 Front End pool POOL2010.contoso.com (from step st6 ("Deploy a second pool")); migration to Lync Server 2013 is side by side, and the new pools and servers get new names, never one a 2010 pool or server has had in the plan. Rename the 2013 one.',
    );
  });

  it("a clash inside one state is TB-FQDN-UNIQUE's alone", () => {
    const plan = smallMigration();
    plan.design.pools.find((p) => p.id === plan.ids.fe2013)!.fqdn = 'pool2010.contoso.com';
    expect(of(plan.design)).toEqual([]);
    expect(of(plan.design, 'TB-FQDN-UNIQUE')).toEqual([
      expect.objectContaining({ steps: ['st1', 'st2', 'st3', 'st4'] }),
    ]);
  });

  it('setting the version of a pool is an in-place upgrade', () => {
    const plan = smallMigration();
    plan.design.migration!.steps[0]!.actions.push({ op: 'set', id: plan.ids.fe2010, fields: { version: 2013 } });
    expect(of(plan.design)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st1', plan.ids.fe2010],
        message: expect.stringContaining(
          'changes Front End pool pool2010.contoso.com from Lync 2010 to Lync 2013: that is an in-place upgrade',
        ),
      }),
    ]);
  });

  it('new names for the new pools pass', () => {
    const plan = smallMigration();
    addPool(plan, 'pool2013b.contoso.com');
    expect(of(plan.design)).toEqual([]);
  });
});

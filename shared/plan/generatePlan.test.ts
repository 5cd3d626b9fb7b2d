import { describe, expect, it } from 'vitest';
import { CommandRefused } from '../commands/commandError';
import { designBoxes } from '../geometry/designBoxes';
import { overlaps } from '../geometry/rectangles';
import { fabrikamMigration } from '../samples/fabrikamMigration';
import { estateOf } from '../testing/estateOf';
import { defaultPlanOptions, generatePlan } from './generatePlan';
import { validatePlan } from './validatePlan';

const fabrikamEstate = () => estateOf(fabrikamMigration());

describe('generatePlan on the Fabrikam 2010 estate', () => {
  it('plans both pools through phase 8 with no error finding in any state', () => {
    const estate = fabrikamEstate();
    const options = defaultPlanOptions(estate);
    expect(options.legacyPoolIds).toEqual(['fe2010-dal', 'fe2010-sea']);
    expect(options.targetFqdns).toEqual({
      'fe2010-dal': 'pool2013-dal.fabrikam.com',
      'fe2010-sea': 'pool2013-sea.fabrikam.com',
    });
    const plan = generatePlan(estate, options);
    const errors = validatePlan(plan).findings.filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([]);
    const steps = plan.migration!.steps;
    expect(steps[0]).toMatchObject({ phase: 3, name: 'Deploy the pilot pool pool2013-dal.fabrikam.com' });
    expect(steps.every((step) => step.legacyPoolId !== undefined)).toBe(true);
    expect(steps.map((step) => step.phase).slice(-2)).toEqual([8, 8]);
  });

  it('sizes the Dallas pool for 12,250 users with one server down: 3 Front Ends, a clustered Back End of its own', () => {
    const plan = generatePlan(fabrikamEstate(), defaultPlanOptions(fabrikamEstate()));
    const pool = plan.pools.find((p) => p.fqdn === 'pool2013-dal.fabrikam.com')!;
    expect(plan.servers.filter((s) => s.poolId === pool.id)).toHaveLength(3);
    const store = plan.associations.find((a) => a.from === pool.id && a.kind === 'backEnd')!;
    expect(plan.pools.find((p) => p.id === store.to)).toMatchObject({ role: 'backEnd', ha: 'clustering' });
    expect(store.to).not.toBe('be2010-dal');
  });

  it('ends with every 2010 server gone, the CMS and the SIP SRV record on 2013 pools', () => {
    const plan = generatePlan(fabrikamEstate(), defaultPlanOptions(fabrikamEstate()));
    const last = validatePlan(plan).states;
    const end = last.stateAt(last.steps.length - 1);
    expect(end.pools.filter((p) => p.version === 2010 && p.role !== 'sba').map((p) => p.id)).toEqual([]);
    expect(end.pools.filter((p) => p.role === 'frontEnd' && p.hostsCms).map((p) => p.fqdn)).toEqual([
      'pool2013-dal.fabrikam.com',
    ]);
    expect(end.pools.some((p) => p.role === 'frontEnd' && p.sipSrvTarget && p.version === undefined)).toBe(true);
  });

  it('places every new box in its site where it overlaps no other box', () => {
    const plan = generatePlan(fabrikamEstate(), defaultPlanOptions(fabrikamEstate()));
    const boxes = designBoxes(plan);
    for (const inside of boxes.inside.values()) {
      const rects = [...inside];
      for (const [i, [a, ra]] of rects.entries())
        for (const [b, rb] of rects.slice(i + 1)) expect(overlaps(ra, rb), `${a} overlaps ${b}`).toBe(false);
    }
  });

  it('refuses a target name the design already holds, and a pool the plan already migrates', () => {
    const estate = fabrikamEstate();
    const options = defaultPlanOptions(estate);
    expect(() =>
      generatePlan(estate, { ...options, targetFqdns: { 'fe2010-dal': 'pool2010-sea.fabrikam.com' } }),
    ).toThrow(
      new CommandRefused(
        'pool2010-sea.fabrikam.com is already the name of a pool or server of the design; the 2013 pool for pool2010-dal.fabrikam.com needs a new name.',
      ),
    );
    const once = generatePlan(estate, { ...options, legacyPoolIds: ['fe2010-sea'] });
    expect(() => generatePlan(once, { ...options, legacyPoolIds: ['fe2010-sea'] })).toThrow(
      'The plan already migrates pool2010-sea.fabrikam.com; edit its steps instead of planning it again.',
    );
  });

  it('appends to an existing plan, written against its last state', () => {
    const estate = fabrikamEstate();
    const options = defaultPlanOptions(estate);
    const first = generatePlan(estate, { ...options, legacyPoolIds: ['fe2010-sea'] });
    const both = generatePlan(first, { ...defaultPlanOptions(first) });
    expect(both.migration!.steps.slice(0, first.migration!.steps.length)).toEqual(first.migration!.steps);
    expect(both.migration!.steps.some((step) => step.legacyPoolId === 'fe2010-dal')).toBe(true);
    expect(validatePlan(both).findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});

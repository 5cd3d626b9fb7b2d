import { describe, expect, it } from 'vitest';
import { CommandRefused } from '../commands/commandError';
import { designBoxes } from '../geometry/designBoxes';
import { overlaps } from '../geometry/rectangles';
import { fabrikamMigration } from '../samples/fabrikamMigration';
import { estateOf } from '../testing/estateOf';
import { buildEstate } from '../testing/lync2010EstateArbitrary';
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

  it('sizes the Dallas pool for 12,250 users and their 735 collocated Mediation calls: 5 Front Ends, a clustered Back End of its own', () => {
    // 6,667 users each with one down would be 3; at 150 calls each (CAP-MED-COLLOCATED-CALLS) 735 calls need 5.
    const plan = generatePlan(fabrikamEstate(), defaultPlanOptions(fabrikamEstate()));
    const pool = plan.pools.find((p) => p.fqdn === 'pool2013-dal.fabrikam.com')!;
    expect(pool).toMatchObject({ edition: 'enterprise', mediationCollocated: true });
    expect(plan.servers.filter((s) => s.poolId === pool.id)).toHaveLength(5);
    expect(plan.migration!.steps[0]!.notes).toContain(
      '5 Front End servers for 12,250 users with one server down and 735 collocated Mediation calls',
    );
    const store = plan.associations.find((a) => a.from === pool.id && a.kind === 'backEnd')!;
    expect(plan.pools.find((p) => p.id === store.to)).toMatchObject({ role: 'backEnd', ha: 'clustering' });
    expect(store.to).not.toBe('be2010-dal');
    expect(validatePlan(plan).findings.filter((f) => f.rule === 'CAP-MED-COLLOCATED-CALLS')).toEqual([]);
  });

  it('gives both 2013 pools one new Office Web Apps farm, added with the first (TB-OWAS-FOR-CONFERENCING)', () => {
    const plan = generatePlan(fabrikamEstate(), defaultPlanOptions(fabrikamEstate()));
    const farms = plan.pools.filter((p) => p.role === 'officeWebApps');
    expect(farms.map((p) => [p.fqdn, p.siteId])).toEqual([['owas.fabrikam.com', 'dal']]);
    const users = plan.associations
      .filter((a) => a.kind === 'officeWebApps' && a.to === farms[0]!.id)
      .map((a) => a.from);
    expect(users.sort()).toEqual(['pool2013-dal', 'pool2013-sea']);
    expect(plan.migration!.steps[0]!.actions[0]).toMatchObject({
      op: 'add',
      ids: expect.arrayContaining([farms[0]!.id]),
    });
    expect(validatePlan(plan).findings.filter((f) => f.rule === 'TB-OWAS-FOR-CONFERENCING')).toEqual([]);
  });

  it('refuses to take the last Lync 2010 pool from a 2010 Group Chat pool, which the guide does not say how to migrate', () => {
    const estate = fabrikamEstate();
    estate.pools.push({
      id: 'gc2010',
      siteId: 'dal',
      role: 'persistentChat',
      fqdn: 'gc2010.fabrikam.com',
      version: 2010,
    });
    const options = defaultPlanOptions(estate);
    expect(() => generatePlan(estate, options)).toThrow(
      new CommandRefused(
        "gc2010.fabrikam.com is a Lync 2010 Group Chat pool, homed on a Lync 2010 pool until it is migrated, last; the migration guide's phases do not say how (migrating-group-chat-servers.md points to the separate Persistent Chat migration). Leave at least one Lync 2010 pool out of this plan, and plan the Group Chat migration by hand.",
      ),
    );
    const keepsSeattle = generatePlan(estate, { ...options, legacyPoolIds: ['fe2010-dal'] });
    expect(validatePlan(keepsSeattle).findings.filter((f) => f.severity === 'error')).toEqual([]);
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

describe('generatePlan sizing a large estate by the 2013 catalog', () => {
  // 60,000 central users and 500 at a branch with a 2010 SBA (the estate's way to the PSTN), 40% of them remote at the
  // busy hour (24,200), behind one 2010 Edge of the 2 servers that carry them at 15,000 each.
  const central = {
    edition: 'enterprise' as const,
    users: 60_000,
    groups: 2,
    remotePercent: 40,
    ha: 'mirroring' as const,
    mediationCollocated: true,
    callAdmissionControl: false,
    hosts: {},
    branches: [{ sba: true, users: 500 }],
  };
  const estate = () =>
    buildEstate({
      centrals: [central],
      edge: { servers: 1, lb: 'dns', federation: true, xmpp: false, nics: true },
      director: undefined,
      archiving: false,
      monitoring: false,
      cmsAt: 0,
      srvOnDirector: false,
      srvAt: 0,
      paired: false,
    });

  it('sizes the 2013 Edge for its 24,200 remote users at 12,000 each: 3 servers where the 2010 Edge has 2', () => {
    const design = estate();
    expect(design.servers.filter((s) => s.poolId === 'edge')).toHaveLength(2);
    const plan = generatePlan(design, defaultPlanOptions(design));
    const edge = plan.pools.find((p) => p.role === 'edge' && p.version === undefined)!;
    expect(plan.servers.filter((s) => s.poolId === edge.id)).toHaveLength(3);
    expect(validatePlan(plan).findings.filter((f) => f.rule === 'CAP-EDGE-REMOTE-USERS')).toEqual([]);
  });

  it("moves 3,630 calls (with the branch users', homed on the pool while their SBA moves), more than 12 collocated Front Ends carry, to a stand-alone Mediation pool of 3", () => {
    const design = estate();
    const plan = generatePlan(design, defaultPlanOptions(design));
    const pool = plan.pools.find((p) => p.role === 'frontEnd' && p.version === undefined)!;
    expect(pool).toMatchObject({ mediationCollocated: false });
    // ceil(60,500 / 6,667) + 1 for the users alone.
    expect(plan.servers.filter((s) => s.poolId === pool.id)).toHaveLength(11);
    const mediation = plan.pools.filter((p) => p.role === 'mediation');
    expect(mediation.map((p) => p.siteId)).toEqual([pool.siteId]);
    expect(plan.servers.filter((s) => s.poolId === mediation[0]!.id)).toHaveLength(3);
    const findings = validatePlan(plan).findings;
    expect(findings.filter((f) => f.rule.startsWith('CAP-MED-'))).toEqual([]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

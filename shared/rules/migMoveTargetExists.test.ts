import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';
import { smallMigration } from '../testing/smallMigration';

const RULE = 'MIG-MOVE-TARGET-EXISTS';

describe(RULE, () => {
  it('is quiet on a plan whose moves all name pools that are there', () => {
    expect(planFindings(smallMigration().design, RULE)).toEqual([]);
  });

  it('names the step that adds the target pool only later', () => {
    const plan = editableMigration();
    // The pilot users move before the pilot pool is deployed.
    const [deploy, pilot] = plan.steps;
    plan.steps.splice(0, 2, pilot!, deploy!);
    expect(plan.steps.map((step) => step.id)).toEqual(['st2', 'st1', 'st3', 'st4', 'st5']);
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st2', plan.ids.fe2013],
        steps: ['st2'],
        message:
          'The pool pool2013.contoso.com is added only by step 2 (Deploy the pilot pool), so step 1 (Move the pilot users) moves nothing there; add it in an earlier step or move to a pool that exists.',
      }),
    ]);
  });

  it('names the step that removed it, and refuses a pool that cannot home users', () => {
    const plan = editableMigration();
    plan.steps.push({
      id: 'st6',
      phase: 8,
      name: 'Roll back',
      actions: [
        { op: 'moveUsers', groupIds: [plan.ids.users], to: plan.ids.fe2010 },
        { op: 'moveUsers', groupIds: [plan.ids.pilot], to: plan.ids.be2013 },
      ],
    });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        subjects: ['st6', plan.ids.fe2010],
        message:
          'The pool pool2010.contoso.com was removed by step 5 (Decommission the 2010 pool), so step 6 (Roll back) moves nothing there; add it in an earlier step or move to a pool that exists.',
      }),
      expect.objectContaining({
        severity: 'error',
        subjects: ['st6', plan.ids.be2013],
        message:
          'Back End SQL store sql2013.contoso.com cannot home users, but step 6 (Roll back) moves user groups to it; move them to a Front End pool, Standard Edition server, SBA or SBS.',
      }),
    ]);
  });

  it('warns of a move of hosted objects from a pool that has none of them left', () => {
    const plan = editableMigration();
    plan
      .step('st5')
      .actions.unshift({ op: 'moveHosted', from: plan.ids.fe2010, to: plan.ids.fe2013, what: ['dialInNumbers'] });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        subjects: ['st5', plan.ids.fe2010],
        message:
          'Front End pool pool2010.contoso.com hosts no dial-in access numbers when step 5 (Decommission the 2010 pool) moves them; the move does nothing (moved already, or never there).',
      }),
    ]);
  });
});

describe(`${RULE}: user groups`, () => {
  it('names the step that removed a group a later step still moves', () => {
    const plan = editableMigration();
    plan.step('st4').actions.push({ op: 'remove', ids: [plan.ids.pilot] });
    plan.steps.push({
      id: 'st6',
      phase: 8,
      name: 'Tidy up',
      actions: [{ op: 'moveUsers', groupIds: [plan.ids.pilot], to: plan.ids.fe2013 }],
    });
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st6', plan.ids.pilot],
        message: `The user group “50 users at Dallas” was removed by step 4 (Move dial-in numbers), so step 6 (Tidy up) cannot move it.`,
      }),
    ]);
  });
});

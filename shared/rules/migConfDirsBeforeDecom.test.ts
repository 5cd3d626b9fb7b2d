import { describe, expect, it } from 'vitest';
import { editableMigration, planFindings } from '../testing/planEdits';

const RULE = 'MIG-CONF-DIRS-BEFORE-DECOM';

describe(RULE, () => {
  it('fires when the step removes a pool that still hosts them, with their count', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { hosts: { conferenceDirectories: 1, responseGroups: 5 } });
    plan.drop('st4', () => false);
    plan.drop('st5', (action) => action.op !== 'moveHosted');
    expect(planFindings(plan.design, RULE)).toEqual([
      expect.objectContaining({
        severity: 'error',
        subjects: ['st5', plan.ids.fe2010],
        steps: ['st5'],
        value: 1,
        limit: 0,
        message:
          'Move the 1 conference directory of Front End pool pool2010.contoso.com to a 2013 pool before step 5 (Decommission the 2010 pool) removes it (Move-CsConferenceDirectory, one directory at a time).',
      }),
    ]);
  });

  it('is quiet once they have moved, in an earlier step or earlier in the same one', () => {
    const plan = editableMigration();
    plan.pool(plan.ids.fe2010, { hosts: { conferenceDirectories: 1, responseGroups: 5 } });
    expect(planFindings(plan.design, RULE)).toEqual([]);
    // Moved only after the removal, in the same step: the pool is gone by then.
    plan.drop('st4', () => false);
    const step = plan.step('st5');
    step.actions.push(step.actions.shift()!);
    expect(planFindings(plan.design, RULE)).toEqual([expect.objectContaining({ value: 1 })]);
  });
});

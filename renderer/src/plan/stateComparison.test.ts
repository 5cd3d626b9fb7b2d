import { describe, expect, it } from 'vitest';
import { planStates } from '../../../shared/plan/planStates';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { compareStates } from './stateComparison';

const states = planStates(fabrikamMigration());

describe('Compare with…', () => {
  it('reads from the earlier state to the later, whichever is picked first, with names', () => {
    const comparison = compareStates(states, 'dal-6-users', 'start');
    expect(comparison.from.name).toBe('Start');
    expect(comparison.to.name).toBe('Step 6 — Move the remaining Dallas users');
    expect(comparison.added).toContain('Front End pool pool2013-dal.fabrikam.com');
    expect(comparison.removed).toEqual([]);
    expect(
      comparison.moved.some((line) => line.endsWith('pool2010-dal.fabrikam.com → pool2013-dal.fabrikam.com')),
    ).toBe(true);
  });

  it('lists what the later state no longer has, and the fields a step changed', () => {
    const comparison = compareStates(states, 'dal-6-users', 'dal-8-arch-mon');
    expect(comparison.removed).toContain('Front End pool pool2010-dal.fabrikam.com');
    expect(compareStates(states, 'dal-5-pilot-edge', 'dal-6-federation').changed.length).toBeGreaterThan(0);
    expect(compareStates(states, 'start', 'start')).toMatchObject({ added: [], removed: [], moved: [], changed: [] });
  });
});

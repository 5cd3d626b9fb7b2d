import { describe, expect, it } from 'vitest';
import { smallMigration } from '../testing/smallMigration';
import { setStepPhase } from './setStepPhase';

describe('setStepPhase', () => {
  it('puts the step in another phase, in its place', () => {
    const { design } = smallMigration();
    const next = setStepPhase(design, { stepId: 'st3', phase: 5 });
    expect(next.migration!.steps.map((s) => [s.id, s.phase])).toEqual([
      ['st1', 3],
      ['st2', 4],
      ['st3', 5],
      ['st4', 7],
      ['st5', 8],
    ]);
    expect(setStepPhase(design, { stepId: 'st3', phase: 6 })).toBe(design);
  });

  it('refuses a phase outside 1–8 and an unknown step', () => {
    const { design } = smallMigration();
    expect(() => setStepPhase(design, { stepId: 'st3', phase: 0 })).toThrow('1 to 8');
    expect(() => setStepPhase(design, { stepId: 'gone', phase: 3 })).toThrow('no longer in the plan');
  });
});

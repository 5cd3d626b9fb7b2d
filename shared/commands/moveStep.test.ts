import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { smallMigration } from '../testing/smallMigration';
import { moveStep } from './moveStep';

const order = (design: Design) => design.migration!.steps.map((s) => s.id);

describe('moveStep', () => {
  it('moves a step to an index, its actions with it', () => {
    const { design } = smallMigration();
    const next = moveStep(design, { stepId: 'st4', index: 1 });
    expect(order(next)).toEqual(['st1', 'st4', 'st2', 'st3', 'st5']);
    expect(next.migration!.steps[1]).toBe(design.migration!.steps[3]);
    expect(order(moveStep(design, { stepId: 'st1', index: 4 }))).toEqual(['st2', 'st3', 'st4', 'st5', 'st1']);
  });

  it('is no change past either end (Alt+Up on the first step), and refuses an unknown step', () => {
    const { design } = smallMigration();
    expect(moveStep(design, { stepId: 'st1', index: -1 })).toBe(design);
    expect(moveStep(design, { stepId: 'st5', index: 9 })).toBe(design);
    expect(() => moveStep(design, { stepId: 'gone', index: 0 })).toThrow('no longer in the plan');
  });
});

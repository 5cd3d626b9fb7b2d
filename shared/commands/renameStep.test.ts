import { describe, expect, it } from 'vitest';
import { smallMigration } from '../testing/smallMigration';
import { renameStep } from './renameStep';

describe('renameStep', () => {
  it('renames the step, trimmed', () => {
    const { design } = smallMigration();
    const next = renameStep(design, { stepId: 'st2', name: ' Move the 50 pilot users ' });
    expect(next.migration!.steps[1]!.name).toBe('Move the 50 pilot users');
    expect(next.migration!.steps[0]).toBe(design.migration!.steps[0]);
  });

  it('is no change for the same name, and refuses an empty name or an unknown step', () => {
    const { design } = smallMigration();
    expect(renameStep(design, { stepId: 'st2', name: 'Move the pilot users' })).toBe(design);
    expect(() => renameStep(design, { stepId: 'st2', name: '' })).toThrow('A step needs a name');
    expect(() => renameStep(design, { stepId: 'st2', name: 'x'.repeat(201) })).toThrow('at most 200');
    expect(() => renameStep(design, { stepId: 'gone', name: 'x' })).toThrow('no longer in the plan');
  });
});

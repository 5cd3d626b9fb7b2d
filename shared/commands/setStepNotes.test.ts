import { describe, expect, it } from 'vitest';
import { smallMigration } from '../testing/smallMigration';
import { setStepNotes } from './setStepNotes';

describe('setStepNotes', () => {
  it('gives a step notes, and blank notes remove the field', () => {
    const { design } = smallMigration();
    const noted = setStepNotes(design, { stepId: 'st3', notes: 'Weekend of 14 March.' });
    expect(noted.migration!.steps[2]!.notes).toBe('Weekend of 14 March.');
    const cleared = setStepNotes(noted, { stepId: 'st3', notes: '  ' });
    expect('notes' in cleared.migration!.steps[2]!).toBe(false);
    expect(setStepNotes(design, { stepId: 'st3', notes: '' })).toBe(design);
  });

  it('refuses notes past 10,000 characters and an unknown step', () => {
    const { design } = smallMigration();
    expect(() => setStepNotes(design, { stepId: 'st3', notes: 'x'.repeat(10_001) })).toThrow('10,000');
    expect(() => setStepNotes(design, { stepId: 'gone', notes: 'x' })).toThrow('no longer in the plan');
  });
});

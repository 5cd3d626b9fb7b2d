import { describe, expect, it } from 'vitest';
import { CommandRefused } from '../../../shared/commands/commandError';
import { fabrikamMigration } from '../../../shared/samples/fabrikamMigration';
import { addStep, deleteStep, moveStep, renameStep, setStepNotes } from './stepCommands';

const design = fabrikamMigration();
const ids = (d: typeof design) => d.migration!.steps.map((step) => step.id);

describe('the timeline’s step commands', () => {
  it('adds a step after the selected one, or first after start', () => {
    const after = addStep(design, { id: 'new-1', name: ' Check ', phase: 4, afterId: 'dal-3-legacy-edge' });
    expect(ids(after).slice(0, 3)).toEqual(['dal-3-pilot-pool', 'dal-3-legacy-edge', 'new-1']);
    expect(after.migration!.steps[2]).toEqual({ id: 'new-1', name: 'Check', phase: 4, actions: [] });
    expect(ids(addStep(design, { id: 'new-2', name: 'First', phase: 1, afterId: 'start' }))[0]).toBe('new-2');
  });

  it('renames, gives notes and takes them away', () => {
    const renamed = renameStep(design, 'dal-4-pilot-users', 'Pilot users');
    expect(renamed.migration!.steps[2]!.name).toBe('Pilot users');
    const noted = setStepNotes(renamed, 'dal-4-pilot-users', 'After the change board');
    expect(noted.migration!.steps[2]!.notes).toBe('After the change board');
    expect('notes' in setStepNotes(noted, 'dal-4-pilot-users', '').migration!.steps[2]!).toBe(false);
    expect(renameStep(design, 'dal-4-pilot-users', 'Move the Dallas pilot users')).toBe(design);
  });

  it('moves a step to another place, clamped to the plan', () => {
    expect(ids(moveStep(design, 'dal-4-pilot-users', 0)).slice(0, 3)).toEqual([
      'dal-4-pilot-users',
      'dal-3-pilot-pool',
      'dal-3-legacy-edge',
    ]);
    expect(ids(moveStep(design, 'dal-3-pilot-pool', 99)).at(-1)).toBe('dal-3-pilot-pool');
  });

  it('deletes a step, and refuses what the format does not hold', () => {
    expect(ids(deleteStep(design, 'dal-4-pilot-users'))).not.toContain('dal-4-pilot-users');
    expect(() => renameStep(design, 'dal-4-pilot-users', '  ')).toThrow(CommandRefused);
    expect(() => deleteStep(design, 'no-such-step')).toThrow('That step is no longer in the plan.');
    expect(() => addStep(design, { id: 'x', name: 'X', phase: 9, afterId: 'start' })).toThrow(
      'The step cannot be saved: phase is a whole number from 1 to 8.',
    );
  });
});

import type { Design } from '../model/design';
import { CommandRefused } from './commandError';
import { STEP_NOTES_MAX, stepIndex, stepsOf, withStep } from './planSteps';

/**
 * A step's notes (what the change board reads beside its actions): `setStepNotes(design, { stepId, notes })`.
 * Blank notes remove the field, as a step that never had any; notes past 10,000 characters are refused.
 */
export function setStepNotes(design: Design, { stepId, notes }: { stepId: string; notes: string }): Design {
  const index = stepIndex(design, stepId);
  const step = stepsOf(design)[index]!;
  if (notes.length > STEP_NOTES_MAX)
    throw new CommandRefused(`A step's notes are at most ${STEP_NOTES_MAX.toLocaleString('en-US')} characters.`);
  const { notes: current, ...rest } = step;
  const next = notes.trim() === '' ? undefined : notes;
  if (next === current) return design;
  return withStep(design, index, next === undefined ? rest : { ...step, notes: next });
}

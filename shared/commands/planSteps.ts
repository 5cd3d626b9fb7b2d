import type { Design } from '../model/design';
import { FIRST_PHASE, LAST_PHASE, type Step } from '../model/migration';
import { CommandRefused } from './commandError';

/** The longest step name and notes the format takes (`model/migration.ts`). */
export const STEP_NAME_MAX = 200;
export const STEP_NOTES_MAX = 10_000;

/** The plan's steps; none for a design without a plan. */
export function stepsOf(design: Design): readonly Step[] {
  return design.migration?.steps ?? [];
}

/** The index of the step with this id, or a refusal the user can act on. */
export function stepIndex(design: Design, stepId: string): number {
  const index = stepsOf(design).findIndex((step) => step.id === stepId);
  if (index < 0) throw new CommandRefused('That step is no longer in the plan.');
  return index;
}

/** The design with one step replaced; the same design when the step is the same object. */
export function withStep(design: Design, index: number, step: Step): Design {
  const steps = stepsOf(design);
  if (steps[index] === step) return design;
  const next = steps.slice();
  next[index] = step;
  return { ...design, migration: { ...design.migration, steps: next } };
}

/**
 * The design with these steps. A plan whose last step went is no plan: the design drops `migration`, so the file is
 * exactly a design without a plan (what `lyncplan check` prints as version 1), rather than an empty plan that means
 * the same and reads otherwise; `addStep` creates the plan again.
 */
export function withSteps(design: Design, steps: readonly Step[]): Design {
  if (steps.length > 0) return { ...design, migration: { ...design.migration, steps: [...steps] } };
  const { migration: _none, ...rest } = design;
  return rest;
}

/** A step name as the format takes it: trimmed, not empty, at most 200 characters. */
export function checkedStepName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new CommandRefused('A step needs a name, such as “Deploy the pilot pool”.');
  if (trimmed.length > STEP_NAME_MAX)
    throw new CommandRefused(`A step name is at most ${STEP_NAME_MAX} characters; put the rest in its notes.`);
  return trimmed;
}

/** A phase of the migration guide: a whole number from 1 to 8. */
export function checkedPhase(phase: number): number {
  if (!Number.isInteger(phase) || phase < FIRST_PHASE || phase > LAST_PHASE)
    throw new CommandRefused(`A step belongs to one of the guide's phases, ${FIRST_PHASE} to ${LAST_PHASE}.`);
  return phase;
}

/** A legacy pool a step may name: a pool of the file (any state), or a refusal. */
export function checkedLegacyPool(design: Design, poolId: string): string {
  if (!design.pools.some((pool) => pool.id === poolId))
    throw new CommandRefused('A step belongs to the migration of a pool of this design; that pool is not in it.');
  return poolId;
}

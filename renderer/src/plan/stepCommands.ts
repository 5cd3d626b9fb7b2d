import { CommandRefused } from '../../../shared/commands/commandError';
import type { Design } from '../../../shared/model/design';
import { START_STATE, type Step, stepSchema } from '../../../shared/model/migration';

/**
 * The edits of a plan's steps the timeline offers, each one pure command `(design, ...) => design` (one undo step),
 * refusing with CommandRefused. Kept in one file, narrow, until the plan commands of shared/commands/ take over their
 * bodies. A deleted step's entities stay in the file: what it added exists from `start` on.
 */

/** A new step after `afterId` (`start`: first), with no actions yet. */
export function addStep(
  design: Design,
  args: { id: string; name: string; phase: number; afterId: string; legacyPoolId?: string },
): Design {
  const steps = stepsOf(design);
  const at = args.afterId === START_STATE ? 0 : indexOf(steps, args.afterId) + 1;
  const step = checked({
    id: args.id,
    phase: args.phase,
    name: args.name.trim(),
    ...(args.legacyPoolId !== undefined ? { legacyPoolId: args.legacyPoolId } : {}),
    actions: [],
  });
  return withSteps(design, [...steps.slice(0, at), step, ...steps.slice(at)]);
}

export function renameStep(design: Design, stepId: string, name: string): Design {
  return changeStep(design, stepId, (step) => (step.name === name.trim() ? step : { ...step, name: name.trim() }));
}

/** Empty notes take the field away. */
export function setStepNotes(design: Design, stepId: string, notes: string): Design {
  return changeStep(design, stepId, (step) => {
    if ((step.notes ?? '') === notes) return step;
    const { notes: _old, ...rest } = step;
    return notes === '' ? rest : { ...rest, notes };
  });
}

/** The step moved to `toIndex` in the plan (0 is first); clamped to the plan's ends. */
export function moveStep(design: Design, stepId: string, toIndex: number): Design {
  const steps = stepsOf(design);
  const from = indexOf(steps, stepId);
  const to = Math.max(0, Math.min(steps.length - 1, toIndex));
  if (from === to) return design;
  const rest = steps.filter((_, i) => i !== from);
  return withSteps(design, [...rest.slice(0, to), steps[from]!, ...rest.slice(to)]);
}

export function deleteStep(design: Design, stepId: string): Design {
  const steps = stepsOf(design);
  indexOf(steps, stepId);
  return withSteps(
    design,
    steps.filter((step) => step.id !== stepId),
  );
}

function stepsOf(design: Design): readonly Step[] {
  if (!design.migration) throw new CommandRefused('This design has no migration plan.');
  return design.migration.steps;
}

function indexOf(steps: readonly Step[], stepId: string): number {
  const index = steps.findIndex((step) => step.id === stepId);
  if (index < 0) throw new CommandRefused('That step is no longer in the plan.');
  return index;
}

function changeStep(design: Design, stepId: string, change: (step: Step) => Step): Design {
  const steps = stepsOf(design);
  const index = indexOf(steps, stepId);
  const next = change(steps[index]!);
  if (next === steps[index]) return design;
  const step = checked(next);
  return withSteps(
    design,
    steps.map((other, i) => (i === index ? step : other)),
  );
}

/** A step as the format accepts it: a name of 1 to 200 characters, notes of at most 10,000, a phase from 1 to 8. */
function checked(step: Step): Step {
  const parsed = stepSchema.safeParse(step);
  if (!parsed.success) throw new CommandRefused(`The step cannot be saved: ${parsed.error.issues[0]!.message}.`);
  return step;
}

const withSteps = (design: Design, steps: readonly Step[]): Design => ({
  ...design,
  migration: { ...design.migration, steps: [...steps] },
});

import type { Design } from '../model/design';
import type { DroppedAction } from '../plan/withoutPlanReferences';
import { deleteEntitiesReporting } from './deleteEntities';
import { stepIndex, stepsOf, withSteps } from './planSteps';
import { withWaivers } from './withWaivers';

/** What deleting a step took with it, beyond the step: for the notification the UI shows. */
export interface DeletedStep {
  design: Design;
  /** Every entity that left the file: what the step added, and what cannot exist without it. */
  deletedIds: ReadonlySet<string>;
  /** Actions of other steps that named those entities (a later move to the step's new pool, say). */
  droppedActions: readonly DroppedAction[];
}

/**
 * Deletes a step: `deleteStep(design, { stepId })`. What the step `add`ed existed only from that step on, so it
 * leaves the file with it, with everything that cannot exist without it (`deleteEntities`: a pool's servers and
 * associations, the groups homed on it in the file) and every action of other steps that names it, which would be a
 * format error (`withoutPlanReferences`). The step's other actions (removes, moves, sets) simply go: the entities they
 * touched keep the values they had before it. A waiver of one of its transition findings (which names the step) goes
 * too. The last step deleted drops the plan (`withSteps`).
 */
export function deleteStep(design: Design, args: { stepId: string }): Design {
  return deleteStepReporting(design, args).design;
}

export function deleteStepReporting(design: Design, { stepId }: { stepId: string }): DeletedStep {
  const index = stepIndex(design, stepId);
  const steps = stepsOf(design);
  const added = steps[index]!.actions.flatMap((action) => (action.op === 'add' ? action.ids : []));
  const waivers = design.waivers?.some((waiver) => waiver.subjects.includes(stepId))
    ? design.waivers.filter((waiver) => !waiver.subjects.includes(stepId))
    : design.waivers;
  const without = withWaivers(withSteps(design, [...steps.slice(0, index), ...steps.slice(index + 1)]), waivers);
  if (added.length === 0) return { design: without, deletedIds: new Set(), droppedActions: [] };
  return deleteEntitiesReporting(without, { ids: added });
}

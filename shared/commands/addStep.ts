import type { Design, Entity } from '../model/design';
import { entityCollections } from '../model/design';
import { START_STATE, type Step } from '../model/migration';
import { CommandRefused } from './commandError';
import { checkedLegacyPool, checkedPhase, checkedStepName, stepsOf, withSteps } from './planSteps';

export interface AddStepArgs {
  /** Where the step goes: 0 is first; the number of steps is last. */
  index: number;
  phase: number;
  name: string;
  /** The 2010 pool whose migration the step belongs to (migration.md). */
  legacyPoolId?: string;
  /** The new step's id; `nextStepId(design)` when absent (call it first to know which step to select). */
  id?: string;
}

/**
 * Adds an empty step to the plan (creating the plan on a design without one), e.g.
 * `addStep(design, { index: 0, phase: 3, name: 'Deploy the pilot pool', legacyPoolId: 'fe2010' })`.
 * Refuses an empty or too long name, a phase outside 1–8, a legacy pool the design does not have, an index outside
 * the plan, and an id already used in the file (by an entity, a step or a waiver) or `start`.
 */
export function addStep(design: Design, args: AddStepArgs): Design {
  const steps = stepsOf(design);
  if (!Number.isInteger(args.index) || args.index < 0 || args.index > steps.length)
    throw new CommandRefused(
      `A new step goes between the first and the last place of the plan (0 to ${steps.length}).`,
    );
  const id = args.id ?? nextStepId(design);
  if (id === START_STATE || usedIds(design).has(id))
    throw new CommandRefused(`The id “${id}” is already used in this design; a step needs an id of its own.`);
  const step: Step = {
    id,
    phase: checkedPhase(args.phase),
    name: checkedStepName(args.name),
    ...(args.legacyPoolId !== undefined ? { legacyPoolId: checkedLegacyPool(design, args.legacyPoolId) } : {}),
    actions: [],
  };
  return withSteps(design, [...steps.slice(0, args.index), step, ...steps.slice(args.index)]);
}

/** The first of `step-1`, `step-2`, … that nothing in the file uses (a step shares the entities' id space). */
export function nextStepId(design: Design): string {
  const used = usedIds(design);
  let n = stepsOf(design).length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

function usedIds(design: Design): Set<string> {
  const used = new Set<string>();
  for (const collection of entityCollections)
    for (const entity of design[collection] as readonly Entity[]) used.add(entity.id);
  for (const step of stepsOf(design)) used.add(step.id);
  for (const waiver of design.waivers ?? []) used.add(waiver.id);
  return used;
}

import { type Design, type Entity, type EntityCollection, entityCollections } from '../model/design';
import { START_STATE, type Step } from '../model/migration';
import { applyAction, type Topology } from './applyAction';
import { type EntityLookup, entityLookup } from './entityLookup';

/**
 * The states of a design's migration plan (migration.md, "The states"): `start`, the estate before the plan (every
 * entity that no step adds), then the state after each step. Each state is a complete design without a plan, which
 * `validate` accepts unchanged. States are derived when first asked for and kept; consecutive states share every
 * collection and entity a step did not touch (`applyAction`), so a 20-step plan on a 10,000-server design holds
 * one copy of what does not change.
 */
export interface PlanStates {
  /** `start`, then every step's id, in plan order. */
  readonly ids: readonly string[];
  readonly steps: readonly Step[];
  /** The state with this id (`start` or a step id); undefined for an id that is neither. */
  state(id: string): Design | undefined;
  /** The state after the step at this index; -1 is `start`. */
  stateAt(stepIndex: number): Design;
  /** The index of a step id in the plan (-1 for `start`); undefined for any other id. */
  indexOf(id: string): number | undefined;
  /** Every entity of the file, by id. */
  readonly file: EntityLookup;
}

export function planStates(design: Design): PlanStates {
  const steps = design.migration?.steps ?? [];
  const file = entityLookup(design);
  const ids = [START_STATE, ...steps.map((step) => step.id)];
  const indexById = new Map(ids.map((id, i) => [id, i - 1]));
  // Entry k + 1 is the state after step k; entry 0 is `start`.
  const cache: Design[] = [startState(design, steps)];
  const stateAt = (stepIndex: number): Design => {
    if (stepIndex < -1 || stepIndex >= steps.length || !Number.isInteger(stepIndex))
      throw new RangeError(`no step ${stepIndex} in a plan of ${steps.length} steps`);
    for (let k = cache.length - 1; k <= stepIndex; k++) cache.push(applyStep(cache[k]!, steps[k]!, file));
    return cache[stepIndex + 1]!;
  };
  return {
    ids,
    steps,
    file,
    stateAt,
    indexOf: (id) => indexById.get(id),
    state: (id) => {
      const index = indexById.get(id);
      return index === undefined ? undefined : stateAt(index);
    },
  };
}

/** The design without its plan and without what the plan adds. */
function startState(design: Design, steps: readonly Step[]): Design {
  const { migration: _plan, ...rest } = design;
  const added = new Set<string>();
  for (const step of steps) {
    for (const action of step.actions) if (action.op === 'add') for (const id of action.ids) added.add(id);
  }
  if (added.size === 0) return rest;
  const state = { ...rest } as Record<EntityCollection, readonly Entity[]>;
  for (const collection of entityCollections) {
    const all = design[collection] as readonly Entity[];
    const present = all.filter((entity) => !added.has(entity.id));
    if (present.length !== all.length) state[collection] = present;
  }
  return state as unknown as Design;
}

/**
 * The state after a step: its actions applied one by one, in their order, to the state before it. Every action
 * spreads the state it is given, so the result keeps the design's other fields (meta, settings, layout, waivers).
 */
export function applyStep(before: Design, step: Step, file: EntityLookup): Design {
  let topology: Topology = before;
  for (const action of step.actions) topology = applyAction(topology, action, file);
  return topology as Design;
}

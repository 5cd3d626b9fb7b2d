import { type Design, type Entity, type EntityCollection, entityCollections } from '../model/design';
import { START_STATE, type Step } from '../model/migration';
import { applyAction, type Topology } from './applyAction';
import { type EntityLookup, entityLookup } from './entityLookup';
import { sameValue } from './sameValue';

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

/** The states of the design before an edit, for `planStates` to keep what the edit cannot have changed. */
export interface EarlierStates {
  design: Design;
  states: PlanStates;
}

/**
 * With `earlier` (the same plan before an edit), the states the edit cannot have changed are its objects: `start`
 * while the file's entities, settings and waivers and the set of entities the steps add are as they were, and the
 * state after each step up to the first step that is a new object. So an edit made in the state of step k leaves
 * the states before it as they were, and what reads them (the plan validator) knows it by identity. A kept state
 * carries the meta and layout of `earlier`, which no rule reads.
 */
export function planStates(design: Design, earlier?: EarlierStates): PlanStates {
  const steps = design.migration?.steps ?? [];
  const same = earlier !== undefined && sameStart(earlier.design, design);
  const file = same ? earlier.states.file : entityLookup(design);
  const ids = [START_STATE, ...steps.map((step) => step.id)];
  const indexById = new Map(ids.map((id, i) => [id, i - 1]));
  // How many states (from `start`) are those of `earlier`: `start`, then one per step that is the same object.
  let kept = 0;
  if (same) {
    const before = earlier.states.steps;
    kept = 1;
    while (kept <= steps.length && kept <= before.length && steps[kept - 1] === before[kept - 1]) kept++;
  }
  // Entry k + 1 is the state after step k; entry 0 is `start`.
  const cache: Design[] = [same ? earlier.states.stateAt(-1) : startState(design, steps, file)];
  const stateAt = (stepIndex: number): Design => {
    if (stepIndex < -1 || stepIndex >= steps.length || !Number.isInteger(stepIndex))
      throw new RangeError(`no step ${stepIndex} in a plan of ${steps.length} steps`);
    for (let k = cache.length - 1; k <= stepIndex; k++) {
      if (k + 1 < kept) cache.push(earlier!.states.stateAt(k));
      else {
        const state = applyStep(cache[k]!, steps[k]!, file);
        // Applied again, a step makes new objects of what it touches, equal or not to those of the state it made
        // before the edit: the equal ones are those, so what validates the state sees only what the edit changed.
        cache.push(earlier && k < earlier.states.steps.length ? sharedWith(earlier.states.stateAt(k), state) : state);
      }
    }
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

/** `start` of the one is `start` of the other: the same entities, settings and waivers, the same entities added. */
function sameStart(a: Design, b: Design): boolean {
  if (a.settings !== b.settings || a.waivers !== b.waivers) return false;
  if (entityCollections.some((collection) => a[collection] !== b[collection])) return false;
  const added = addedIds(a.migration?.steps ?? []);
  const now = addedIds(b.migration?.steps ?? []);
  return added.size === now.size && [...now].every((id) => added.has(id));
}

function addedIds(steps: readonly Step[]): Set<string> {
  const added = new Set<string>();
  for (const step of steps)
    for (const action of step.actions) if (action.op === 'add') for (const id of action.ids) added.add(id);
  return added;
}

/**
 * `state` with every entity equal to the one of `earlier` at the same place replaced by that one, and every list
 * whose entities all are `earlier`'s replaced by its list; `earlier` itself when all its lists are.
 */
function sharedWith(earlier: Design, state: Design): Design {
  let same = true;
  const shared = { ...state } as Record<EntityCollection, readonly Entity[]>;
  for (const collection of entityCollections) {
    const list = sharedList(earlier[collection] as readonly Entity[], state[collection] as readonly Entity[]);
    shared[collection] = list;
    if (list !== earlier[collection]) same = false;
  }
  return same ? earlier : (shared as unknown as Design);
}

function sharedList(earlier: readonly Entity[], list: readonly Entity[]): readonly Entity[] {
  if (earlier === list) return list;
  let copy: Entity[] | undefined;
  let all = earlier.length === list.length;
  for (let i = 0; i < list.length; i++) {
    const old = earlier[i];
    const entity = list[i]!;
    if (old === entity) continue;
    if (old !== undefined && old.id === entity.id && sameValue(old, entity)) {
      copy ??= list.slice();
      copy[i] = old;
      continue;
    }
    all = false;
  }
  return all ? earlier : (copy ?? list);
}

/** The design without its plan and without what the plan adds. */
function startState(design: Design, steps: readonly Step[], file: EntityLookup): Design {
  const { migration: _plan, ...rest } = design;
  const added = addedIds(steps);
  if (added.size === 0) return rest;
  const state = { ...rest } as Record<EntityCollection, readonly Entity[]>;
  // Only the collections that hold an added entity (a plan that adds pools and servers leaves the groups' list).
  const holding = new Set([...added].map((id) => file.collectionOf(id)));
  for (const collection of entityCollections) {
    if (!holding.has(collection) && !holding.has(undefined)) continue;
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

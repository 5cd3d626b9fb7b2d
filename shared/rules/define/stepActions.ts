import { type DesignIndex, indexDesign } from '../../analysis/designIndex';
import type { Design } from '../../model/design';
import type { Action, ActionOf, ActionOp, Step } from '../../model/migration';
import type { Pool } from '../../model/pool';
import { applyAction } from '../../plan/applyAction';
import type { Transition } from './migrationRule';

/**
 * One action of a step with the state it applies to: the state before the step with the step's earlier actions
 * applied (migration.md: a step's actions apply "in their order"). A step that moves the CMS and then removes the
 * 2010 pool removes a pool that no longer holds the CMS, so the rules judge each action against this state, not
 * against the state before the whole step.
 */
export interface ActionInStep<A extends Action = Action> {
  action: A;
  /** The action's position in the step, from 0. */
  position: number;
  state: Design;
  index: DesignIndex;
}

/** The states inside each step, by the state before it (a new plan validation gives new states) and by step. */
const cache = new WeakMap<Design, WeakMap<Step, ActionInStep[]>>();

/** Every action of the transition's step, each with the state it applies to. */
export function actionsInStep(transition: Transition): ActionInStep[] {
  const { before, beforeIndex, step, context } = transition;
  let byStep = cache.get(before);
  if (!byStep) {
    byStep = new WeakMap();
    cache.set(before, byStep);
  }
  const known = byStep.get(step);
  if (known) return known;
  const list: ActionInStep[] = [];
  let state = before;
  let indexOfState = (): DesignIndex => beforeIndex;
  for (const [position, action] of step.actions.entries()) {
    if (position > 0) {
      const next = applyAction(state, step.actions[position - 1]!, context.states.file) as Design;
      if (next !== state) {
        state = next;
        indexOfState = lazyIndex(next);
      }
    }
    const getIndex = indexOfState;
    list.push({
      action,
      position,
      state,
      // Indexed only when a rule reads it: most actions of a long step are moves no rule looks at closely.
      get index() {
        return getIndex();
      },
    });
  }
  byStep.set(step, list);
  return list;
}

/** The index of a state, built once, on first use. */
function lazyIndex(state: Design): () => DesignIndex {
  let index: DesignIndex | undefined;
  return () => {
    index ??= indexDesign(state);
    return index;
  };
}

/** The actions of one kind in the transition's step, each with the state it applies to. */
export function actionsOfOp<O extends ActionOp>(transition: Transition, op: O): ActionInStep<ActionOf<O>>[] {
  return actionsInStep(transition).filter((entry): entry is ActionInStep<ActionOf<O>> => entry.action.op === op);
}

/** A pool a `remove` takes away, with the state just before it and every id that same action removes. */
export interface PoolRemoval {
  pool: Pool;
  state: Design;
  index: DesignIndex;
  /** Everything the same `remove` takes away: what goes with the pool is not left behind by it. */
  removed: ReadonlySet<string>;
}

/** Every pool the step's `remove` actions take away that exists when the action applies. */
export function poolRemovals(transition: Transition): PoolRemoval[] {
  const removals: PoolRemoval[] = [];
  for (const { action, state, index } of actionsOfOp(transition, 'remove')) {
    const removed = new Set(action.ids);
    for (const id of action.ids) {
      const pool = index.pools.get(id);
      if (pool) removals.push({ pool, state, index, removed });
    }
  }
  return removals;
}

/** The user groups homed on a pool in a state, and how many users they hold. */
export function groupsHomedOn(removal: Pick<PoolRemoval, 'state' | 'index'>, poolId: string) {
  const groups = (removal.index.groupPositionsByHomePool.get(poolId) ?? []).map(
    (position) => removal.state.userGroups[position]!,
  );
  return { groups, users: groups.reduce((sum, group) => sum + group.count, 0) };
}

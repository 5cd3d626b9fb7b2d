import type { Action, Migration, Step } from '../model/migration';

/** An action a cleanup took out of the plan, and the step it was in: what the UI tells the user went with it. */
export interface DroppedAction {
  stepId: string;
  action: Action;
}

/** The fields of an entity that name another entity (the design's reference table, `model/design.ts`). */
const referenceFields = ['centralSiteId', 'siteId', 'poolId', 'homePoolId', 'siteA', 'siteB', 'from', 'to'];

/**
 * The plan without a word about entities that have left the file: each of those names would be a format error
 * (migration.md, "an id that names no entity of the file"). An `add` or `remove` loses those ids (and goes when none
 * is left); a move to or from a pool that is gone goes, a `moveUsers` loses the groups that are gone; a `set` of a
 * gone entity goes, and a `set` that gives a reference field a gone id loses that field; a step's `legacyPoolId`
 * naming a gone pool is cleared. Returns the same plan when nothing named them, and every action that went whole.
 */
export function withoutPlanReferences(
  migration: Migration,
  gone: ReadonlySet<string>,
): { migration: Migration; dropped: DroppedAction[] } {
  const dropped: DroppedAction[] = [];
  let changed = false;
  const steps = migration.steps.map((step): Step => {
    const actions: Action[] = [];
    let stepChanged = false;
    for (const action of step.actions) {
      const kept = withoutGone(action, gone);
      if (kept !== action) stepChanged = true;
      if (kept) actions.push(kept);
      else dropped.push({ stepId: step.id, action });
    }
    const legacyGone = step.legacyPoolId !== undefined && gone.has(step.legacyPoolId);
    if (!stepChanged && !legacyGone) return step;
    changed = true;
    const { legacyPoolId, ...rest } = step;
    return { ...rest, ...(legacyPoolId !== undefined && !legacyGone ? { legacyPoolId } : {}), actions };
  });
  return changed ? { migration: { ...migration, steps }, dropped } : { migration, dropped };
}

/** The action without the gone ids; undefined when nothing of it is left; the same object when it names none. */
function withoutGone(action: Action, gone: ReadonlySet<string>): Action | undefined {
  switch (action.op) {
    case 'add':
    case 'remove': {
      if (!action.ids.some((id) => gone.has(id))) return action;
      const ids = action.ids.filter((id) => !gone.has(id));
      return ids.length > 0 ? { ...action, ids } : undefined;
    }
    case 'moveUsers': {
      if (gone.has(action.to)) return undefined;
      if (!action.groupIds.some((id) => gone.has(id))) return action;
      const groupIds = action.groupIds.filter((id) => !gone.has(id));
      return groupIds.length > 0 ? { ...action, groupIds } : undefined;
    }
    case 'moveHosted':
      return gone.has(action.from) || gone.has(action.to) ? undefined : action;
    case 'moveCms':
      return gone.has(action.to) ? undefined : action;
    case 'set': {
      if (gone.has(action.id)) return undefined;
      const named = referenceFields.filter((field) => {
        const value = action.fields[field];
        return typeof value === 'string' && gone.has(value);
      });
      if (named.length === 0) return action;
      const fields = { ...action.fields };
      for (const field of named) delete fields[field];
      return Object.keys(fields).length > 0 ? { ...action, fields } : undefined;
    }
  }
}

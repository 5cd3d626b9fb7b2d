import type { HostedKind } from '../model/hosts';
import type { Action } from '../model/migration';

/**
 * The actions of one step while an edit is recorded into it (`commands/recordInStep`): each method keeps the rules of
 * the issue ("Editing records into the plan") and keeps the order of the actions such that the state after the step
 * is what the edit made. Appended actions go last, where every entity of the state after the step exists; an action
 * is merged into an earlier one only where nothing between changes the same thing.
 */
export class StepRecorder {
  private readonly actions: (Action | undefined)[];

  constructor(actions: readonly Action[]) {
    this.actions = actions.slice();
  }

  /** New entities: appended to the step's last `add` (one per step), or a first `add` when it has none. */
  add(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const at = this.lastIndex((action) => action.op === 'add');
    const last = at < 0 ? undefined : this.actions[at];
    if (last?.op === 'add') this.actions[at] = { ...last, ids: [...last.ids, ...ids] };
    else this.actions.unshift({ op: 'add', ids: [...ids] });
  }

  /** Entities that existed before the step and go at it: the step's last action when that is a `remove`, or a new one. */
  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    // What the step did to an entity it now removes is moot; a move of hosted objects off it is not (it fills another).
    this.each((action) => {
      if (action.op === 'set' && gone.has(action.id)) return undefined;
      if (action.op === 'moveUsers') return withoutGroups(action, gone);
      return action;
    });
    const at = this.lastIndex(() => true);
    const last = at < 0 ? undefined : this.actions[at];
    if (last?.op === 'remove') this.actions[at] = { ...last, ids: [...last.ids, ...ids] };
    else this.actions.push({ op: 'remove', ids: [...ids] });
  }

  /** A group homed on `to` after the step (`base`: its home before the step): one `moveUsers`, or none if back home. */
  moveUser(groupId: string, to: string, base: string, addedHere: ReadonlySet<string>): void {
    this.unmoveUser(groupId);
    this.stripField(groupId, 'homePoolId');
    if (to === base) return;
    // Merge into a move to the same pool, if that move comes after the pool is added (when the step adds it).
    const addAt = addedHere.has(to) ? this.lastIndex((a) => a.op === 'add' && a.ids.includes(to)) : -1;
    const at = this.lastIndex((a) => a.op === 'moveUsers' && a.to === to);
    const move = at > addAt ? this.actions[at] : undefined;
    if (move?.op === 'moveUsers') this.actions[at] = { ...move, groupIds: [...move.groupIds, groupId] };
    else this.actions.push({ op: 'moveUsers', groupIds: [groupId], to });
  }

  /** The group out of every `moveUsers` of the step (a group moved twice in one step keeps the last move only). */
  unmoveUser(groupId: string): void {
    const one = new Set([groupId]);
    this.each((action) => (action.op === 'moveUsers' ? withoutGroups(action, one) : action));
  }

  /**
   * A field of an entity after the step: `value`, set once for the entity (merged into its last `set` when nothing
   * after that changes the same field), or no `set` of it when `same`: the value is what it was before the step.
   */
  setField(id: string, field: string, value: unknown, same: boolean): void {
    this.stripField(id, field);
    if (same) return;
    const at = this.lastIndex((a) => a.op === 'set' && a.id === id);
    const clear = at >= 0 && this.actions.slice(at + 1).every((a) => !a || !touches(a, id, field));
    const last = at >= 0 ? this.actions[at] : undefined;
    if (clear && last?.op === 'set') this.actions[at] = { ...last, fields: { ...last.fields, [field]: value } };
    else this.actions.push({ op: 'set', id, fields: { [field]: value } });
  }

  /** The field out of every `set` of this entity in the step (a `set` left with no field goes). */
  stripField(id: string, field: string): void {
    this.each((action) => {
      if (action.op !== 'set' || action.id !== id || !(field in action.fields)) return action;
      const { [field]: _gone, ...fields } = action.fields;
      return Object.keys(fields).length > 0 ? { ...action, fields } : undefined;
    });
  }

  /** Whether an action of the step other than a `set` changes this field of this entity. */
  otherOpTouches(id: string, field: string): boolean {
    return this.actions.some((action) => action !== undefined && action.op !== 'set' && touches(action, id, field));
  }

  /** The CMS on `to` after the step: the step's own CMS moves give way to one, last. */
  moveCms(to: string): void {
    this.each((action) => (action.op === 'moveCms' ? undefined : action));
    this.actions.push({ op: 'moveCms', to });
  }

  moveHosted(from: string, to: string, what: readonly HostedKind[] | undefined): void {
    this.actions.push({ op: 'moveHosted', from, to, ...(what ? { what: [...what] } : {}) });
  }

  result(): Action[] {
    return this.actions.filter((action): action is Action => action !== undefined);
  }

  private each(change: (action: Action) => Action | undefined): void {
    for (let i = 0; i < this.actions.length; i++) {
      const action = this.actions[i];
      if (action) this.actions[i] = change(action);
    }
  }

  private lastIndex(test: (action: Action) => boolean): number {
    for (let i = this.actions.length - 1; i >= 0; i--) {
      const action = this.actions[i];
      if (action && test(action)) return i;
    }
    return -1;
  }
}

function withoutGroups(action: Extract<Action, { op: 'moveUsers' }>, gone: ReadonlySet<string>): Action | undefined {
  if (!action.groupIds.some((id) => gone.has(id))) return action;
  const groupIds = action.groupIds.filter((id) => !gone.has(id));
  return groupIds.length > 0 ? { ...action, groupIds } : undefined;
}

/** Whether an action changes this field of this entity (a `moveCms` changes `hostsCms` of every Front End pool). */
function touches(action: Action, id: string, field: string): boolean {
  switch (action.op) {
    case 'set':
      return action.id === id && field in action.fields;
    case 'moveUsers':
      return field === 'homePoolId' && action.groupIds.includes(id);
    case 'moveHosted':
      return field === 'hosts' && (action.from === id || action.to === id);
    case 'moveCms':
      return field === 'hostsCms';
    default:
      return false;
  }
}

import { type Entity, type EntityCollection, entityCollections } from '../model/design';
import type { UserGroup } from '../model/userGroup';
import type { Topology } from './applyAction';
import { sameValue } from './sameValue';

/** One entity present on both sides whose fields differ, with the names of the fields that differ. */
export interface ChangedEntity {
  collection: EntityCollection;
  before: Entity;
  after: Entity;
  fields: readonly string[];
}

/** A user group homed on another pool on the later side. */
export interface MovedGroup {
  before: UserGroup;
  after: UserGroup;
}

/**
 * What differs between two states of a plan (or any two topologies): what the later one adds, what it no longer has,
 * which user groups it homes elsewhere and which entities' fields it changes. The canvas marks a step's changes from
 * it (the state before the step against the state after), "Compare with…" shows it for any two states, and the
 * runbook's diagrams mark it. A moved group is listed under `moved` and, when other fields of it changed too, also
 * under `changed` (without `homePoolId`).
 */
export interface StateDiff {
  added: ReadonlyArray<{ collection: EntityCollection; entity: Entity }>;
  removed: ReadonlyArray<{ collection: EntityCollection; entity: Entity }>;
  moved: readonly MovedGroup[];
  changed: readonly ChangedEntity[];
}

export function stateDiff(before: Topology, after: Topology): StateDiff {
  const diff = { added: [], removed: [], moved: [], changed: [] } as {
    [K in keyof StateDiff]: StateDiff[K] extends ReadonlyArray<infer T> ? T[] : never;
  };
  for (const collection of entityCollections) {
    const from = before[collection] as readonly Entity[];
    const to = after[collection] as readonly Entity[];
    // States share the collections a step did not touch: nothing to compare there.
    if (from === to) continue;
    const earlier = new Map(from.map((entity) => [entity.id, entity]));
    const later = new Set<string>();
    for (const entity of to) {
      later.add(entity.id);
      const old = earlier.get(entity.id);
      if (!old) {
        diff.added.push({ collection, entity });
        continue;
      }
      if (old === entity) continue;
      const fields = changedFields(old, entity);
      const moved = collection === 'userGroups' && fields.includes('homePoolId');
      if (moved) diff.moved.push({ before: old as UserGroup, after: entity as UserGroup });
      const others = moved ? fields.filter((field) => field !== 'homePoolId') : fields;
      if (others.length > 0) diff.changed.push({ collection, before: old, after: entity, fields: others });
    }
    for (const entity of from) if (!later.has(entity.id)) diff.removed.push({ collection, entity });
  }
  return diff;
}

/** The ids of everything the diff touches, by what happened to it: the canvas's highlight, ghost and change marks. */
export function diffMarks(diff: StateDiff): {
  added: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  changed: ReadonlySet<string>;
} {
  return {
    added: new Set(diff.added.map(({ entity }) => entity.id)),
    removed: new Set(diff.removed.map(({ entity }) => entity.id)),
    changed: new Set([...diff.moved.map(({ after }) => after.id), ...diff.changed.map(({ after }) => after.id)]),
  };
}

/** The fields whose values differ, compared as plain data (key order and absent-versus-undefined do not count). */
function changedFields(a: Entity, b: Entity): string[] {
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  const names = new Set([...Object.keys(recordA), ...Object.keys(recordB)]);
  return [...names].filter((name) => !sameValue(recordA[name], recordB[name])).sort();
}

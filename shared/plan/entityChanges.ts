import type { Entity, EntityCollection } from '../model/design';
import { entityCollections } from '../model/design';
import type { Topology } from './applyAction';
import { sameValue } from './sameValue';

export interface ChangedEntity {
  collection: EntityCollection;
  was: Entity;
  now: Entity;
  /** The fields whose value differs (a field present on one side only included). */
  fields: readonly string[];
}

/** What an edit did to one state, entity by entity: what it created, what it deleted, and which fields it changed. */
export interface EntityChanges {
  added: ReadonlyArray<{ collection: EntityCollection; entity: Entity }>;
  deleted: ReadonlyArray<{ collection: EntityCollection; entity: Entity }>;
  changed: readonly ChangedEntity[];
}

/**
 * The entity changes from `was` to `now`, compared by identity first: a collection that is the same array is skipped,
 * an entity that is the same object is not looked into, so an edit of one field of a 1,000-entity state costs a walk
 * of one collection. (`stateDiff.ts` says what a step changes for a reader; this is what recording an edit needs.)
 */
export function entityChanges(was: Topology, now: Topology): EntityChanges {
  const added: { collection: EntityCollection; entity: Entity }[] = [];
  const deleted: { collection: EntityCollection; entity: Entity }[] = [];
  const changed: ChangedEntity[] = [];
  for (const collection of entityCollections) {
    const before = was[collection] as readonly Entity[];
    const after = now[collection] as readonly Entity[];
    if (before === after) continue;
    const compare = (a: Entity, b: Entity) => {
      if (a === b) return;
      const fields = changedFields(a, b);
      if (fields.length > 0) changed.push({ collection, was: a, now: b, fields });
    };
    // The common case: the same entities in the same order, one of them edited.
    if (before.length === after.length && before.every((entity, i) => entity.id === after[i]!.id)) {
      for (let i = 0; i < before.length; i++) compare(before[i]!, after[i]!);
      continue;
    }
    const nowById = new Map(after.map((entity) => [entity.id, entity]));
    const wasIds = new Set<string>();
    for (const entity of before) {
      wasIds.add(entity.id);
      const next = nowById.get(entity.id);
      if (next) compare(entity, next);
      else deleted.push({ collection, entity });
    }
    for (const entity of after) if (!wasIds.has(entity.id)) added.push({ collection, entity });
  }
  return { added, deleted, changed };
}

function changedFields(a: Entity, b: Entity): string[] {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(left), ...Object.keys(right)]))
    if (!sameValue(left[key], right[key])) fields.push(key);
  return fields;
}

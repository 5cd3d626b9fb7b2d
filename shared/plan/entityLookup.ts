import { type Design, type Entity, type EntityCollection, entityCollections } from '../model/design';

/** Every entity the file writes, by id: what an `add` brings into a state, and which collection an id is in. */
export interface EntityLookup {
  entity(id: string): { collection: EntityCollection; entity: Entity } | undefined;
  collectionOf(id: string): EntityCollection | undefined;
}

/**
 * Kept per file, by its collections: an edit of the plan's steps alone (the timeline's, or a `set` recorded in a
 * step) leaves every entity of the file as it was, and a file of 20,000 entities is looked up once.
 */
const lookups = new WeakMap<Design['pools'], { collections: readonly unknown[]; lookup: EntityLookup }>();

export function entityLookup(design: Design): EntityLookup {
  const collections = entityCollections.map((collection) => design[collection]);
  const known = lookups.get(design.pools);
  if (known?.collections.every((list, i) => list === collections[i])) return known.lookup;
  const lookup = buildLookup(design);
  lookups.set(design.pools, { collections, lookup });
  return lookup;
}

function buildLookup(design: Design): EntityLookup {
  const byId = new Map<string, { collection: EntityCollection; entity: Entity }>();
  for (const collection of entityCollections) {
    for (const entity of design[collection] as readonly Entity[]) byId.set(entity.id, { collection, entity });
  }
  return {
    entity: (id) => byId.get(id),
    collectionOf: (id) => byId.get(id)?.collection,
  };
}

import { type Design, type Entity, type EntityCollection, entityCollections } from '../model/design';

/** Every entity the file writes, by id: what an `add` brings into a state, and which collection an id is in. */
export interface EntityLookup {
  entity(id: string): { collection: EntityCollection; entity: Entity } | undefined;
  collectionOf(id: string): EntityCollection | undefined;
}

export function entityLookup(design: Design): EntityLookup {
  const byId = new Map<string, { collection: EntityCollection; entity: Entity }>();
  for (const collection of entityCollections) {
    for (const entity of design[collection] as readonly Entity[]) byId.set(entity.id, { collection, entity });
  }
  return {
    entity: (id) => byId.get(id),
    collectionOf: (id) => byId.get(id)?.collection,
  };
}

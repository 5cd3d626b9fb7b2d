import type { z } from 'zod';
import { associationSchema } from '../model/association';
import type { Design, EntityCollection } from '../model/design';
import { linkSchema } from '../model/link';
import { homingRoles, type Pool, poolSchema } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';
import { serverSchema } from '../model/server';
import { siteSchema } from '../model/site';
import { userGroupSchema } from '../model/userGroup';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';

const schemas: Record<EntityCollection, z.ZodType> = {
  sites: siteSchema,
  pools: poolSchema,
  servers: serverSchema,
  userGroups: userGroupSchema,
  links: linkSchema,
  associations: associationSchema,
};

export interface UpdateEntityArgs {
  collection: EntityCollection;
  id: string;
  /** Fields to set; a field set to `undefined` is removed. `id` and a pool's `role` cannot change. */
  patch: Record<string, unknown>;
}

/**
 * Edits one entity's fields, refusing with the reason any value past the editor's limits (`fieldLimits`) or that
 * the format or the topology cannot hold.
 */
export function updateEntity(design: Design, { collection, id, patch }: UpdateEntityArgs): Design {
  const list = design[collection] as ReadonlyArray<Record<string, unknown> & { id: string }>;
  const index = list.findIndex((entity) => entity.id === id);
  if (index < 0) throw new CommandRefused('That item is no longer in the design.');
  const current = list[index]!;
  if ('id' in patch || ('role' in patch && patch.role !== current.role)) {
    throw new CommandRefused('An item keeps its id and role; add a new one instead.');
  }
  const merged: Record<string, unknown> = { ...current, ...withinFieldLimits(collection, patch) };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  if (collection === 'sites' && merged.kind === 'central') delete merged.centralSiteId;
  const parsed = schemas[collection].safeParse(merged);
  if (!parsed.success) throw new CommandRefused(parsed.error.issues[0]?.message ?? 'That value is not valid here.');
  checkReferences(design, collection, parsed.data as Record<string, unknown>);
  const next = [...list];
  next[index] = parsed.data as Record<string, unknown> & { id: string };
  return { ...design, [collection]: next };
}

function checkReferences(design: Design, collection: EntityCollection, entity: Record<string, unknown>): void {
  const site = (siteId: unknown) => design.sites.find((candidate) => candidate.id === siteId);
  const pool = (poolId: unknown) => design.pools.find((candidate) => candidate.id === poolId);
  if (collection === 'sites' && entity.centralSiteId !== undefined) {
    if (site(entity.centralSiteId)?.kind !== 'central') throw new CommandRefused('A branch belongs to a central site.');
    if (entity.centralSiteId === entity.id) throw new CommandRefused('A site cannot be its own central site.');
  }
  if (collection === 'userGroups') {
    const home = pool(entity.homePoolId);
    if (!home || !homingRoles.includes(home.role)) {
      throw new CommandRefused('Users are homed on a Front End pool, Standard Edition server, SBA or SBS.');
    }
    if (!site(entity.siteId)) throw new CommandRefused('People sit at a site of the design.');
  }
  if (collection === 'links' && (!site(entity.siteA) || !site(entity.siteB) || entity.siteA === entity.siteB)) {
    throw new CommandRefused('A WAN link joins two different sites.');
  }
  if (collection === 'pools' && isStandardEdition(entity as Pool)) {
    const servers = design.servers.filter((server) => server.poolId === entity.id).length;
    if (servers > 1)
      throw new CommandRefused(
        `A Standard Edition server is a pool of one server; this pool has ${servers}. Remove servers first.`,
      );
  }
}

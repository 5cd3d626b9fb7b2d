import type { Design, Entity, EntityCollection } from '../model/design';
import { type Hosts, hostedKinds } from '../model/hosts';
import type { Action } from '../model/migration';
import type { Pool } from '../model/pool';
import type { EntityLookup } from './entityLookup';

/** The topology of one state: a design's collections, nothing of its plan. */
export type Topology = Pick<Design, EntityCollection>;

/**
 * One action of a step applied to the state before it (migration.md, "Actions"), with structural sharing: a
 * collection the action does not touch is the same array, an entity it does not touch the same object, so the
 * states of a long plan on a large design share almost everything, and the incremental validator sees at a glance
 * what changed. An action that cannot apply in this state (moving users to a pool that does not exist yet,
 * setting a field of an entity already removed) changes nothing: the plan's rules report it as a finding.
 */
export function applyAction(state: Topology, action: Action, file: EntityLookup): Topology {
  switch (action.op) {
    case 'add':
      return addEntities(state, action.ids, file);
    case 'remove':
      return removeEntities(state, new Set(action.ids), file);
    case 'moveUsers': {
      if (!state.pools.some((pool) => pool.id === action.to)) return state;
      const moving = new Set(action.groupIds);
      return {
        ...state,
        userGroups: state.userGroups.map((group) =>
          moving.has(group.id) && group.homePoolId !== action.to ? { ...group, homePoolId: action.to } : group,
        ),
      };
    }
    case 'moveHosted':
      return moveHosted(state, action.from, action.to, action.what ?? hostedKinds);
    case 'moveCms': {
      // Only a Front End pool (or Standard Edition server) can hold the CMS: a move elsewhere cannot apply.
      if (!state.pools.some((pool) => pool.id === action.to && pool.role === 'frontEnd')) return state;
      return {
        ...state,
        pools: state.pools.map((pool) => {
          if (pool.role !== 'frontEnd') return pool;
          if (pool.id === action.to) return pool.hostsCms === true ? pool : { ...pool, hostsCms: true };
          return pool.hostsCms === true ? { ...pool, hostsCms: false } : pool;
        }),
      };
    }
    case 'set': {
      const collection = file.collectionOf(action.id);
      if (!collection) return state;
      const entities = state[collection] as readonly Entity[];
      const at = entities.findIndex((entity) => entity.id === action.id);
      if (at < 0) return state;
      const next = entities.slice();
      next[at] = { ...entities[at]!, ...action.fields } as Entity;
      return { ...state, [collection]: next };
    }
  }
}

function addEntities(state: Topology, ids: readonly string[], file: EntityLookup): Topology {
  // The entities to add by collection, in the action's order; then one look through each collection for those
  // already there (an add of ten servers reads the state's servers once, not once per server).
  const wanted = new Map<EntityCollection, Map<string, Entity>>();
  for (const id of ids) {
    const found = file.entity(id);
    if (!found) continue;
    const byId = wanted.get(found.collection) ?? new Map<string, Entity>();
    if (!byId.has(id)) byId.set(id, found.entity);
    wanted.set(found.collection, byId);
  }
  let next: Record<EntityCollection, readonly Entity[]> | undefined;
  for (const [collection, byId] of wanted) {
    const list = state[collection] as readonly Entity[];
    for (const entity of list) {
      if (byId.delete(entity.id) && byId.size === 0) break;
    }
    if (byId.size === 0) continue;
    next ??= { ...state } as Record<EntityCollection, readonly Entity[]>;
    next[collection] = [...list, ...byId.values()];
  }
  return (next as Topology | undefined) ?? state;
}

/**
 * Removing a pool also removes its servers and every association that touches it (migration.md). Other entities
 * that named what was removed (a user group still homed on a removed pool) stay as they are: the validator
 * tolerates the dangling name, and the plan's rules say that the pool was removed while it still homed them.
 */
function removeEntities(state: Topology, ids: ReadonlySet<string>, file: EntityLookup): Topology {
  // The collections the ids are in (ids are unique across a file): the others are not looked through. An id the
  // file does not know (none of the state's entities has it) leaves every collection to be looked through.
  const holding = new Set<EntityCollection | undefined>([...ids].map((id) => file.collectionOf(id)));
  const holds = (collection: EntityCollection) => holding.has(collection) || holding.has(undefined);
  const removesPool = holds('pools') && state.pools.some((pool) => ids.has(pool.id));
  const keep = <T extends { id: string }>(
    collection: EntityCollection,
    list: readonly T[],
    extra?: (entity: T) => boolean,
  ): T[] | undefined => {
    if (!holds(collection) && !extra) return undefined;
    const kept = list.filter((entity) => !ids.has(entity.id) && (extra ? extra(entity) : true));
    return kept.length === list.length ? undefined : kept;
  };
  const next: Topology = { ...state };
  const sites = keep('sites', state.sites);
  if (sites) next.sites = sites;
  const pools = keep('pools', state.pools);
  if (pools) next.pools = pools;
  const userGroups = keep('userGroups', state.userGroups);
  if (userGroups) next.userGroups = userGroups;
  const links = keep('links', state.links);
  if (links) next.links = links;
  const servers = keep('servers', state.servers, removesPool ? (server) => !ids.has(server.poolId) : undefined);
  if (servers) next.servers = servers;
  const associations = keep(
    'associations',
    state.associations,
    removesPool ? (association) => !ids.has(association.from) && !ids.has(association.to) : undefined,
  );
  if (associations) next.associations = associations;
  return next;
}

/** The `moveHosted` action on a state (also the inspector's "Move hosted objects to…", `commands/moveHostedObjects`). */
export function moveHosted(state: Topology, from: string, to: string, what: readonly (keyof Hosts)[]): Topology {
  const source = state.pools.find((pool) => pool.id === from);
  const target = state.pools.find((pool) => pool.id === to);
  if (!source || !target || from === to) return state;
  const moved: Hosts = {};
  const left: Hosts = { ...source.hosts };
  for (const kind of what) {
    const count = source.hosts?.[kind];
    if (count === undefined || count === 0) continue;
    moved[kind] = count;
    delete left[kind];
  }
  if (Object.keys(moved).length === 0) return state;
  const received: Hosts = { ...target.hosts };
  for (const kind of hostedKinds) {
    const count = moved[kind];
    if (count !== undefined) received[kind] = (received[kind] ?? 0) + count;
  }
  const withHosts = (pool: Pool, hosts: Hosts): Pool => {
    const { hosts: _old, ...rest } = pool;
    return (Object.keys(hosts).length > 0 ? { ...rest, hosts } : rest) as Pool;
  };
  return {
    ...state,
    pools: state.pools.map((pool) =>
      pool.id === from ? withHosts(pool, left) : pool.id === to ? withHosts(pool, received) : pool,
    ),
  };
}

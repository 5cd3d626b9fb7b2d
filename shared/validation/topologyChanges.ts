import type { Association } from '../model/association';
import type { Design } from '../model/design';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { UserGroup } from '../model/userGroup';

/** One entity as it was and as it is; undefined on the side where it is absent (added, removed). */
export type EntityChange<T> = readonly [before: T | undefined, after: T | undefined];

/** The topology's collections that a step or an edit may change entity by entity. */
export type TopologyCollection = 'pools' | 'servers' | 'associations' | 'links';

/**
 * What a step of a migration plan (or a canvas edit) changed, entity by entity, when it is of a kind the
 * incremental validator can follow: sites, settings and the shape of the WAN (which links join which sites) as
 * they were, the same user groups at the same positions and sites. Pools, servers and associations may be added,
 * removed or edited; groups may move to another home pool; links may change their capacity, latency or CAC.
 */
export interface TopologyChanges {
  /** Positions in `userGroups` of the groups that are new objects (edited or moved). */
  groupPositions: number[];
  /** Pools added, removed or edited. */
  pools: Set<string>;
  /** Pools whose servers changed: a server added, removed or edited (the pools it was and is in). */
  serverPools: Set<string>;
  /** Pools at either end of an association added, removed or edited (before and after). */
  associationPools: Set<string>;
  /** The same, for the associations the figures read (`registrar`, `edge`: whose users count where). */
  routingAssociationPools: Set<string>;
  /** Links edited in place. */
  links: Set<string>;
  /** Pools, servers, associations or links changed: the rules that read only the topology run again. */
  structural: boolean;
  /** Every entity added, removed or edited, by collection: what decides which structural rules run (Rule.reads). */
  edited: {
    pools: Array<EntityChange<Pool>>;
    servers: Array<EntityChange<Server>>;
    associations: Array<EntityChange<Association>>;
    links: Array<EntityChange<Link>>;
  };
  /** Collections whose entities no longer stand in the same order (what reads a list in order may say otherwise). */
  reordered: Set<TopologyCollection>;
}

/** Beyond this many changed entities a fresh validation is as quick. */
const MAX_CHANGES = 2_000;

interface Identified {
  id: string;
}

/**
 * The entities that differ between two lists of one collection, by id: calls `changed(before, after)` for each
 * edited one, with undefined on the side where it is absent. Lists that share most objects at the same places
 * (plan states, edits) are compared by position first, which needs no map. False when there are too many.
 */
function diffById<T extends Identified>(
  before: readonly T[],
  after: readonly T[],
  changed: (old: T | undefined, next: T | undefined) => void,
  reordered: () => void,
): boolean {
  if (before === after) return true;
  let count = 0;
  const shared = Math.min(before.length, after.length);
  let i = 0;
  while (i < shared && before[i]!.id === after[i]!.id) {
    if (before[i] !== after[i]) {
      changed(before[i], after[i]);
      if (++count > MAX_CHANGES) return false;
    }
    i++;
  }
  if (i === before.length && i === after.length) return true;
  // The lists part ways here (an entity added or removed in the middle, or appended): match the rest by id, noting
  // whether the entities both lists hold still come in the same order (a reorder changes no entity).
  const rest = new Map<string, number>();
  for (let j = i; j < before.length; j++) rest.set(before[j]!.id, j);
  let last = -1;
  let inOrder = true;
  for (let j = i; j < after.length; j++) {
    const next = after[j]!;
    const at = rest.get(next.id);
    rest.delete(next.id);
    if (at !== undefined) {
      if (at < last) inOrder = false;
      last = at;
    }
    const old = at === undefined ? undefined : before[at]!;
    if (old === next) continue;
    changed(old, next);
    if (++count > MAX_CHANGES) return false;
  }
  if (!inOrder) reordered();
  for (const at of rest.values()) {
    changed(before[at]!, undefined);
    if (++count > MAX_CHANGES) return false;
  }
  return true;
}

/** The changes from one design to the next, or undefined when they are not of a kind the validator can follow. */
export function topologyChanges(before: Design, after: Design): TopologyChanges | undefined {
  if (before.sites !== after.sites || before.settings !== after.settings) return undefined;
  const changes: TopologyChanges = {
    groupPositions: [],
    pools: new Set(),
    serverPools: new Set(),
    associationPools: new Set(),
    routingAssociationPools: new Set(),
    links: new Set(),
    structural: false,
    edited: { pools: [], servers: [], associations: [], links: [] },
    reordered: new Set(),
  };
  const { edited, reordered } = changes;
  if (!sameGroupSlots(before.userGroups, after.userGroups, changes.groupPositions)) return undefined;
  if (before.links !== after.links) {
    // Routes stand only while every link joins the same two sites, in the same order.
    if (before.links.length !== after.links.length) return undefined;
    for (let i = 0; i < after.links.length; i++) {
      const old = before.links[i]!;
      const next = after.links[i]!;
      if (old === next) continue;
      if (old.id !== next.id || old.siteA !== next.siteA || old.siteB !== next.siteB) return undefined;
      changes.links.add(next.id);
      edited.links.push([old, next]);
    }
  }
  const ok =
    diffById(
      before.pools,
      after.pools,
      (old, next) => {
        changes.pools.add((old ?? next)!.id);
        edited.pools.push([old, next]);
      },
      () => reordered.add('pools'),
    ) &&
    diffById(
      before.servers,
      after.servers,
      (old, next) => {
        if (old) changes.serverPools.add(old.poolId);
        if (next) changes.serverPools.add(next.poolId);
        edited.servers.push([old, next]);
      },
      () => reordered.add('servers'),
    ) &&
    diffById(
      before.associations,
      after.associations,
      (old, next) => {
        edited.associations.push([old, next]);
        for (const association of [old, next]) {
          if (!association) continue;
          changes.associationPools.add(association.from);
          changes.associationPools.add(association.to);
          if (association.kind === 'registrar' || association.kind === 'edge') {
            changes.routingAssociationPools.add(association.from);
            changes.routingAssociationPools.add(association.to);
          }
        }
      },
      () => reordered.add('associations'),
    );
  if (!ok) return undefined;
  changes.structural =
    changes.pools.size > 0 ||
    changes.serverPools.size > 0 ||
    changes.associationPools.size > 0 ||
    changes.links.size > 0 ||
    before.pools !== after.pools ||
    before.servers !== after.servers ||
    before.associations !== after.associations;
  return changes;
}

/** Same group ids at the same positions and sites (the index lists groups by position); collects the edited ones. */
function sameGroupSlots(before: readonly UserGroup[], after: readonly UserGroup[], positions: number[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const old = before[i]!;
    const next = after[i]!;
    if (old === next) continue;
    if (old.id !== next.id || old.siteId !== next.siteId) return false;
    positions.push(i);
    if (positions.length > MAX_CHANGES) return false;
  }
  return true;
}

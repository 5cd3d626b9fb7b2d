import type { Association } from '../model/association';
import type { Link } from '../model/link';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { Site } from '../model/site';
import type { UserGroup } from '../model/userGroup';
import { diffMarks, type StateDiff } from '../plan/stateDiff';

/** What a box or line of a step's diagram says about the step: it adds it, changes it, or removes it (a ghost). */
export type ChangeMark = 'added' | 'changed' | 'removed';

/**
 * What a step removes, grouped by the box it is drawn in, so the diagram draws each ghost inside its container:
 * a removed pool in its site (a live site, or the ghost of a site removed with it), a removed server in its pool.
 */
export interface StepGhosts {
  /** Removed sites, drawn after the live ones. */
  sites: readonly Site[];
  poolsBySite: ReadonlyMap<string, readonly Pool[]>;
  /** Removed pools by id: a ghost user group names its ghost home pool. */
  pools: ReadonlyMap<string, Pool>;
  serversByPool: ReadonlyMap<string, readonly Server[]>;
  groupsBySite: ReadonlyMap<string, readonly UserGroup[]>;
  links: readonly Link[];
  associations: readonly Association[];
  /** The mark of an id the step touches; undefined for everything else. */
  markOf(id: string): ChangeMark | undefined;
}

/** Puts a mark on a box or line only when it has one, so an unmarked item is exactly what it was before marks. */
export function marked<T extends { mark?: ChangeMark }>(item: T, mark: ChangeMark | undefined): T {
  if (mark) item.mark = mark;
  return item;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The ghosts and marks of a step from its diff (stateDiff.ts). The diff lists removed entities in the order of the
 * state before, so ghosts keep the order they were drawn in. Work is in proportion to the diff, not the design.
 */
export function stepGhosts(diff: StateDiff): StepGhosts {
  const marks = diffMarks(diff);
  const sites: Site[] = [];
  const poolsBySite = new Map<string, Pool[]>();
  const pools = new Map<string, Pool>();
  const serversByPool = new Map<string, Server[]>();
  const groupsBySite = new Map<string, UserGroup[]>();
  const links: Link[] = [];
  const associations: Association[] = [];
  for (const { collection, entity } of diff.removed) {
    switch (collection) {
      case 'sites':
        sites.push(entity as Site);
        break;
      case 'pools':
        push(poolsBySite, (entity as Pool).siteId, entity as Pool);
        pools.set(entity.id, entity as Pool);
        break;
      case 'servers':
        push(serversByPool, (entity as Server).poolId, entity as Server);
        break;
      case 'userGroups':
        push(groupsBySite, (entity as UserGroup).siteId, entity as UserGroup);
        break;
      case 'links':
        links.push(entity as Link);
        break;
      case 'associations':
        associations.push(entity as Association);
        break;
    }
  }
  return {
    sites,
    poolsBySite,
    pools,
    serversByPool,
    groupsBySite,
    links,
    associations,
    markOf: (id) =>
      marks.added.has(id) ? 'added' : marks.changed.has(id) ? 'changed' : marks.removed.has(id) ? 'removed' : undefined,
  };
}

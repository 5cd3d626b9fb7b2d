import { FRONT_END } from '../catalog/frontEnd';
import type { Design } from '../model/design';
import type { Pool } from '../model/pool';
import { isEnterpriseFrontEnd, isStandardEdition } from '../model/poolPredicates';
import type { Server } from '../model/server';
import type { DesignIndex } from './designIndex';

export interface PoolFigures {
  /** Users homed on the pool, plus (for a Front End pool) those homed on SBAs/SBSs it is registrar for. */
  users: number;
  /** Servers that name the pool. */
  servers: number;
  /** Servers not marked `running: false` (the "what if this server is down?" question). */
  runningServers: number;
  /** Enterprise Front End pools: servers needed for the users at FRONT_END.usersPerServer each. */
  requiredServers?: number;
  /** The users the pool can carry with its running servers, within the per-pool maximum. */
  capacityUsers?: number;
  /** users / capacityUsers, in percent, rounded to 0.1. */
  loadPercent?: number;
}

const sumCounts = (design: Design, positions: readonly number[] | undefined): number =>
  (positions ?? []).reduce((total, position) => total + design.userGroups[position]!.count, 0);

/**
 * Per-pool load. Users homed on an SBA/SBS count toward the Front End pool that is its registrar
 * ("Users homed on SBA/SBS associated with a pool count toward that pool's user count", capacity-planning page).
 */
export function poolFigures(design: Design, index: DesignIndex): Map<string, PoolFigures> {
  const users = new Map<string, number>();
  for (const pool of index.pools.values()) {
    const direct = sumCounts(design, index.groupPositionsByHomePool.get(pool.id));
    if (direct === 0) continue;
    for (const id of poolsCounting(pool.id, index)) users.set(id, (users.get(id) ?? 0) + direct);
  }
  const figures = new Map<string, PoolFigures>();
  for (const pool of index.pools.values())
    figures.set(pool.id, figuresOfPool(pool, users.get(pool.id) ?? 0, index.serversByPool.get(pool.id) ?? []));
  return figures;
}

/** The figures of one pool from its users and servers; shared by the full and the incremental validation. */
export function figuresOfPool(pool: Pool, users: number, servers: readonly Server[]): PoolFigures {
  const runningServers = servers.filter((server) => server.running !== false).length;
  const entry: PoolFigures = { users, servers: servers.length, runningServers };
  if (isEnterpriseFrontEnd(pool)) {
    entry.requiredServers = Math.max(1, Math.ceil(users / FRONT_END.usersPerServer.value));
    entry.capacityUsers = Math.min(runningServers * FRONT_END.usersPerServer.value, FRONT_END.maxUsersPerPool.value);
  } else if (isStandardEdition(pool)) {
    entry.capacityUsers = runningServers > 0 ? FRONT_END.standardEditionRecommendedUsers.value : 0;
  }
  if (entry.capacityUsers !== undefined) {
    entry.loadPercent =
      entry.capacityUsers > 0 ? Math.round((users / entry.capacityUsers) * 1000) / 10 : users > 0 ? Infinity : 0;
  }
  return entry;
}

/** The pools whose user count includes this group: its home pool and, for an SBA/SBS, the registrar pool. */
export function poolsCounting(homePoolId: string, index: DesignIndex): string[] {
  const home = index.pools.get(homePoolId);
  if (!home) return [];
  const registrar = home.role === 'sba' || home.role === 'sbs' ? index.registrarOf.get(home.id) : undefined;
  return registrar !== undefined && index.pools.get(registrar)?.role === 'frontEnd' ? [home.id, registrar] : [home.id];
}

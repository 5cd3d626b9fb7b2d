import { BY_VERSION, figureFor } from '../catalog/byVersion';
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
  /** Enterprise Front End pools: servers needed for the users at their version's users per server (frontEndServersFor). */
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
    const perServer = figureFor(pool, BY_VERSION.frontEndUsersPerServer)!.value;
    entry.requiredServers = frontEndServersFor(pool, users);
    entry.capacityUsers = Math.min(
      runningServers * perServer,
      figureFor(pool, BY_VERSION.frontEndMaxUsersPerPool)!.value,
    );
  } else if (isStandardEdition(pool)) {
    // A 2010 server has one documented figure, its maximum; a 2013 one is sized by its recommended 2,500.
    const capacity =
      pool.version === 2010
        ? BY_VERSION.standardEditionMaxUsers[2010].value
        : FRONT_END.standardEditionRecommendedUsers.value;
    entry.capacityUsers = runningServers > 0 ? capacity : 0;
  }
  if (entry.capacityUsers !== undefined) {
    entry.loadPercent =
      entry.capacityUsers > 0 ? Math.round((users / entry.capacityUsers) * 1000) / 10 : users > 0 ? Infinity : 0;
  }
  return entry;
}

/**
 * The Front End servers an Enterprise pool's users need, at least one: at 6,667 users each in Lync Server 2013, at
 * 10,000 in Lync Server 2010 (BY_VERSION.frontEndUsersPerServer). CAP-FE-USERS-PER-SERVER compares the running
 * servers with this number and the figures print it as `requiredServers`, so the two cannot disagree.
 */
export function frontEndServersFor(pool: Pool, users: number): number {
  return Math.max(1, Math.ceil(users / figureFor(pool, BY_VERSION.frontEndUsersPerServer)!.value));
}

/** The pools whose user count includes this group: its home pool and, for an SBA/SBS, the registrar pool. */
export function poolsCounting(homePoolId: string, index: DesignIndex): string[] {
  const home = index.pools.get(homePoolId);
  if (!home) return [];
  const registrar = home.role === 'sba' || home.role === 'sbs' ? index.registrarOf.get(home.id) : undefined;
  return registrar !== undefined && index.pools.get(registrar)?.role === 'frontEnd' ? [home.id, registrar] : [home.id];
}

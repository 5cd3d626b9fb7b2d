import { FRONT_END } from '../../catalog/frontEnd';
import { FRONT_END_TOPOLOGY } from '../../catalog/frontEndTopology';
import type { FrontEndEdition } from '../../model/pool';

/**
 * How a generated 2013 pool is sized for the users it takes over, every figure from the catalog:
 * - a Standard Edition server stays one while its users fit the 2,500 the capacity page recommends for one
 *   (FRONT_END.standardEditionRecommendedUsers); past that the pool becomes an Enterprise pool;
 * - an Enterprise pool has one Front End per 6,667 users (FRONT_END.usersPerServer) plus one, so that it still carries
 *   them with one server down (CAP-FE-USERS-N-1, the capacity page's own 30,000-user example), at least the 3 the
 *   Front End topologies page recommends (TOPO-FE-MIN-3), at most the 12 a pool may hold (CAP-FE-MAX-SERVERS).
 */
export function targetEdition(legacy: FrontEndEdition, users: number): FrontEndEdition {
  return legacy === 'standard' && users <= FRONT_END.standardEditionRecommendedUsers.value ? 'standard' : 'enterprise';
}

export function frontEndServersWithHeadroom(users: number): number {
  const carrying = Math.ceil(users / FRONT_END.usersPerServer.value);
  const withSpare = carrying + 1;
  return Math.min(
    FRONT_END.maxServersPerPool.value,
    Math.max(FRONT_END_TOPOLOGY.recommendedMinimumServers.value, withSpare),
  );
}

/** A mirrored Back End is its principal and its mirror (TOPO-BE-MIRROR-MIN-2); otherwise the legacy store's count. */
export function backEndServers(ha: string, legacyServers: number): number {
  const least = ha === 'mirroring' ? FRONT_END_TOPOLOGY.mirroredBackEndServers.value : 1;
  return Math.max(least, legacyServers);
}

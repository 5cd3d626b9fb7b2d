import { FRONT_END } from '../../catalog/frontEnd';
import { FRONT_END_TOPOLOGY } from '../../catalog/frontEndTopology';
import { MEDIATION } from '../../catalog/mediation';
import { REMOTE_ACCESS } from '../../catalog/remoteAccess';
import { ROLES } from '../../catalog/roles';
import type { FrontEndEdition } from '../../model/pool';

/**
 * How a generated 2013 pool is sized for the users it takes over, every figure from the catalog:
 * - a Standard Edition server stays one while its users fit the 2,500 the capacity page recommends for one
 *   (FRONT_END.standardEditionRecommendedUsers) and its collocated Mediation carries its calls (150 per server,
 *   MEDIATION.collocatedCallsPerFrontEnd, CAP-MED-COLLOCATED-CALLS); past either the pool becomes an Enterprise pool;
 * - an Enterprise pool has one Front End per 6,667 users (FRONT_END.usersPerServer) plus one, so that it still carries
 *   them with one server down (CAP-FE-USERS-N-1, the capacity page's own 30,000-user example), and enough for its
 *   collocated Mediation calls at 150 each; at least the 3 the Front End topologies page recommends (TOPO-FE-MIN-3),
 *   at most the 12 a pool may hold (CAP-FE-MAX-SERVERS).
 */
export function targetEdition(legacy: FrontEndEdition, users: number, collocatedCalls = 0): FrontEndEdition {
  return legacy === 'standard' &&
    users <= FRONT_END.standardEditionRecommendedUsers.value &&
    collocatedCalls <= MEDIATION.collocatedCallsPerFrontEnd.value
    ? 'standard'
    : 'enterprise';
}

/** The Front Ends whose collocated Mediation carries `calls` concurrent non-bypass calls (capacity page, 150 each). */
export const frontEndServersForCalls = (calls: number): number =>
  Math.ceil(calls / MEDIATION.collocatedCallsPerFrontEnd.value);

/** Whether one pool's collocated Mediation can carry `calls` at all: 150 on each of at most 12 Front Ends. */
export const collocatedMediationCarries = (calls: number): boolean =>
  frontEndServersForCalls(calls) <= FRONT_END.maxServersPerPool.value;

export function frontEndServersWithHeadroom(users: number, collocatedCalls = 0): number {
  const carrying = Math.ceil(users / FRONT_END.usersPerServer.value);
  const withSpare = Math.max(carrying + 1, frontEndServersForCalls(collocatedCalls));
  return Math.min(
    FRONT_END.maxServersPerPool.value,
    Math.max(FRONT_END_TOPOLOGY.recommendedMinimumServers.value, withSpare),
  );
}

/**
 * A stand-alone 2013 Mediation pool for `calls`: one server per 1,500 calls (hyper-threading on, the default of a new
 * server, MEDIATION.standaloneCallsHyperThreading; CAP-MED-STANDALONE-CALLS), at least the two the role needs so one
 * can fail (ROLES.mediation.minimumForHa).
 */
export const mediationServersFor = (calls: number): number =>
  Math.max(ROLES.mediation.minimumForHa ?? 1, Math.ceil(calls / MEDIATION.standaloneCallsHyperThreading.value));

/**
 * A 2013 Edge pool for `remoteUsers` concurrent remote users: one server per 12,000 (REMOTE_ACCESS.remoteUsersPerEdge,
 * CAP-EDGE-REMOTE-USERS), at least the 2 an Edge pool needs so one can fail (REMOTE_ACCESS.minimumForHa,
 * TOPO-EDGE-MIN-2); two servers also clear the scaled-Edge page's one-server triggers (CAP-EDGE-AV-SESSIONS).
 */
export const edgeServersFor = (remoteUsers: number): number =>
  Math.max(REMOTE_ACCESS.minimumForHa.value, Math.ceil(remoteUsers / REMOTE_ACCESS.remoteUsersPerEdge.value));

/** A mirrored Back End is its principal and its mirror (TOPO-BE-MIRROR-MIN-2); otherwise the legacy store's count. */
export function backEndServers(ha: string, legacyServers: number): number {
  const least = ha === 'mirroring' ? FRONT_END_TOPOLOGY.mirroredBackEndServers.value : 1;
  return Math.max(least, legacyServers);
}

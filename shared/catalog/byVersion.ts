import type { Pool } from '../model/pool';
import type { ProductVersion } from '../model/primitives';
import { FRONT_END } from './frontEnd';
import { LYNC_2010 } from './lync2010';
import { REMOTE_ACCESS } from './remoteAccess';
import type { Figure } from './sources';
import { USER_MODEL } from './userModel';

/** A capacity figure of each product version that documents one; a version without one is not judged by it. */
export type VersionedFigure = { readonly [V in ProductVersion]?: Figure } & { readonly 2013: Figure };

/** The version a pool is judged as: its own, Lync Server 2013 when it names none (format.md, "Pools"). */
export const versionOf = (pool: Pool): ProductVersion => pool.version ?? 2013;

/** The figure of the pool's own version, or undefined when that version documents none. */
export function figureFor(pool: Pool, figure: VersionedFigure): Figure | undefined {
  return figure[versionOf(pool)];
}

/**
 * The capacity figures that both versions document, side by side: a capacity rule reads its figure here, so a legacy
 * pool is judged by the 2010 figure and its finding cites the 2010 page. The 2013 figures that have no 2010
 * counterpart are read from their own catalog files by rules that do not apply to 2010 pools.
 */
export const BY_VERSION = {
  frontEndUsersPerServer: { 2013: FRONT_END.usersPerServer, 2010: LYNC_2010.frontEndUsersPerServer },
  frontEndMaxUsersPerPool: { 2013: FRONT_END.maxUsersPerPool, 2010: LYNC_2010.maxUsersPerPool },
  frontEndMaxEndpointsPerPool: { 2013: USER_MODEL.maxEndpointsPerPool, 2010: LYNC_2010.maxEndpointsPerPool },
  frontEndEndpointsPerUser: { 2013: USER_MODEL.endpointsPerUser, 2010: LYNC_2010.endpointsPerUser },
  standardEditionMaxUsers: { 2013: FRONT_END.standardEditionMaxUsers, 2010: LYNC_2010.standardEditionMaxUsers },
  remoteUsersPerEdge: { 2013: REMOTE_ACCESS.remoteUsersPerEdge, 2010: LYNC_2010.remoteUsersPerEdge },
  remoteUsersPerDirector: { 2013: REMOTE_ACCESS.remoteUsersPerDirector, 2010: LYNC_2010.remoteUsersPerDirector },
} as const satisfies Record<string, VersionedFigure>;

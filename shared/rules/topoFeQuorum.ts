import { FRONT_END_QUORUM, FRONT_END_QUORUM_SOURCE } from '../catalog/frontEndTopology';
import type { Pool } from '../model/pool';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule, type PoolVerdict } from './define/poolRule';

/**
 * What-if quorum of a Front End pool whose servers are marked down (`running: false`): below the pool-level
 * quorum its services stop (error); below the first-start quorum it cannot start after a full shutdown
 * (warning). "Any N of the first M" counts the first M servers in the order the design lists them.
 */
function quorumVerdicts(pool: Pool, servers: ReadonlyArray<{ running?: boolean }>): PoolVerdict[] {
  const quorum = FRONT_END_QUORUM[servers.length];
  if (!quorum) return [];
  const counted = quorum.ofFirst ? servers.slice(0, quorum.ofFirst) : servers;
  const running = counted.filter((server) => server.running !== false).length;
  const allRunning = servers.filter((server) => server.running !== false).length;
  const among = quorum.ofFirst ? ` of its first ${quorum.ofFirst}` : '';
  if (running < quorum.poolLevel) {
    return [
      {
        severity: 'error',
        message: `${describePool(pool)} has ${countOf(running, 'running server')}${among}; a ${servers.length}-server pool needs any ${quorum.poolLevel}${among} running, or its services stop.`,
        value: running,
        limit: quorum.poolLevel,
      },
    ];
  }
  if (allRunning < quorum.firstStart) {
    return [
      {
        severity: 'warning',
        message: `${describePool(pool)} has ${allRunning} of ${servers.length} servers running; it keeps working, but a ${servers.length}-server pool needs ${quorum.firstStart} running to start for the first time or after a full shutdown.`,
        value: allRunning,
        limit: quorum.firstStart,
      },
    ];
  }
  return [];
}

/**
 * A Front End pool with servers marked down keeps its quorum (see quorumVerdicts). The quorum table belongs to the
 * 2013 pool architecture (routing groups on three servers), so a Lync Server 2010 pool is not judged by it.
 */
export const topoFeQuorum = definePoolRule({
  id: 'TOPO-FE-QUORUM',
  title: 'Front End servers running for pool quorum',
  source: FRONT_END_QUORUM_SOURCE,
  appliesTo: (pool) => isEnterpriseFrontEnd(pool) && pool.version !== 2010,
  evaluate: (pool, _figures, { index }) => quorumVerdicts(pool, index.serversByPool.get(pool.id) ?? []),
});

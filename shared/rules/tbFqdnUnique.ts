import { repeatedNamesOf, serversNamed } from '../analysis/computers';
import { SOURCES } from '../catalog/sources';
import { isStandardEdition } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { type DesignVerdict, defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/**
 * Pool FQDNs are unique, and no pool is named like a computer of another pool; a Standard Edition server's pool
 * FQDN is its own computer's. A computer listed in two pools under one name is collocation, which the
 * collocation rules judge; the same name twice in one pool is a mistake.
 */
export const tbFqdnUnique = defineDesignRule({
  id: 'TB-FQDN-UNIQUE',
  title: 'FQDNs are unique across the topology',
  source: SOURCES.defineFrontEndPool,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['fqdn', 'poolId'] },
  check({ design, index }) {
    const verdicts: DesignVerdict[] = [];
    const poolByName = new Map<string, string>();
    for (const pool of design.pools) {
      const key = pool.fqdn.toLowerCase();
      const other = poolByName.get(key);
      if (other !== undefined) {
        verdicts.push({
          severity: 'error',
          subjects: [pool.id, other],
          message: `${describePool(pool)} has the same FQDN as ${describePool(index.pools.get(other)!)}; every pool needs its own.`,
        });
      } else poolByName.set(key, pool.id);
    }
    // The servers by name, which the states of a plan carry from one to the next (analysis/computers.ts): the
    // names several servers share, and the pools' names, are all that is read, not every server of every state.
    const inPool = (poolId: string) => {
      // A state of a plan may hold a server whose pool a step removed before adding the server: named by its id.
      const own = index.pools.get(poolId);
      return own ? describePool(own) : `the pool ${poolId}, absent here`;
    };
    for (const servers of repeatedNamesOf(index.serversByPool).values()) {
      const pools = new Set<string>();
      for (const server of servers) {
        if (pools.has(server.poolId))
          verdicts.push({
            severity: 'error',
            subjects: [server.id],
            message: `${server.fqdn} is listed twice in ${inPool(server.poolId)}.`,
          });
        pools.add(server.poolId);
      }
    }
    for (const [key, namesake] of poolByName) {
      const pool = index.pools.get(namesake)!;
      for (const server of serversNamed(index.serversByPool, key)) {
        const alone = index.serversByPool.get(server.poolId)!.length === 1;
        if (pool.id === server.poolId && (isStandardEdition(pool) || alone)) continue;
        verdicts.push({
          severity: 'error',
          subjects: [server.id, pool.id],
          message: `The server ${server.fqdn} has the FQDN of ${describePool(pool)}; a pool's FQDN differs from its computers' (except a Standard Edition server or a single-server pool).`,
        });
      }
    }
    return verdicts;
  },
});

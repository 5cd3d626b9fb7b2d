import { SOURCES } from '../catalog/sources';
import { countOf } from '../wording/numbers';
import { roleName } from '../wording/roleLabels';
import { type DesignVerdict, defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

const singleHomed = new Set(['frontEnd', 'backEnd', 'persistentChat', 'persistentChatStore', 'director']);

/**
 * Front End, Back End, Standard Edition, Persistent Chat and Director servers must not be multi-homed. `nics`
 * counts network interfaces with their own address; teamed adapters (recommended) count as one.
 */
export const topoNoMultihome = defineDesignRule({
  id: 'TOPO-NO-MULTIHOME',
  title: 'Front End, Back End, Persistent Chat and Director servers are not multi-homed',
  source: SOURCES.hardware,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['hardware', 'fqdn', 'poolId'] },
  check({ index }) {
    const verdicts: DesignVerdict[] = [];
    for (const pool of index.pools.values()) {
      if (!singleHomed.has(pool.role)) continue;
      for (const server of index.serversByPool.get(pool.id) ?? []) {
        const nics = server.hardware?.nics;
        if (nics === undefined || nics <= 1) continue;
        verdicts.push({
          severity: 'error',
          subjects: [server.id],
          message: `${roleName(pool).replace(/ pool$/, '')} server ${server.fqdn} has ${countOf(nics, 'network interface')}; it must not be multi-homed (teamed adapters with one address count as one).`,
          value: nics,
          limit: 1,
        });
      }
    }
    return verdicts;
  },
});

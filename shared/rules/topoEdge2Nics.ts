import { SOURCES } from '../catalog/sources';
import { countOf } from '../wording/numbers';
import { type DesignVerdict, defineDesignRule } from './define/designRule';

/** An Edge Server needs two network interfaces, internal and external (hardware platforms page). */
export const topoEdge2Nics = defineDesignRule({
  id: 'TOPO-EDGE-2-NICS',
  title: 'Edge servers have two network interfaces',
  source: SOURCES.hardware,
  structural: true,
  // Which pools are Edge pools, and their servers' interfaces and names: a step that moves users or hosted objects
  // changes none of it.
  reads: { pools: ['role'], servers: ['poolId', 'hardware', 'fqdn'] },
  check({ index }) {
    const verdicts: DesignVerdict[] = [];
    for (const pool of index.poolsByRole.get('edge') ?? []) {
      for (const server of index.serversByPool.get(pool.id) ?? []) {
        const nics = server.hardware?.nics;
        if (nics === undefined || nics >= 2) continue;
        verdicts.push({
          severity: 'error',
          subjects: [server.id],
          message: `Edge server ${server.fqdn} has ${countOf(nics, 'network interface')}; an Edge Server needs 2 (internal and external networks).`,
          value: nics,
          limit: 2,
        });
      }
    }
    return verdicts;
  },
});

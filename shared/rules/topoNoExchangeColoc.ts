import { computersInSeveralPools } from '../analysis/computers';
import { SOURCES } from '../catalog/sources';
import { roleName } from '../wording/roleLabels';
import { defineDesignRule } from './define/designRule';
import { notLyncRoles } from './define/notLyncRoles';
import { POOL_NAME_FIELDS } from './define/rule';

/** No Lync role on an Exchange UM server or a reverse proxy (collocation page). */
export const topoNoExchangeColoc = defineDesignRule({
  id: 'TOPO-NO-EXCHANGE-COLOC',
  title: 'No Lync role on Exchange or the reverse proxy',
  source: SOURCES.collocationEnterprise,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['fqdn', 'poolId'] },
  check({ index }) {
    return computersInSeveralPools(index).flatMap((computer) => {
      const foreign = computer.placements.find((p) => notLyncRoles.has(p.pool.role));
      const lync = computer.placements.find((p) => !notLyncRoles.has(p.pool.role));
      if (!foreign || !lync) return [];
      return [
        {
          severity: 'error' as const,
          subjects: [lync.server.id, foreign.server.id],
          message: `${computer.fqdn} runs ${roleName(foreign.pool)} and is also a ${roleName(lync.pool)} server; Lync roles cannot share a computer with Exchange UM or a reverse proxy.`,
        },
      ];
    });
  },
});

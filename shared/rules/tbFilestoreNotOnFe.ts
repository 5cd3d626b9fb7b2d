import { computersInSeveralPools } from '../analysis/computers';
import { SOURCES } from '../catalog/sources';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/** The file store cannot be on a Front End Server (Topology Builder's Front End pool wizard). */
export const tbFilestoreNotOnFe = defineDesignRule({
  id: 'TB-FILESTORE-NOT-ON-FE',
  title: 'The file store is not on a Front End server',
  source: SOURCES.defineFrontEndPool,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['fqdn', 'poolId'] },
  check({ index }) {
    return computersInSeveralPools(index).flatMap((computer) => {
      const frontEnd = computer.placements.find((p) => p.pool.role === 'frontEnd');
      const fileStore = computer.placements.find((p) => p.pool.role === 'fileStore');
      if (!frontEnd || !fileStore) return [];
      return [
        {
          severity: 'error' as const,
          subjects: [fileStore.server.id, frontEnd.server.id],
          message: `The file store ${fileStore.pool.fqdn} is on ${computer.fqdn}, a Front End server of ${frontEnd.pool.fqdn}; put the file share on another server (a database server may hold it).`,
        },
      ];
    });
  },
});

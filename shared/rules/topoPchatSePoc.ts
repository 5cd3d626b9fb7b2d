import { computersInSeveralPools } from '../analysis/computers';
import { SOURCES } from '../catalog/sources';
import { isStandardEdition } from '../model/poolPredicates';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/** Persistent Chat on a Standard Edition server is supported, for proofs of concept only: it has no high availability. */
export const topoPchatSePoc = defineDesignRule({
  id: 'TOPO-PCHAT-SE-POC',
  title: 'Persistent Chat on a Standard Edition server is for proofs of concept',
  source: SOURCES.persistentChatCapacity,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['fqdn', 'poolId'] },
  check({ index }) {
    return computersInSeveralPools(index).flatMap((computer) => {
      const chat = computer.placements.find((p) => p.pool.role === 'persistentChat');
      const se = computer.placements.find((p) => isStandardEdition(p.pool));
      if (!chat || !se) return [];
      return [
        {
          severity: 'warning' as const,
          subjects: [chat.server.id, se.server.id],
          message: `Persistent Chat ${chat.pool.fqdn} runs on the Standard Edition server ${computer.fqdn}: supported, but without high availability; use it for proofs of concept only.`,
        },
      ];
    });
  },
});

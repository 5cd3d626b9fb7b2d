import { computersInSeveralPools } from '../analysis/computers';
import { ALLOWED_COLLOCATIONS, type CollocationRole } from '../catalog/collocation';
import { SOURCES } from '../catalog/sources';
import type { Pool } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';
import { roleName } from '../wording/roleLabels';
import { type DesignVerdict, defineDesignRule } from './define/designRule';
import { notLyncRoles } from './topoNoExchangeColoc';

/** Whether two roles may share a computer: the catalog's table (catalog/collocation.ts); every other pair may not. */
export function collocationAllowed(a: Pool, b: Pool): boolean {
  const ra = collocationRole(a);
  const rb = collocationRole(b);
  return ALLOWED_COLLOCATIONS.some(({ roles: [x, y] }) => (x === ra && y === rb) || (x === rb && y === ra));
}

const collocationRole = (pool: Pool): CollocationRole => (isStandardEdition(pool) ? 'standardEdition' : pool.role);

export const topoSeparateRoles = defineDesignRule({
  id: 'TOPO-SEPARATE-ROLES',
  title: 'Roles that need their own computers do not share one',
  source: SOURCES.collocationEnterprise,
  structural: true,
  check({ index }) {
    const verdicts: DesignVerdict[] = [];
    for (const computer of computersInSeveralPools(index)) {
      const pools = [...new Map(computer.placements.map((p) => [p.pool.id, p.pool])).values()];
      for (let i = 0; i < pools.length; i++) {
        for (let j = i + 1; j < pools.length; j++) {
          const [a, b] = [pools[i]!, pools[j]!];
          // Exchange and the reverse proxy are TOPO-NO-EXCHANGE-COLOC's.
          if (collocationAllowed(a, b) || notLyncRoles.has(a.role) || notLyncRoles.has(b.role)) continue;
          verdicts.push({
            severity: 'error',
            subjects: computer.placements.filter((p) => p.pool === a || p.pool === b).map((p) => p.server.id),
            message: `${computer.fqdn} is both a ${roleName(a)} server (${a.fqdn}) and a ${roleName(b)} server (${b.fqdn}); these roles cannot be collocated on one computer.`,
          });
        }
      }
    }
    return verdicts;
  },
});

/** The file store cannot be on a Front End Server (Topology Builder's Front End pool wizard). */
export const tbFilestoreNotOnFe = defineDesignRule({
  id: 'TB-FILESTORE-NOT-ON-FE',
  title: 'The file store is not on a Front End server',
  source: SOURCES.defineFrontEndPool,
  structural: true,
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

/** Persistent Chat on a Standard Edition server is supported, for proofs of concept only: it has no high availability. */
export const topoPchatSePoc = defineDesignRule({
  id: 'TOPO-PCHAT-SE-POC',
  title: 'Persistent Chat on a Standard Edition server is for proofs of concept',
  source: SOURCES.persistentChatCapacity,
  structural: true,
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

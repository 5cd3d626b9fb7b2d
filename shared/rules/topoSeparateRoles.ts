import { computersInSeveralPools } from '../analysis/computers';
import { ALLOWED_COLLOCATIONS, type CollocationRole } from '../catalog/collocation';
import { SOURCES } from '../catalog/sources';
import type { Pool } from '../model/pool';
import { isStandardEdition } from '../model/poolPredicates';
import { roleName } from '../wording/roleLabels';
import { type DesignVerdict, defineDesignRule } from './define/designRule';
import { notLyncRoles } from './define/notLyncRoles';
import { POOL_NAME_FIELDS } from './define/rule';

/** Whether two roles may share a computer: the catalog's table (catalog/collocation.ts); every other pair may not. */
function collocationAllowed(a: Pool, b: Pool): boolean {
  const ra = collocationRole(a);
  const rb = collocationRole(b);
  return ALLOWED_COLLOCATIONS.some(({ roles: [x, y] }) => (x === ra && y === rb) || (x === rb && y === ra));
}

const collocationRole = (pool: Pool): CollocationRole => (isStandardEdition(pool) ? 'standardEdition' : pool.role);

/**
 * Roles that need computers of their own do not share one: every pair of roles on one computer that the
 * collocation pages do not list (catalog/collocation.ts) is an error.
 */
export const topoSeparateRoles = defineDesignRule({
  id: 'TOPO-SEPARATE-ROLES',
  title: 'Roles that need their own computers do not share one',
  source: SOURCES.collocationEnterprise,
  structural: true,
  reads: { pools: POOL_NAME_FIELDS, servers: ['fqdn', 'poolId'] },
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

import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

const branchRoles = new Set(['sba', 'sbs', 'pstnGateway', 'mediation', 'frontEnd']);

/**
 * A branch site holds an SBA, an SBS or a PSTN gateway (with an optional Mediation Server). A Front End pool makes
 * it a central site (TOPO-CENTRAL-SITE-DEF says so); any other role belongs in a central site.
 */
export const topoBranchContents = defineDesignRule({
  id: 'TOPO-BRANCH-CONTENTS',
  title: 'A branch site holds only branch roles',
  source: SOURCES.sites,
  structural: true,
  reads: { pools: [...POOL_NAME_FIELDS, 'siteId'] },
  check({ design, index }) {
    return design.pools
      .filter((pool) => index.sites.get(pool.siteId)?.kind === 'branch' && !branchRoles.has(pool.role))
      .map((pool) => ({
        severity: 'warning' as const,
        subjects: [pool.id],
        message: `${describePool(pool)} is in branch site ${index.sites.get(pool.siteId)?.name}; a branch holds an SBA, an SBS or a PSTN gateway (with an optional Mediation Server). Move it to a central site.`,
      }));
  },
});

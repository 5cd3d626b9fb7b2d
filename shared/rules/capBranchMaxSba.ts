import { BRANCH } from '../catalog/branch';
import type { Pool } from '../model/pool';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';

/**
 * At most two SBAs at one branch site: the 2013 branch-resiliency page's figure, so only a branch's 2013 SBAs are
 * counted (no released 2010 page read gives one for 2010 SBAs).
 */
export const capBranchMaxSba = defineDesignRule({
  id: 'CAP-BRANCH-MAX-SBA',
  title: 'At most 2 SBAs per branch site',
  source: BRANCH.maxSbasPerBranch.source,
  structural: true,
  reads: { pools: ['role', 'version', 'siteId'] },
  check({ design, index }) {
    const limit = BRANCH.maxSbasPerBranch.value;
    // The 2013 SBAs by site, from the SBAs alone: most sites hold none, and a design of many branches need not look at
    // each site's pools.
    const bySite = new Map<string, Pool[]>();
    for (const pool of index.poolsByRole.get('sba') ?? [])
      if (pool.version !== 2010) {
        const list = bySite.get(pool.siteId);
        if (list) list.push(pool);
        else bySite.set(pool.siteId, [pool]);
      }
    if (![...bySite.values()].some((sbas) => sbas.length > limit)) return [];
    return design.sites.flatMap((site) => {
      const sbas = bySite.get(site.id) ?? [];
      if (sbas.length <= limit) return [];
      return [
        {
          severity: 'error' as const,
          subjects: [site.id, ...sbas.map((p) => p.id)],
          message: `Branch site ${site.name} has ${countOf(sbas.length, 'Survivable Branch Appliance')}; a branch has at most ${limit}.`,
          value: sbas.length,
          limit,
        },
      ];
    });
  },
});

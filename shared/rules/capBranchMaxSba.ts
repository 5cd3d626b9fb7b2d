import { BRANCH } from '../catalog/branch';
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
    return design.sites.flatMap((site) => {
      const sbas = (index.poolsBySite.get(site.id) ?? []).filter(
        (pool) => pool.role === 'sba' && pool.version !== 2010,
      );
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

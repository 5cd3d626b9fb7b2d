import { BRANCH } from '../catalog/branch';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';

/** At most two SBAs at one branch site. */
export const capBranchMaxSba = defineDesignRule({
  id: 'CAP-BRANCH-MAX-SBA',
  title: 'At most 2 SBAs per branch site',
  source: BRANCH.maxSbasPerBranch.source,
  structural: true,
  check({ design, index }) {
    const limit = BRANCH.maxSbasPerBranch.value;
    return design.sites.flatMap((site) => {
      const sbas = (index.poolsBySite.get(site.id) ?? []).filter((pool) => pool.role === 'sba');
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

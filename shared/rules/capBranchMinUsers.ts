import { BRANCH } from '../catalog/branch';
import { formatCount } from './describe';
import type { Rule } from './rule';

/** Under 25 users, a branch resiliency solution (SBA or SBS) may not pay for itself. */
export const capBranchMinUsers: Rule = {
  id: 'CAP-BRANCH-MIN-USERS',
  title: 'Branch resiliency below 25 users',
  source: BRANCH.minUsersForResiliency.source,
  check({ design, index, figures }) {
    const minimum = BRANCH.minUsersForResiliency.value;
    return design.sites.flatMap((site) => {
      const users = figures.sites.get(site.id)?.users ?? 0;
      const survivable = (index.poolsBySite.get(site.id) ?? []).some((pool) => pool.role === 'sba' || pool.role === 'sbs');
      if (site.kind !== 'branch' || !survivable || users === 0 || users >= minimum) return [];
      return [{ rule: this.id, severity: 'info' as const, subjects: [site.id], message: `Branch site ${site.name} has ${formatCount(users)} users; below ${minimum}, a Survivable Branch Appliance or Server may not be worth its cost.`, value: users, limit: minimum, source: this.source }];
    });
  },
};

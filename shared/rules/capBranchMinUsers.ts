import { BRANCH } from '../catalog/branch';
import { countOf } from '../wording/numbers';
import type { Rule } from './define/rule';
import { defineSiteRule } from './define/siteRule';

/**
 * Under 25 users, a branch resiliency solution (SBA or SBS) may not pay for itself: the 2013 branch-resiliency
 * page's figure, said of a branch with a 2013 SBA or SBS (a 2010 one is not judged by it).
 */
export const capBranchMinUsers: Rule = defineSiteRule({
  id: 'CAP-BRANCH-MIN-USERS',
  title: 'Branch resiliency below 25 users',
  source: BRANCH.minUsersForResiliency.source,
  evaluate(site, { users }, { index }) {
    const minimum = BRANCH.minUsersForResiliency.value;
    const survivable = (index.poolsBySite.get(site.id) ?? []).some(
      (pool) => (pool.role === 'sba' || pool.role === 'sbs') && pool.version !== 2010,
    );
    if (site.kind !== 'branch' || !survivable || users === 0 || users >= minimum) return [];
    return [
      {
        severity: 'info',
        message: `Branch site ${site.name} has ${countOf(users, 'user')}; below ${minimum}, a Survivable Branch Appliance or Server may not be worth its cost.`,
        value: users,
        limit: minimum,
      },
    ];
  },
});

import type { Figure } from '../../catalog/sources';
import type { PoolRole } from '../../model/pool';
import { describePool } from '../../wording/entityNames';
import { countOf, formatCount } from '../../wording/numbers';
import { definePoolRule } from './poolRule';
import type { Rule } from './rule';

/**
 * What a survivable branch device (an SBA or an SBS) is designed for: a range of users, with a warning on either
 * side. The two rules differ only in the role and the figures, so one definition serves both. The figures are the
 * Lync Server 2013 pages'; no released 2010 page read gives them, so a 2010 appliance or server is not judged.
 */
export function defineSurvivableUsersRule(
  id: string,
  role: PoolRole,
  name: string,
  minimum: Figure,
  maximum: Figure,
): Rule {
  return definePoolRule({
    id,
    title: `${name}: designed for ${formatCount(minimum.value)}-${formatCount(maximum.value)} users`,
    source: maximum.source,
    appliesTo: (pool) => pool.role === role && pool.version !== 2010,
    evaluate: (pool, { users }) => {
      if (users === 0) return [];
      if (users > maximum.value)
        return [
          {
            severity: 'warning',
            message: `${describePool(pool)} homes ${countOf(users, 'user')}; an ${name} is designed for at most ${formatCount(maximum.value)}.`,
            value: users,
            limit: maximum.value,
          },
        ];
      if (users < minimum.value)
        return [
          {
            severity: 'warning',
            message: `${describePool(pool)} homes ${countOf(users, 'user')}; an ${name} is designed for ${formatCount(minimum.value)} or more.`,
            value: users,
            limit: minimum.value,
          },
        ];
      return [];
    },
  });
}

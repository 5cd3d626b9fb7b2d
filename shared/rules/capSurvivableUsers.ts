import { BRANCH } from '../catalog/branch';
import type { Figure } from '../catalog/sources';
import type { PoolRole } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const designedFor = (id: string, role: PoolRole, name: string, minimum: Figure, maximum: Figure) =>
  definePoolRule({
    id,
    title: `${name}: designed for ${formatCount(minimum.value)}-${formatCount(maximum.value)} users`,
    source: maximum.source,
    appliesTo: (pool) => pool.role === role,
    evaluate: (pool, { users }) => {
      if (users === 0) return [];
      if (users > maximum.value)
        return [
          {
            severity: 'warning',
            message: `${describePool(pool)} homes ${formatCount(users)} users; an ${name} is designed for at most ${formatCount(maximum.value)}.`,
            value: users,
            limit: maximum.value,
          },
        ];
      if (users < minimum.value)
        return [
          {
            severity: 'warning',
            message: `${describePool(pool)} homes ${formatCount(users)} users; an ${name} is designed for ${formatCount(minimum.value)} or more.`,
            value: users,
            limit: minimum.value,
          },
        ];
      return [];
    },
  });

/** An SBA is designed for 25 to 1,000 users (branch resiliency page). */
export const capSbaUsers = designedFor('CAP-SBA-USERS', 'sba', 'SBA', BRANCH.sbaMinUsers, BRANCH.sbaMaxUsers);
/** An SBS is designed for 1,000 to 5,000 users (sites page; 2,000 on the branch-resiliency page, see BRANCH.sbsMaxUsers). */
export const capSbsUsers = designedFor('CAP-SBS-USERS', 'sbs', 'SBS', BRANCH.sbsMinUsers, BRANCH.sbsMaxUsers);

import { associated } from '../analysis/designIndex';
import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule, type PoolVerdict } from './define/poolRule';

/** A large-meeting pool homes no users and has a file share and Office Web Apps (setting-up-large-meetings page). */
export const topoLmDedicated = definePoolRule({
  id: 'TOPO-LM-DEDICATED',
  title: 'A large-meeting pool is dedicated',
  source: SOURCES.largeMeetings,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.largeMeetings === true,
  evaluate: (pool, { users }, { index }) => {
    const verdicts: PoolVerdict[] = [];
    if (users > 0)
      verdicts.push({
        severity: 'warning',
        message: `${describePool(pool)} is dedicated to large meetings but homes ${countOf(users, 'user')}; it must host no other users or workloads.`,
        value: users,
        limit: 0,
      });
    if (associated(index, pool.id, 'officeWebApps').length === 0)
      verdicts.push({
        severity: 'warning',
        message: `${describePool(pool)} hosts large meetings without Office Web Apps; PowerPoint presentations need it.`,
      });
    return verdicts;
  },
});

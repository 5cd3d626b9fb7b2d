import { MEETINGS } from '../catalog/meetings';
import { USER_MODEL } from '../catalog/userModel';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * What the user model expects of conferencing on a pool: 5% of its users at once, and 125 others beside one
 * 250-person meeting. Both are the 2013 user model's; a Lync Server 2010 pool is not judged by them.
 */
export const capConfConcurrency = definePoolRule({
  id: 'CAP-CONF-CONCURRENCY',
  title: 'Expected conferencing load of a pool',
  source: USER_MODEL.conferencePercent.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.version !== 2010,
  evaluate: (pool, { users }) => {
    if (users === 0) return [];
    const inConferences = Math.ceil((users * USER_MODEL.conferencePercent.value) / 100);
    return [
      {
        severity: 'info',
        message: `${describePool(pool)} can expect about ${countOf(inConferences, 'user')} in conferences at once (${USER_MODEL.conferencePercent.value}% of ${formatCount(users)}); during one ${MEETINGS.maxOnUserPool.value}-person meeting it still serves at least ${MEETINGS.minOtherConferenceUsers.value} others in smaller conferences.`,
        value: inConferences,
      },
    ];
  },
});

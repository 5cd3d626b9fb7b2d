import { MEETINGS } from '../catalog/meetings';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * Meetings of up to 250 on a pool that homes users; 251-1,000 only on a pool dedicated to large meetings; never
 * above 1,000. These are Lync Server 2013 pages' sizes; the 2010 pages read give none, so a 2010 pool is not judged.
 */
export const capConfMaxSize = definePoolRule({
  id: 'CAP-CONF-MAX-SIZE',
  title: "Meeting size within the pool's limit",
  source: MEETINGS.maxOnDedicatedPool.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.maxMeetingSize !== undefined && pool.version !== 2010,
  evaluate: (pool) => {
    if (pool.role !== 'frontEnd' || pool.maxMeetingSize === undefined) return [];
    const size = pool.maxMeetingSize;
    const limit = pool.largeMeetings ? MEETINGS.maxOnDedicatedPool.value : MEETINGS.maxOnUserPool.value;
    if (size <= limit) return [];
    return [
      {
        severity: 'error',
        message: pool.largeMeetings
          ? `${describePool(pool)} plans meetings of ${formatCount(size)}; a dedicated large-meeting pool holds at most ${formatCount(MEETINGS.maxOnDedicatedPool.value)} people.`
          : `${describePool(pool)} plans meetings of ${formatCount(size)}; a pool that homes users holds meetings of at most ${MEETINGS.maxOnUserPool.value}. Larger meetings, up to ${formatCount(MEETINGS.maxOnDedicatedPool.value)}, need a pool dedicated to large meetings.`,
        value: size,
        limit,
      },
    ];
  },
});

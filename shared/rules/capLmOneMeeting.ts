import { MEETINGS } from '../catalog/meetings';
import { describePool } from '../wording/entityNames';
import { definePoolRule } from './define/poolRule';

/** A large-meeting pool hosts one large meeting at a time; N at once need N pools. */
export const capLmOneMeeting = definePoolRule({
  id: 'CAP-LM-ONE-MEETING',
  title: 'One large meeting at a time per dedicated pool',
  source: MEETINGS.largeMeetingsAtOnce.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.largeMeetings === true,
  evaluate: (pool) =>
    pool.role === 'frontEnd' && (pool.concurrentLargeMeetings ?? 1) > MEETINGS.largeMeetingsAtOnce.value
      ? [
          {
            severity: 'warning',
            message: `${describePool(pool)} plans ${pool.concurrentLargeMeetings} large meetings at once; a dedicated pool hosts one at a time, so plan ${pool.concurrentLargeMeetings} pools.`,
            value: pool.concurrentLargeMeetings!,
            limit: MEETINGS.largeMeetingsAtOnce.value,
          },
        ]
      : [],
});

import { MEETINGS } from '../catalog/meetings';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/** A large-meeting pool hosts one large meeting at a time; N at once need N pools (a Lync Server 2013 pool type). */
export const capLmOneMeeting = definePoolRule({
  id: 'CAP-LM-ONE-MEETING',
  title: 'One large meeting at a time per dedicated pool',
  source: MEETINGS.largeMeetingsAtOnce.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.largeMeetings === true && pool.version !== 2010,
  evaluate: (pool) => {
    const meetings = pool.role === 'frontEnd' ? (pool.concurrentLargeMeetings ?? 1) : 1;
    return meetings > MEETINGS.largeMeetingsAtOnce.value
      ? [
          {
            severity: 'warning',
            message: `${describePool(pool)} plans ${countOf(meetings, 'large meeting')} at once; a dedicated pool hosts one at a time, so plan ${countOf(meetings, 'pool')}.`,
            value: meetings,
            limit: MEETINGS.largeMeetingsAtOnce.value,
          },
        ]
      : [];
  },
});

import { persistentChatSizing } from '../analysis/persistentChatSizing';
import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const perServer = PERSISTENT_CHAT.usersPerServer.value;

/**
 * 20,000 concurrent users per active server, 80,000 per pool. The planned concurrency is the pool's
 * `concurrentUsers`; absent, the user model's 25% of the users homed in the pool's site (analysis/
 * persistentChatSizing, which also gives the pool's `requiredServers`). A Lync Server 2010 Group Chat pool is not
 * judged: see LYNC_2010.groupChatSingleServerUsers for what its page gives and why it is not used.
 */
export const capPchatUsers = definePoolRule({
  id: 'CAP-PCHAT-USERS',
  title: 'Concurrent Persistent Chat users within 20,000 per active server',
  source: PERSISTENT_CHAT.usersPerServer.source,
  appliesTo: (pool) => pool.role === 'persistentChat' && pool.version !== 2010,
  evaluate: (pool, _figures, context) => {
    const sizing = persistentChatSizing(pool, context);
    if (!sizing || sizing.users === 0 || sizing.users <= sizing.capacity) return [];
    const { users, active, capacity } = sizing;
    return [
      {
        severity: 'warning',
        message: `${describePool(pool)} plans for ${countOf(users, 'concurrent user')}; its ${countOf(active, 'active server')} ${active === 1 ? 'carries' : 'carry'} ${formatCount(capacity)} at ${formatCount(perServer)} each.`,
        value: users,
        limit: capacity,
      },
    ];
  },
});

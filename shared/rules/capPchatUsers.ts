import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

const maxActive = PERSISTENT_CHAT.maxActiveServers.value;
const perServer = PERSISTENT_CHAT.usersPerServer.value;

/**
 * 20,000 concurrent users per active server, 80,000 per pool. The planned concurrency is the pool's
 * `concurrentUsers`; absent, the user model's 25% of the users homed in the pool's site.
 */
export const capPchatUsers = definePoolRule({
  id: 'CAP-PCHAT-USERS',
  title: 'Concurrent Persistent Chat users within 20,000 per active server',
  source: PERSISTENT_CHAT.usersPerServer.source,
  appliesTo: (pool) => pool.role === 'persistentChat',
  evaluate: (pool, _figures, { index, figures }) => {
    if (pool.role !== 'persistentChat') return [];
    const active = Math.min(
      maxActive,
      (index.serversByPool.get(pool.id) ?? []).filter((s) => s.standby !== true && s.running !== false).length,
    );
    const users =
      pool.concurrentUsers ??
      Math.ceil(((figures.sites.get(pool.siteId)?.users ?? 0) * PERSISTENT_CHAT.userPercent.value) / 100);
    const capacity = active * perServer;
    if (users === 0 || users <= capacity) return [];
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

import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { definePoolRule, type PoolVerdict } from './define/poolRule';

const maxActive = PERSISTENT_CHAT.maxActiveServers.value;
const maxTotal = PERSISTENT_CHAT.maxServers.value;

/**
 * At most 4 active Persistent Chat servers per pool, and 8 with the standby servers. A Lync Server 2010 Group Chat
 * pool (a persistentChat pool of version 2010) has no such figure on the 2010 pages read, and is not judged.
 */
export const capPchatActiveServers = definePoolRule({
  id: 'CAP-PCHAT-ACTIVE-SERVERS',
  title: 'At most 4 active (8 in all) Persistent Chat servers per pool',
  source: PERSISTENT_CHAT.maxActiveServers.source,
  appliesTo: (pool) => pool.role === 'persistentChat' && pool.version !== 2010,
  evaluate: (pool, { servers }, { index }) => {
    const active = (index.serversByPool.get(pool.id) ?? []).filter((server) => server.standby !== true).length;
    const verdicts: PoolVerdict[] = [];
    if (active > maxActive)
      verdicts.push({
        severity: 'error',
        message: `${describePool(pool)} has ${countOf(active, 'active server')}; a Persistent Chat pool has at most ${maxActive} active (mark the others as standby).`,
        value: active,
        limit: maxActive,
      });
    if (servers > maxTotal)
      verdicts.push({
        severity: 'error',
        message: `${describePool(pool)} has ${countOf(servers, 'server')}; a Persistent Chat pool has at most ${maxTotal}, active and standby together.`,
        value: servers,
        limit: maxTotal,
      });
    return verdicts;
  },
});

import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import type { Pool } from '../model/pool';
import type { DesignIndex } from './designIndex';
import type { SiteFigures } from './siteLoad';

/** A Lync Server 2013 Persistent Chat pool's planned users against its active servers. */
export interface PersistentChatSizing {
  /** The pool's planned `concurrentUsers`, or else the user model's 25% of the users homed in the pool's site. */
  users: number;
  /** Running active (not standby) servers, at most the 4 a pool may have active. */
  active: number;
  capacity: number;
  /**
   * Active servers the users need at 20,000 each. CAP-PCHAT-USERS speaks exactly when this exceeds `active`; above
   * 4 no pool carries them (CAP-PCHAT-ACTIVE-SERVERS), and the number says how far above.
   */
  requiredServers: number;
}

export function persistentChatSizing(
  pool: Pool,
  { index, figures }: { index: DesignIndex; figures: { sites: ReadonlyMap<string, SiteFigures> } },
): PersistentChatSizing | undefined {
  if (pool.role !== 'persistentChat' || pool.version === 2010) return undefined;
  const perServer = PERSISTENT_CHAT.usersPerServer.value;
  const active = Math.min(
    PERSISTENT_CHAT.maxActiveServers.value,
    (index.serversByPool.get(pool.id) ?? []).filter((s) => s.standby !== true && s.running !== false).length,
  );
  const users =
    pool.concurrentUsers ??
    Math.ceil(((figures.sites.get(pool.siteId)?.users ?? 0) * PERSISTENT_CHAT.userPercent.value) / 100);
  return { users, active, capacity: active * perServer, requiredServers: Math.ceil(users / perServer) };
}

import { type Figure, SOURCES } from './sources';

/** Persistent Chat capacity (capacity.md, [PC-CAP]). */
export const PERSISTENT_CHAT = {
  maxActiveServers: {
    value: 4,
    unit: 'active Persistent Chat servers per pool',
    source: SOURCES.persistentChatCapacity,
  },
  maxServers: {
    value: 8,
    unit: 'Persistent Chat servers per pool, active and standby',
    source: SOURCES.persistentChatCapacity,
  },
  usersPerServer: {
    value: 20_000,
    unit: 'concurrent users per active Persistent Chat server',
    source: SOURCES.persistentChatCapacity,
  },
  /** The user model's share of registered users who use Persistent Chat. */
  userPercent: { value: 25, unit: '% of registered users', source: SOURCES.userModels },
} as const satisfies Record<string, Figure>;

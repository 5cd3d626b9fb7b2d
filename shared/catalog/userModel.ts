import { type Figure, SOURCES } from './sources';

/** The user model's figures the rules use (capacity.md section 2; lync-server-2013-user-models.md). */
export const USER_MODEL = {
  /** 80,000 users x (1 + 50% multiple points of presence + 40% mobile) = 152,000 endpoints per pool. */
  maxEndpointsPerPool: { value: 152_000, unit: 'endpoints per Front End pool', source: SOURCES.capacityUserModels },
  endpointsPerUser: {
    value: 1.9,
    unit: 'endpoints per user (1 + 0.5 MPOP + 0.4 mobile)',
    source: SOURCES.capacityUserModels,
  },
  monitoringKbPerUserDay: {
    value: 77,
    unit: 'KB per user per day in the Monitoring store (CDR 49 + QoE 28)',
    source: SOURCES.capacityUserModels,
  },
  archivingKbPerUserDay: {
    value: 57,
    unit: 'KB per user per day in the Archiving store',
    source: SOURCES.capacityUserModels,
  },
  conferencePercent: { value: 5, unit: "% of a pool's users in conferences at once", source: SOURCES.userModels },
  remotePercent: { value: 30, unit: '% of users connecting through Edge and Director', source: SOURCES.userModels },
  pstnPercent: {
    value: 6,
    unit: '% of users in a PSTN call at the busy hour (50% EV x 60% PSTN x 4 calls x 3 min / 60)',
    source: SOURCES.userModels,
  },
  persistentChatPercent: { value: 25, unit: '% of registered users using Persistent Chat', source: SOURCES.userModels },
} as const satisfies Record<string, Figure>;

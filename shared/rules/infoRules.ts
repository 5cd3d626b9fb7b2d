import { associated } from '../analysis/designIndex';
import { MEETINGS } from '../catalog/meetings';
import { PERSISTENT_CHAT } from '../catalog/persistentChat';
import { SOURCES } from '../catalog/sources';
import { USER_MODEL } from '../catalog/userModel';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';
import { definePoolRule } from './define/poolRule';

/** Endpoints: 1.9 per user (multiple points of presence and mobile), 152,000 per pool. */
export const capFePoolEndpoints = definePoolRule({
  id: 'CAP-FE-POOL-ENDPOINTS',
  title: 'At most 152,000 endpoints per Front End pool',
  source: USER_MODEL.maxEndpointsPerPool.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users }) => {
    const endpoints = Math.ceil(users * USER_MODEL.endpointsPerUser.value);
    const limit = USER_MODEL.maxEndpointsPerPool.value;
    return endpoints <= limit
      ? []
      : [
          {
            severity: 'info',
            message: `${describePool(pool)} serves about ${formatCount(endpoints)} endpoints (1.9 per user); a pool is tested for ${formatCount(limit)}.`,
            value: endpoints,
            limit,
          },
        ];
  },
});

/** What the user model expects of conferencing on a pool: 5% of its users at once, and 125 others beside one 250-person meeting. */
export const capConfConcurrency = definePoolRule({
  id: 'CAP-CONF-CONCURRENCY',
  title: 'Expected conferencing load of a pool',
  source: USER_MODEL.conferencePercent.source,
  appliesTo: (pool) => pool.role === 'frontEnd',
  evaluate: (pool, { users }) => {
    if (users === 0) return [];
    const inConferences = Math.ceil((users * USER_MODEL.conferencePercent.value) / 100);
    return [
      {
        severity: 'info',
        message: `${describePool(pool)} can expect about ${formatCount(inConferences)} users in conferences at once (${USER_MODEL.conferencePercent.value}% of ${formatCount(users)}); during one ${MEETINGS.maxOnUserPool.value}-person meeting it still serves at least ${MEETINGS.minOtherConferenceUsers.value} others in smaller conferences.`,
        value: inConferences,
      },
    ];
  },
});

/** How fast a Monitoring or Archiving store grows: 77 and 57 KB per user per day. */
export const capMaStorage = definePoolRule({
  id: 'CAP-MA-STORAGE',
  title: 'Monitoring and Archiving storage growth',
  source: USER_MODEL.monitoringKbPerUserDay.source,
  appliesTo: (pool) => pool.role === 'backEnd',
  evaluate: (pool, _figures, { index, figures }) => {
    const usersOf = (kind: 'monitoring' | 'archiving') =>
      associated(index, pool.id, kind, 'to').reduce((sum, a) => sum + (figures.pools.get(a.from)?.users ?? 0), 0);
    const monitoring = usersOf('monitoring');
    const archiving = usersOf('archiving');
    if (monitoring === 0 && archiving === 0) return [];
    const gb = (users: number, kb: number) => Math.round((users * kb) / 10_485.76) / 100;
    const parts = [
      ...(monitoring ? [`Monitoring ${gb(monitoring, USER_MODEL.monitoringKbPerUserDay.value)} GB`] : []),
      ...(archiving ? [`Archiving ${gb(archiving, USER_MODEL.archivingKbPerUserDay.value)} GB`] : []),
    ];
    return [
      {
        severity: 'info',
        message: `${describePool(pool)} grows by about ${parts.join(' and ')} a day (user model: ${USER_MODEL.monitoringKbPerUserDay.value} KB per user for Monitoring, ${USER_MODEL.archivingKbPerUserDay.value} KB for Archiving).`,
      },
    ];
  },
});

/** A Persistent Chat pool defined with one server cannot grow later; define it as a multi-server pool. */
export const topoPchatSingleServerPoolFixed = definePoolRule({
  id: 'TOPO-PCHAT-SINGLE-SERVER-POOL-FIXED',
  title: 'A one-server Persistent Chat pool cannot grow',
  source: SOURCES.persistentChatTopologies,
  appliesTo: (pool) => pool.role === 'persistentChat',
  evaluate: (pool, { servers }) =>
    servers === 1
      ? [
          {
            severity: 'info',
            message: `${describePool(pool)} has one server. Define it in Topology Builder as a multi-server pool anyway: a single-server pool cannot have servers added later.`,
          },
        ]
      : [],
});

/** Users homed on an SBA cannot create Persistent Chat rooms. */
export const topoSbaUsersNoPchatRooms = defineDesignRule({
  id: 'TOPO-SBA-USERS-NO-PCHAT-ROOMS',
  title: 'SBA users and Persistent Chat rooms',
  source: SOURCES.branchResiliency,
  check({ design, index }) {
    if (!design.pools.some((pool) => pool.role === 'persistentChat')) return [];
    const sbaGroups = design.userGroups.filter((group) => index.pools.get(group.homePoolId)?.role === 'sba');
    if (sbaGroups.length === 0) return [];
    const users = sbaGroups.reduce((sum, group) => sum + group.count, 0);
    return [
      {
        severity: 'info',
        subjects: sbaGroups.map((g) => g.id),
        message: `${formatCount(users)} users are homed on Survivable Branch Appliances; they can join Persistent Chat rooms but cannot create rooms or view room cards (about ${formatCount(Math.ceil((users * PERSISTENT_CHAT.userPercent.value) / 100))} of them use chat, by the user model).`,
      },
    ];
  },
});

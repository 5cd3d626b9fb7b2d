import { type Figure, SOURCES } from './sources';

/**
 * Lync Server 2010 capacity, for the legacy pools of a migration plan (migration.md: "a legacy pool is never judged
 * by a Lync 2013 figure"). capacity.md section 0 quotes the summary table of the 2010 capacity-planning page; the
 * rest was read on the pages cited. What the 2010 pages read give no figure for (the most Front End servers in a
 * pool, meeting sizes, collocated Mediation calls, SBA and SBS users, Persistent Chat limits) has no entry: the
 * 2013 rules for those do not apply to a 2010 pool (see byVersion.ts).
 */
export const LYNC_2010 = {
  standardEditionMaxUsers: {
    value: 5_000,
    unit: 'users on one Lync Server 2010 Standard Edition server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  /**
   * "One Front End Server for every 10,000 users homed in the pool, plus an additional Front End Server to maintain
   * performance when one server is unavailable." The page's tested pool is "eight Front End Servers and one Back End
   * Server" for 80,000 users, which is 10,000 per server with no spare: the page does not call 8 a maximum.
   */
  frontEndUsersPerServer: {
    value: 10_000,
    unit: 'users per Lync Server 2010 Front End server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  frontEndSpareServers: {
    value: 1,
    unit: 'Front End server beyond 1 per 10,000 users, so the pool keeps its performance when one is unavailable',
    source: SOURCES.lync2010CapacityUserModels,
  },
  maxUsersPerPool: {
    value: 80_000,
    unit: 'users in one Lync Server 2010 Front End pool',
    source: SOURCES.lync2010CapacityUserModels,
  },
  /** "80,000 unique users, plus 50% multiple point of presence (MPOP) for a total of 120,000 endpoints." */
  maxEndpointsPerPool: {
    value: 120_000,
    unit: 'endpoints per Lync Server 2010 Front End pool',
    source: SOURCES.lync2010CapacityUserModels,
  },
  endpointsPerUser: {
    value: 1.5,
    unit: 'endpoints per user (1 + 50% multiple points of presence)',
    source: SOURCES.lync2010CapacityUserModels,
  },
  remoteUsersPerEdge: {
    value: 15_000,
    unit: 'remote users per Lync Server 2010 Edge Server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  remoteUsersPerDirector: {
    value: 15_000,
    unit: 'remote users per Lync Server 2010 Director',
    source: SOURCES.lync2010CapacityUserModels,
  },
  /** No lyncplan role is a stand-alone A/V Conferencing Server: recorded so the page's table is here whole. */
  avConferencingUsersPerServer: {
    value: 20_000,
    unit: 'users per Lync Server 2010 A/V Conferencing Server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  /** For the 2010 Monitoring and Archiving Server roles (migration.md), which no capacity rule reads yet. */
  monitoringServerUsers: {
    value: 250_000,
    unit: 'users per Lync Server 2010 Monitoring Server not collocated with Archiving Server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  archivingServerUsers: {
    value: 500_000,
    unit: 'users per Lync Server 2010 Archiving Server not collocated with Monitoring Server',
    source: SOURCES.lync2010CapacityUserModels,
  },
  collocatedMonitoringArchivingUsers: {
    value: 100_000,
    unit: 'users per Lync Server 2010 Monitoring or Archiving Server collocated with the other',
    source: SOURCES.lync2010CapacityUserModels,
  },
  /**
   * "The estimate of how many active calls a stand-alone Mediation Server can handle is approximately 1000 calls",
   * transcoding, on hardware above the 2010 minimum; the page makes no hyper-threading distinction. The capacity
   * page sends its Mediation row to a "Mediation Server" section that could not be read, so this page's estimate
   * is the 2010 figure (the 2013 M:N trunk page repeats the same 1,000 where the 2013 capacity page says 1,500).
   */
  mediationStandaloneCalls: {
    value: 1_000,
    unit: 'active calls per Lync Server 2010 stand-alone Mediation Server',
    source: SOURCES.lync2010MultipleGateways,
  },
  /**
   * "This topology can support as many as 20,000 users": the single-server Group Chat topology. The multiple-server
   * figure of the same page could not be read, and how many users the rule should count comes from the 2013 user
   * model (25% of users), so no rule judges a 2010 Group Chat pool by it.
   */
  groupChatSingleServerUsers: {
    value: 20_000,
    unit: 'users of a single-server Lync Server 2010 Group Chat topology',
    source: SOURCES.lync2010GroupChatCapacity,
  },
} as const satisfies Record<string, Figure>;

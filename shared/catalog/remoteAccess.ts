import { type Figure, SOURCES } from './sources';

/** Edge and Director sizing (capacity.md section 1, "Edge Server" and "Director"). */
export const REMOTE_ACCESS = {
  remoteUsersPerEdge: {
    value: 12_000,
    unit: 'concurrent remote users per Edge Server, per site',
    source: SOURCES.capacityUserModels,
    alternative: {
      value: 15_000,
      source: SOURCES.scaledEdge,
      reason:
        'The 2012 scaled-Edge page gives 15,000 Access Edge connections (with 1,000 web conferencing and 500 A/V sessions) as the point to add an Edge pool; ' +
        'those are Lync 2010 figures. The 2013 capacity-planning page sizes Edge at 12,000 remote users per server, which capacity.md section 6 item 3 treats as authoritative.',
    },
  },
  /**
   * The scaled-Edge page's points at which one Edge server is not enough (secondary to the 12,000 above). Access
   * Edge connections are taken as the concurrent remote users, web conferencing connections as the user model's
   * 5% of them in conferences. A/V sessions have no documented ratio to users, so that trigger is not estimated.
   */
  edgePoolAccessConnections: {
    value: 15_000,
    unit: 'Access Edge client connections on one Edge server',
    source: SOURCES.scaledEdge,
  },
  edgePoolWebConfConnections: {
    value: 1_000,
    unit: 'active web conferencing client connections on one Edge server',
    source: SOURCES.scaledEdge,
  },
  edgePoolAvSessions: {
    value: 500,
    unit: 'concurrent A/V Edge sessions on one Edge server (not estimated: no documented ratio)',
    source: SOURCES.scaledEdge,
  },
  remoteUsersPerDirector: {
    value: 12_000,
    unit: 'concurrent remote users per Director, per site',
    source: SOURCES.capacityUserModels,
  },
  minimumForHa: {
    value: 2,
    unit: 'Edge or Director servers per pool (recommended, not required)',
    source: SOURCES.capacityUserModels,
  },
  /** The user model's remote share: 30% connect through Edge and Director, 70% inside. */
  remotePercent: {
    value: 30,
    unit: '% of a group connected from outside at the busy hour',
    source: SOURCES.userModels,
  },
} as const satisfies Record<string, Figure>;

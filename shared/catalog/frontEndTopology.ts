import { type Figure, SOURCES } from './sources';

/** Front End pool topology (capacity.md, [FE-TOPO], [PAIR], [BE-HA]). */
export const FRONT_END_TOPOLOGY = {
  recommendedMinimumServers: {
    value: 3,
    unit: 'Front End servers in an Enterprise pool (each user kept on 3 servers)',
    source: SOURCES.frontEndTopologies,
  },
  pairedPoolMaxUsers: { value: 40_000, unit: 'users in each of two paired pools', source: SOURCES.capacityUserModels },
  /** "If both the principal and the mirror Back End Servers fail" (Back End HA page); "two Back End Servers" (HADR page). */
  mirroredBackEndServers: {
    value: 2,
    unit: 'SQL servers in a mirrored Back End: the principal and the mirror (a witness is a third, optional)',
    source: SOURCES.backEndHa,
  },
} as const satisfies Record<string, Figure>;

/**
 * Servers that must run, by pool size, from the Front End topologies page: `poolLevel` for the pool to keep
 * working (1-based size index; "any N", or "any N of the first M" for the larger pools), `firstStart` for the
 * pool to start at all after a full shutdown (the routing-group quorum, about 85%).
 */
export const FRONT_END_QUORUM: Readonly<Record<number, { poolLevel: number; ofFirst?: number; firstStart: number }>> = {
  2: { poolLevel: 1, firstStart: 1 },
  3: { poolLevel: 2, firstStart: 3 },
  4: { poolLevel: 2, firstStart: 3 },
  5: { poolLevel: 3, firstStart: 4 },
  6: { poolLevel: 3, firstStart: 5 },
  7: { poolLevel: 4, firstStart: 5 },
  8: { poolLevel: 4, ofFirst: 7, firstStart: 6 },
  9: { poolLevel: 4, ofFirst: 7, firstStart: 7 },
  10: { poolLevel: 5, ofFirst: 9, firstStart: 8 },
  11: { poolLevel: 5, ofFirst: 9, firstStart: 9 },
  12: { poolLevel: 5, ofFirst: 9, firstStart: 10 },
};
export const FRONT_END_QUORUM_SOURCE = SOURCES.frontEndTopologies;

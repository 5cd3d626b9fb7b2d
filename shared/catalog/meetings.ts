import { type Figure, SOURCES } from './sources';

/** Meeting sizes (capacity.md, [UM], [CAP-UM], [LM]). */
export const MEETINGS = {
  maxOnUserPool: {
    value: 250,
    unit: 'people in a meeting on a pool that homes users',
    source: SOURCES.capacityUserModels,
  },
  maxOnDedicatedPool: {
    value: 1_000,
    unit: 'people in a meeting on a pool dedicated to large meetings',
    source: SOURCES.largeMeetings,
  },
  minOtherConferenceUsers: {
    value: 125,
    unit: 'users in smaller conferences a pool still serves during one 250-person meeting',
    source: SOURCES.capacityUserModels,
  },
  largeMeetingsAtOnce: { value: 1, unit: 'large meeting at a time per dedicated pool', source: SOURCES.largeMeetings },
} as const satisfies Record<string, Figure>;

import { type Figure, SOURCES } from './sources';

/** Front End and Standard Edition capacity (capacity.md section 1, "Front End Server" and "Standard Edition Server"). */
export const FRONT_END = {
  maxServersPerPool: {
    value: 12,
    unit: 'servers',
    source: SOURCES.capacityUserModels,
  },
  maxUsersPerPool: {
    value: 80_000,
    unit: 'users',
    source: SOURCES.capacityUserModels,
  },
  usersPerServer: {
    value: 6_667,
    unit: 'users per Front End server',
    source: SOURCES.capacityUserModels,
    alternative: {
      value: 6_660,
      source: SOURCES.capacityUserModels,
      reason:
        'The page says 6,660 users per Front End, but its own maximum (80,000 users on 12 servers) and the reference ' +
        'topologies (20,000 users on 3 servers, 40,000 on 6) need 6,667; 6,667 = ceil(80,000 / 12) lets the documented ' +
        'designs pass, as capacity.md section 6 item 1 and examples.md recommend.',
    },
  },
  standardEditionRecommendedUsers: {
    value: 2_500,
    unit: 'users per Standard Edition server',
    source: SOURCES.capacityUserModels,
  },
  standardEditionMaxUsers: {
    value: 5_000,
    unit: 'users on one Standard Edition server (the survivor of a pair, in failover)',
    source: SOURCES.capacityUserModels,
  },
} as const satisfies Record<string, Figure>;

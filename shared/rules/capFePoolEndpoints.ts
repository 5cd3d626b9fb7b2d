import { USER_MODEL } from '../catalog/userModel';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
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
            message: `${describePool(pool)} serves about ${countOf(endpoints, 'endpoint')} (1.9 per user); a pool is tested for ${formatCount(limit)}.`,
            value: endpoints,
            limit,
          },
        ];
  },
});

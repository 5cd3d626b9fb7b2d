import { BY_VERSION, figureFor } from '../catalog/byVersion';
import { USER_MODEL } from '../catalog/userModel';
import { isEnterpriseFrontEnd } from '../model/poolPredicates';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount, formatDecimal } from '../wording/numbers';
import { productName } from '../wording/productNames';
import { definePoolRule } from './define/poolRule';

/**
 * Endpoints: 1.9 per user (multiple points of presence and mobile), 152,000 per pool. A Lync Server 2010 pool:
 * 1.5 per user (50% multiple points of presence), 120,000 per pool, from the 2010 capacity page.
 */
export const capFePoolEndpoints = definePoolRule({
  id: 'CAP-FE-POOL-ENDPOINTS',
  title: 'At most 152,000 endpoints per Front End pool',
  source: USER_MODEL.maxEndpointsPerPool.source,
  appliesTo: isEnterpriseFrontEnd,
  evaluate: (pool, { users }) => {
    const perUser = figureFor(pool, BY_VERSION.frontEndEndpointsPerUser)!.value;
    const { value: limit, source } = figureFor(pool, BY_VERSION.frontEndMaxEndpointsPerPool)!;
    const endpoints = Math.ceil(users * perUser);
    if (endpoints <= limit) return [];
    const product = pool.version === 2010 ? `${productName(2010)} ` : '';
    return [
      {
        severity: 'info',
        message: `${describePool(pool)} serves about ${countOf(endpoints, 'endpoint')} (${formatDecimal(perUser)} per user); a ${product}pool is tested for ${formatCount(limit)}.`,
        value: endpoints,
        limit,
        source,
      },
    ];
  },
});

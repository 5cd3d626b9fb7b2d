import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/**
 * SIP federation is enabled on one Edge pool only: the deployment's single federation route. In a state of a
 * migration plan two are expected during the cut-over: MIG-SINGLE-FEDERATION-EDGE says it there, as a warning, and
 * this rule is silent, so that the fact gives one finding.
 */
export const tbFederationSingleRoute = defineDesignRule({
  id: 'TB-FEDERATION-SINGLE-ROUTE',
  title: 'One Edge pool is the federation route',
  source: 'Lync/LyncServer/configure-federation-routes-and-media-traffic.md',
  structural: true,
  reads: { pools: [...POOL_NAME_FIELDS, 'federation'] },
  check({ design, inPlan }) {
    if (inPlan) return [];
    const federating = design.pools.filter((pool) => pool.role === 'edge' && pool.federation === true);
    if (federating.length <= 1) return [];
    return [
      {
        severity: 'error',
        subjects: federating.map((p) => p.id),
        message: `${countOf(federating.length, 'Edge pool')} have federation enabled (${federating.map(describePool).join(', ')}); only one may be the federation route.`,
        value: federating.length,
        limit: 1,
      },
    ];
  },
});

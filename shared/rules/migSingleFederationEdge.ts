import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { countOf } from '../wording/numbers';
import { defineDesignRule } from './define/designRule';
import { POOL_NAME_FIELDS } from './define/rule';

/**
 * TB-FEDERATION-SINGLE-ROUTE's fact in a state of a migration plan, where it is a warning: during the cut-over
 * Topology Builder warns "The topology contains more than one Federated Edge Server ... only one Edge Server would
 * be actively used for federation" and calls it expected (configure-federation-routes-and-media-traffic.md). Outside
 * a plan this rule is silent and TB-FEDERATION-SINGLE-ROUTE errs; inside one that rule is silent: one finding.
 */
export const migSingleFederationEdge = defineDesignRule({
  id: 'MIG-SINGLE-FEDERATION-EDGE',
  title: 'One federating Edge pool during the migration',
  source: SOURCES.federationCutover,
  structural: true,
  reads: { pools: [...POOL_NAME_FIELDS, 'federation'] },
  check({ design, inPlan }) {
    if (!inPlan) return [];
    const federating = design.pools.filter((pool) => pool.role === 'edge' && pool.federation === true);
    if (federating.length <= 1) return [];
    return [
      {
        severity: 'warning',
        subjects: federating.map((p) => p.id),
        message: `${countOf(federating.length, 'Edge pool')} have SIP federation enabled (${federating.map(describePool).join(', ')}); this is expected while the federation route moves to Lync 2013, but only one is the active federation route: point the external federation DNS SRV record at that one, and clear federation on the others once the cut-over is done.`,
        value: federating.length,
        limit: 1,
      },
    ];
  },
});

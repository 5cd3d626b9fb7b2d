import { SOURCES } from '../catalog/sources';
import { describePool } from '../wording/entityNames';
import { describeStep } from '../wording/planNames';
import { defineTransitionRule } from './define/migrationRule';
import { poolRemovals } from './define/stepActions';

/**
 * Before a legacy pool or Director is decommissioned, the internal `_sipinternaltls._tcp` SRV record of every SIP
 * domain is pointed at a 2013 pool (update-dns-srv-records.md). A pool still marked as the record's target
 * (`sipSrvTarget`) when a step removes it leaves clients without a way to find a registrar.
 */
export const migDnsSrvBeforeDecom = defineTransitionRule({
  id: 'MIG-DNS-SRV-BEFORE-DECOM',
  title: 'The internal SIP SRV record points at a 2013 pool before the legacy pool is removed',
  source: SOURCES.updateDnsSrv,
  checkStep(transition) {
    const when = describeStep(transition.step, transition.stepIndex);
    return poolRemovals(transition)
      .filter(({ pool }) => (pool.role === 'frontEnd' || pool.role === 'director') && pool.sipSrvTarget === true)
      .map(({ pool }) => ({
        severity: 'error' as const,
        subjects: [pool.id],
        message: `The internal _sipinternaltls._tcp SRV record still points at ${describePool(pool)}; point it at a 2013 pool (clear "SIP SRV target" here and tick it there) before ${when} removes ${pool.fqdn}.`,
      }));
  },
});

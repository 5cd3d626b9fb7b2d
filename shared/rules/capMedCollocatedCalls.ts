import { MEDIATION } from '../catalog/mediation';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * Mediation collocated on Front End servers carries 150 concurrent non-bypass calls per server; beyond, deploy a
 * stand-alone pool. The figure is the 2013 capacity page's; no 2010 page read gives one, so a 2010 pool is not judged.
 */
export const capMedCollocatedCalls = definePoolRule({
  id: 'CAP-MED-COLLOCATED-CALLS',
  title: 'Collocated Mediation calls within 150 per Front End',
  source: MEDIATION.collocatedCallsPerFrontEnd.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.mediationCollocated !== false && pool.version !== 2010,
  evaluate: (pool, { runningServers }, { pstnCalls }) => {
    const calls = pstnCalls.get(pool.id) ?? 0;
    const capacity = runningServers * MEDIATION.collocatedCallsPerFrontEnd.value;
    if (calls === 0 || calls <= capacity) return [];
    return [
      {
        severity: 'warning',
        message: `The Mediation collocated on ${describePool(pool)} carries ${countOf(calls, 'concurrent non-bypass call')}; ${countOf(runningServers, 'Front End server')} ${runningServers === 1 ? 'handles' : 'handle'} ${formatCount(capacity)} at ${MEDIATION.collocatedCallsPerFrontEnd.value} each. Deploy a stand-alone Mediation pool.`,
        value: calls,
        limit: capacity,
      },
    ];
  },
});

import { MEDIATION } from '../catalog/mediation';
import { describePool } from '../wording/entityNames';
import { formatCount } from '../wording/numbers';
import { definePoolRule } from './define/poolRule';

/**
 * A stand-alone Mediation Server carries 1,500 concurrent non-bypass calls with hyper-threading, 1,100 without.
 * The pool's `concurrentCalls` is the plan; absent, the calls of the groups it serves (analysis/pstnCalls).
 */
export const capMedStandaloneCalls = definePoolRule({
  id: 'CAP-MED-STANDALONE-CALLS',
  title: 'Stand-alone Mediation calls within 1,500 per server',
  source: MEDIATION.standaloneCallsHyperThreading.source,
  appliesTo: (pool) => pool.role === 'mediation',
  evaluate: (pool, _figures, { index, pstnCalls }) => {
    if (pool.role !== 'mediation') return [];
    const calls = pool.concurrentCalls ?? pstnCalls.get(pool.id) ?? 0;
    const servers = (index.serversByPool.get(pool.id) ?? []).filter((s) => s.running !== false);
    const capacity = servers.reduce(
      (sum, s) =>
        sum +
        (s.hardware?.hyperThreading === false
          ? MEDIATION.standaloneCallsNoHyperThreading.value
          : MEDIATION.standaloneCallsHyperThreading.value),
      0,
    );
    if (calls === 0 || calls <= capacity) return [];
    return [
      {
        severity: 'warning',
        message: `${describePool(pool)} carries ${formatCount(calls)} concurrent non-bypass calls; its ${servers.length} running server${servers.length === 1 ? '' : 's'} handle ${formatCount(capacity)} (${formatCount(MEDIATION.standaloneCallsHyperThreading.value)} each with hyper-threading, ${formatCount(MEDIATION.standaloneCallsNoHyperThreading.value)} without).`,
        value: calls,
        limit: capacity,
      },
    ];
  },
});

/** Mediation collocated on Front End servers carries 150 concurrent non-bypass calls per server; beyond, deploy a stand-alone pool. */
export const capMedCollocatedCalls = definePoolRule({
  id: 'CAP-MED-COLLOCATED-CALLS',
  title: 'Collocated Mediation calls within 150 per Front End',
  source: MEDIATION.collocatedCallsPerFrontEnd.source,
  appliesTo: (pool) => pool.role === 'frontEnd' && pool.mediationCollocated !== false,
  evaluate: (pool, { runningServers }, { pstnCalls }) => {
    const calls = pstnCalls.get(pool.id) ?? 0;
    const capacity = runningServers * MEDIATION.collocatedCallsPerFrontEnd.value;
    if (calls === 0 || calls <= capacity) return [];
    return [
      {
        severity: 'warning',
        message: `The Mediation collocated on ${describePool(pool)} carries ${formatCount(calls)} concurrent non-bypass calls; ${runningServers} Front End server${runningServers === 1 ? '' : 's'} handle ${formatCount(capacity)} at ${MEDIATION.collocatedCallsPerFrontEnd.value} each. Deploy a stand-alone Mediation pool.`,
        value: calls,
        limit: capacity,
      },
    ];
  },
});

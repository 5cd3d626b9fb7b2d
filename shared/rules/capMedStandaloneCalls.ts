import { MEDIATION } from '../catalog/mediation';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
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
        message: `${describePool(pool)} carries ${countOf(calls, 'concurrent non-bypass call')}; its ${countOf(servers.length, 'running server')} ${servers.length === 1 ? 'handles' : 'handle'} ${formatCount(capacity)} (${formatCount(MEDIATION.standaloneCallsHyperThreading.value)} each with hyper-threading, ${formatCount(MEDIATION.standaloneCallsNoHyperThreading.value)} without).`,
        value: calls,
        limit: capacity,
      },
    ];
  },
});

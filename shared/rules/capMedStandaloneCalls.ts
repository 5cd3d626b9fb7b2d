import { mediationSizing } from '../analysis/mediationSizing';
import { LYNC_2010 } from '../catalog/lync2010';
import { MEDIATION } from '../catalog/mediation';
import { describePool } from '../wording/entityNames';
import { countOf, formatCount } from '../wording/numbers';
import { productName } from '../wording/productNames';
import { definePoolRule } from './define/poolRule';

/**
 * A stand-alone Mediation Server carries 1,500 concurrent non-bypass calls with hyper-threading, 1,100 without;
 * a Lync Server 2010 one, about 1,000 (its multiple-gateway page). The pool's `concurrentCalls` is the plan;
 * absent, the calls of the groups it serves (analysis/pstnCalls). The sizing is analysis/mediationSizing's, which
 * also gives the pool's `requiredServers`.
 */
export const capMedStandaloneCalls = definePoolRule({
  id: 'CAP-MED-STANDALONE-CALLS',
  title: 'Stand-alone Mediation calls within 1,500 per server',
  source: MEDIATION.standaloneCallsHyperThreading.source,
  appliesTo: (pool) => pool.role === 'mediation',
  evaluate: (pool, _figures, context) => {
    const sizing = mediationSizing(pool, context);
    if (!sizing || sizing.calls === 0 || sizing.calls <= sizing.capacity) return [];
    const { calls, capacity, running } = sizing;
    const carries = `${countOf(running.length, 'running server')} ${running.length === 1 ? 'handles' : 'handle'} ${formatCount(capacity)}`;
    const legacy = LYNC_2010.mediationStandaloneCalls;
    return [
      {
        severity: 'warning',
        message:
          pool.version === 2010
            ? `${describePool(pool)} carries ${countOf(calls, 'concurrent non-bypass call')}; its ${carries} (about ${formatCount(legacy.value)} each on ${productName(2010)}).`
            : `${describePool(pool)} carries ${countOf(calls, 'concurrent non-bypass call')}; its ${carries} (${formatCount(MEDIATION.standaloneCallsHyperThreading.value)} each with hyper-threading, ${formatCount(MEDIATION.standaloneCallsNoHyperThreading.value)} without).`,
        value: calls,
        limit: capacity,
        ...(pool.version === 2010 ? { source: legacy.source } : {}),
      },
    ];
  },
});

import { LYNC_2010 } from '../catalog/lync2010';
import { MEDIATION } from '../catalog/mediation';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';
import type { DesignIndex } from './designIndex';

/** A stand-alone Mediation pool's load against what its running servers carry. */
export interface MediationSizing {
  /** The pool's planned `concurrentCalls`, or else the calls of the groups it serves (analysis/pstnCalls). */
  calls: number;
  running: Server[];
  /** What the running servers carry together. */
  capacity: number;
  /**
   * The servers the calls need: the pool's running servers, most capable first, then more at the figure of a new
   * server (hyper-threading on, the default). CAP-MED-STANDALONE-CALLS speaks exactly when this exceeds the running
   * servers (the calls exceed their capacity); the figures print it as `requiredServers`.
   */
  requiredServers: number;
}

/**
 * Calls one stand-alone Mediation Server carries: 1,500 with hyper-threading, 1,100 without (2013 capacity page);
 * 1,000 on Lync Server 2010, which makes no hyper-threading distinction (LYNC_2010.mediationStandaloneCalls).
 */
export function mediationServerCalls(pool: Pool, server?: Pick<Server, 'hardware'>): number {
  if (pool.version === 2010) return LYNC_2010.mediationStandaloneCalls.value;
  return server?.hardware?.hyperThreading === false
    ? MEDIATION.standaloneCallsNoHyperThreading.value
    : MEDIATION.standaloneCallsHyperThreading.value;
}

export function mediationSizing(
  pool: Pool,
  { index, pstnCalls }: { index: DesignIndex; pstnCalls: ReadonlyMap<string, number> },
): MediationSizing | undefined {
  if (pool.role !== 'mediation') return undefined;
  const calls = pool.concurrentCalls ?? pstnCalls.get(pool.id) ?? 0;
  const running = (index.serversByPool.get(pool.id) ?? []).filter((server) => server.running !== false);
  const each = running.map((server) => mediationServerCalls(pool, server)).sort((a, b) => b - a);
  let requiredServers = 0;
  let carried = 0;
  for (const serverCalls of each) {
    if (carried >= calls) break;
    carried += serverCalls;
    requiredServers += 1;
  }
  if (carried < calls) requiredServers += Math.ceil((calls - carried) / mediationServerCalls(pool));
  return { calls, running, capacity: each.reduce((sum, c) => sum + c, 0), requiredServers };
}

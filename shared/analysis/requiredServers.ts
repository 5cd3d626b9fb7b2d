import type { Pool } from '../model/pool';
import { mediationSizing } from './mediationSizing';
import { persistentChatSizing } from './persistentChatSizing';
import { type RemoteAccessInputs, remoteAccessServersFor } from './remoteAccessSizing';

/** What sizing every pool reads: the remote-access inputs and the calls each Mediation carries (analysis/pstnCalls). */
export interface SizingInputs extends RemoteAccessInputs {
  pstnCalls: ReadonlyMap<string, number>;
}

/**
 * The servers a pool's capacity rule asks for, where a rule sizes the pool, from the same function the rule
 * compares with: Enterprise Front End pools (poolLoad frontEndServersFor), Edge and Director pools
 * (remoteAccessServersFor), stand-alone Mediation pools (mediationSizing) and 2013 Persistent Chat pools
 * (persistentChatSizing). Undefined for the others: a Standard Edition server is one server, and the SBA and SBS
 * rules say how many users one is designed for, not how many to deploy.
 */
export function requiredServersOf(pool: Pool, inputs: SizingInputs): number | undefined {
  switch (pool.role) {
    case 'frontEnd':
      return inputs.figures.pools.get(pool.id)?.requiredServers;
    case 'edge':
    case 'director':
      return remoteAccessServersFor(pool, inputs);
    case 'mediation':
      return mediationSizing(pool, inputs)?.requiredServers;
    case 'persistentChat':
      return persistentChatSizing(pool, inputs)?.requiredServers;
    default:
      return undefined;
  }
}

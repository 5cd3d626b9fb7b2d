import type { Pool } from '../model/pool';
import { mediationSizing } from './mediationSizing';
import { persistentChatSizing } from './persistentChatSizing';
import type { PoolFigures } from './poolLoad';
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

/**
 * A pool's figures with `requiredServers` where a rule other than the Front End ones sizes it. poolFigures cannot
 * give it (Edge, Director, Mediation and Persistent Chat sizing read the site figures and the Mediation calls, which
 * are computed after it): the validator is to apply this once those are known, to every pool in a full validation
 * and to the pools an edit touched in an incremental one, so that `figures.pools` holds it as cli.md promises.
 */
export function sizedFigures(pool: Pool, figures: PoolFigures, inputs: SizingInputs): PoolFigures {
  if (pool.role === 'frontEnd') return figures;
  const requiredServers = requiredServersOf(pool, inputs);
  return requiredServers === undefined || requiredServers === figures.requiredServers
    ? figures
    : { ...figures, requiredServers };
}

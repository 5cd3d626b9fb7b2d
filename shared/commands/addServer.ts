import type { Design } from '../model/design';
import { isStandardEdition } from '../model/poolPredicates';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';
import { nextServerFqdn } from './nextFreeName';

export interface AddServerArgs {
  id: string;
  poolId: string | undefined;
  fqdn?: string;
}

/** A server joins a pool; a Standard Edition pool is a pool of exactly one server. */
export function addServer(design: Design, { id, poolId, fqdn }: AddServerArgs): Design {
  const pool = design.pools.find((candidate) => candidate.id === poolId);
  if (!pool) throw new CommandRefused('A server belongs to a pool: drop it onto a pool.');
  if (isStandardEdition(pool) && design.servers.some((server) => server.poolId === pool.id)) {
    throw new CommandRefused(
      `${pool.fqdn} is a Standard Edition server, a pool of exactly one server. Use an Enterprise Edition pool for more.`,
    );
  }
  const server = {
    id,
    poolId: pool.id,
    fqdn: withinFieldLimits('servers', { fqdn }).fqdn ?? nextServerFqdn(design, pool),
  };
  return { ...design, servers: [...design.servers, server] };
}

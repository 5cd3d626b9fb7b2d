import type { Association, AssociationKind } from '../model/association';
import type { Pool } from '../model/pool';
import type { Server } from '../model/server';

/** The SIP domain of the samples: Fabrikam, as the Lync documentation's second example company. */
export const DOMAIN = 'fabrikam.com';

/** A pool and its servers, as one piece of a sample: every id and FQDN derived from the pool's id. */
export interface PoolPiece {
  pool: Pool;
  servers: Server[];
}

/**
 * A pool with `count` servers: server ids are `<pool id>-01`, `-02`..., server FQDNs `<host>-01.fabrikam.com`
 * where `host` is the pool's own host name (so `pool2010-dal` has `pool2010-dal-01.fabrikam.com`), and no two
 * names of the sample can meet.
 */
export function poolPiece(pool: Pool, count: number): PoolPiece {
  const host = pool.fqdn.slice(0, pool.fqdn.indexOf('.'));
  const servers = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { id: `${pool.id}-${n}`, poolId: pool.id, fqdn: `${host}-${n}.${DOMAIN}` };
  });
  return { pool, servers };
}

/**
 * An association whose id says what it joins, `a-<kind>-<from>-<to>`, unless the plan later points it elsewhere
 * (then `id` names it by what it is for).
 */
export function association(
  kind: AssociationKind,
  from: string,
  to: string,
  id = `a-${kind}-${from}-${to}`,
): Association {
  return { id, kind, from, to };
}

/** The ids a step adds for these pieces: each pool, its servers, then the associations. */
export function idsOf(pieces: readonly PoolPiece[], associations: readonly Association[] = []): string[] {
  return [
    ...pieces.flatMap((piece) => [piece.pool.id, ...piece.servers.map((s) => s.id)]),
    ...associations.map((a) => a.id),
  ];
}

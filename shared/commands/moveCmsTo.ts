import type { Design } from '../model/design';
import { applyAction } from '../plan/applyAction';
import { entityLookup } from '../plan/entityLookup';
import { describePool } from '../wording/entityNames';
import { CommandRefused } from './commandError';

/**
 * "Move CMS here" in a pool's inspector: `moveCmsTo(design, { poolId })`. The Central Management store is on this
 * pool and on no other (`hostsCms` true here; false on every Front End pool that had it), exactly as a step's
 * `moveCms` does (`plan/applyAction`), so recorded in a step (`recordInStep`) it becomes that action. Only a Front End
 * pool or Standard Edition server holds the store; any other pool is refused. The same design when it is there already.
 */
export function moveCmsTo(design: Design, { poolId }: { poolId: string }): Design {
  const pool = design.pools.find((candidate) => candidate.id === poolId);
  if (!pool) throw new CommandRefused('That pool is no longer in the design.');
  if (pool.role !== 'frontEnd')
    throw new CommandRefused(
      `The Central Management store is on a Front End pool or Standard Edition server; ${describePool(pool)} cannot hold it.`,
    );
  const alone = pool.hostsCms === true && design.pools.every((p) => p === pool || p.role !== 'frontEnd' || !p.hostsCms);
  if (alone) return design;
  return applyAction(design, { op: 'moveCms', to: poolId }, entityLookup(design)) as Design;
}

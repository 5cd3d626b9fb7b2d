import type { Design } from '../model/design';
import { homingRoles } from '../model/pool';
import { describePool } from '../wording/entityNames';
import { CommandRefused } from './commandError';
import { updateEntity } from './updateEntity';

/**
 * A user group dropped onto a pool on the canvas: `homeUserGroups(design, { groupIds, poolId })` homes every group
 * named on that pool, as the inspector's "Homed on" does (updateEntity of `homePoolId`), so recorded in a step
 * (`recordInStep`) it is that step's `moveUsers`. Only a Front End pool, a Standard Edition server or a branch
 * appliance homes users; another pool is refused. The same design when they are all homed there already.
 */
export function homeUserGroups(design: Design, { groupIds, poolId }: { groupIds: readonly string[]; poolId: string }) {
  const pool = design.pools.find((candidate) => candidate.id === poolId);
  if (!pool) throw new CommandRefused('That pool is no longer in the design.');
  if (!homingRoles.includes(pool.role))
    throw new CommandRefused(
      `Users are homed on a Front End pool, a Standard Edition server or a branch appliance; ${describePool(pool)} cannot home them.`,
    );
  let next: Design = design;
  for (const id of groupIds) {
    const group = next.userGroups.find((candidate) => candidate.id === id);
    if (!group) throw new CommandRefused('That user group is no longer in the design.');
    if (group.homePoolId !== poolId)
      next = updateEntity(next, { collection: 'userGroups', id, patch: { homePoolId: poolId } });
  }
  return next;
}

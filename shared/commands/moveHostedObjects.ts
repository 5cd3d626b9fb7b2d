import type { Design } from '../model/design';
import { type HostedKind, hostedKinds } from '../model/hosts';
import { moveHosted } from '../plan/applyAction';
import { describePool } from '../wording/entityNames';
import { hostedNoun } from '../wording/planNames';
import { CommandRefused } from './commandError';

export interface MoveHostedObjectsArgs {
  fromPoolId: string;
  toPoolId: string;
  /** The kinds to move; every kind the pool hosts when absent. */
  what?: readonly HostedKind[];
}

/**
 * "Move hosted objects to…" in a pool's inspector: `moveHostedObjects(design, { fromPoolId, toPoolId, what? })`. The
 * counts of the kinds named move from one pool to the other, added to what the target hosts, exactly as a step's
 * `moveHosted` does (`plan/applyAction`), so recorded in a step (`recordInStep`) it becomes that action. The objects
 * (conference directories, dial-in numbers, response groups, Call Park orbits, common area phones, analog devices) are
 * homed on Front End pools (the migration guide moves each "to a 2013 pool"), so another target is refused, as are the
 * same pool and a source with none of them.
 */
export function moveHostedObjects(design: Design, { fromPoolId, toPoolId, what }: MoveHostedObjectsArgs): Design {
  const from = design.pools.find((pool) => pool.id === fromPoolId);
  const to = design.pools.find((pool) => pool.id === toPoolId);
  if (!from || !to) throw new CommandRefused('Both pools must be in the design.');
  if (from === to) throw new CommandRefused('Pick another pool to move the hosted objects to.');
  if (to.role !== 'frontEnd')
    throw new CommandRefused(
      `Hosted objects move to a Front End pool or Standard Edition server; ${describePool(to)} cannot home them.`,
    );
  const kinds = what ?? hostedKinds;
  const moving = kinds.filter((kind) => (from.hosts?.[kind] ?? 0) > 0);
  if (moving.length === 0) {
    const named = what ? what.map((kind) => hostedNoun(kind)).join(', ') : 'hosted objects';
    throw new CommandRefused(`${describePool(from)} hosts no ${named} to move.`);
  }
  return moveHosted(design, fromPoolId, toPoolId, kinds) as Design;
}

import type { AssociationKind } from '../model/association';
import type { Design } from '../model/design';
import { describePool } from '../wording/entityNames';
import { associationKindsFor } from './associationKinds';
import { CommandRefused } from './commandError';

export interface AddAssociationArgs {
  id: string;
  from: string;
  to: string;
  /** Defaults to the most common kind between the two roles. */
  kind?: AssociationKind;
}

/**
 * Connects two pools with a typed dependency. Drawn the wrong way round (a SQL store to its Front End pool),
 * the association is stored in the direction format.md defines.
 */
export function addAssociation(design: Design, args: AddAssociationArgs): Design {
  const from = design.pools.find((pool) => pool.id === args.from);
  const to = design.pools.find((pool) => pool.id === args.to);
  if (!from || !to) throw new CommandRefused('An association joins two pools.');
  if (from.id === to.id) throw new CommandRefused('A pool cannot depend on itself.');
  let source = from;
  let target = to;
  let kinds = associationKindsFor(from.role, to.role);
  if (kinds.length === 0) {
    kinds = associationKindsFor(to.role, from.role);
    [source, target] = [to, from];
  }
  const kind = args.kind ?? kinds[0];
  if (kind === undefined || !kinds.includes(kind)) {
    throw new CommandRefused(
      `Lync has no dependency between a ${describePool(from).replace(` ${from.fqdn}`, '')} and a ${describePool(to).replace(` ${to.fqdn}`, '')}.`,
    );
  }
  const duplicate = design.associations.some((a) => a.kind === kind && a.from === source.id && a.to === target.id);
  if (duplicate) throw new CommandRefused('These pools are already associated that way.');
  return { ...design, associations: [...design.associations, { id: args.id, kind, from: source.id, to: target.id }] };
}

import type { TopologyReads } from '../rules/define/rule';
import type { EntityChange, TopologyChanges } from './topologyChanges';

/**
 * Whether a change of the topology reaches what a rule reads (Rule.reads): an entity of a collection it reads added,
 * removed, moved in the list, or changed in a field it reads. Sites and settings never change on this path
 * (topologyChanges), and a structural rule reads no user group.
 */
export function readsTouched(reads: TopologyReads, changes: TopologyChanges): boolean {
  return (
    touches(reads.pools, changes.edited.pools, changes.reordered.has('pools')) ||
    touches(reads.servers, changes.edited.servers, changes.reordered.has('servers')) ||
    touches(reads.associations, changes.edited.associations, changes.reordered.has('associations')) ||
    touches(reads.links, changes.edited.links, false)
  );
}

function touches<T>(
  fields: readonly PropertyKey[] | undefined,
  edited: ReadonlyArray<EntityChange<T>>,
  reordered: boolean,
) {
  if (!fields || edited.length === 0) return fields !== undefined && reordered;
  if (reordered) return true;
  for (const [before, after] of edited) {
    if (!before || !after) return true;
    const a = before as Record<PropertyKey, unknown>;
    const b = after as Record<PropertyKey, unknown>;
    // By identity: a field an action sets to an equal new object (a `hosts` block) counts as changed, which is safe.
    for (const field of fields) if (a[field] !== b[field]) return true;
  }
  return false;
}

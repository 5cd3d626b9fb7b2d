import type { HostedKind } from '../../model/hosts';
import type { Transition } from './migrationRule';
import { type PoolRemoval, poolRemovals } from './stepActions';

/** One kind of non-user object a pool still homes when a step removes it. */
export interface HostedLeft {
  removal: PoolRemoval;
  kind: HostedKind;
  count: number;
}

/**
 * The objects of these kinds that pools still home when the step removes them: each must move to another pool
 * first (migrating-multiple-sites-and-pools.md: the pool is deactivated once it is empty of users and non-user
 * contact objects). One entry per pool and kind, so that each finding names one count.
 */
export function hostedLeftOnRemoval(transition: Transition, kinds: readonly HostedKind[]): HostedLeft[] {
  const left: HostedLeft[] = [];
  for (const removal of poolRemovals(transition)) {
    for (const kind of kinds) {
      const count = removal.pool.hosts?.[kind] ?? 0;
      if (count > 0) left.push({ removal, kind, count });
    }
  }
  return left;
}

import type { Association, AssociationKind } from '../../model/association';
import type { Design } from '../../model/design';
import type { Pool } from '../../model/pool';
import type { UserGroup } from '../../model/userGroup';

/** What the generator asks of the state a step is written against. */

export const poolIn = (state: Design, id: string): Pool | undefined => state.pools.find((pool) => pool.id === id);

export const associationsFrom = (state: Design, id: string, kind?: AssociationKind): Association[] =>
  state.associations.filter((a) => a.from === id && (kind === undefined || a.kind === kind));

export const associationsTo = (state: Design, id: string, kind?: AssociationKind): Association[] =>
  state.associations.filter((a) => a.to === id && (kind === undefined || a.kind === kind));

/** The pool an association of this kind from `id` points at, if there is one in the state. */
export function associatedPool(state: Design, id: string, kind: AssociationKind): Pool | undefined {
  for (const association of associationsFrom(state, id, kind)) {
    const pool = poolIn(state, association.to);
    if (pool) return pool;
  }
  return undefined;
}

export const groupsHomedOn = (state: Design, poolId: string): UserGroup[] =>
  state.userGroups.filter((group) => group.homePoolId === poolId);

/** The SBAs and SBSs whose backup registrar is this pool. */
export const branchAppliancesOf = (state: Design, poolId: string): Pool[] =>
  associationsTo(state, poolId, 'registrar')
    .map((a) => poolIn(state, a.from))
    .filter((pool): pool is Pool => pool !== undefined && (pool.role === 'sba' || pool.role === 'sbs'));

/** The users a Front End pool carries: its own and those of the branch appliances it is the registrar of. */
export function usersCarried(state: Design, poolId: string): number {
  const homes = new Set([poolId, ...branchAppliancesOf(state, poolId).map((pool) => pool.id)]);
  return state.userGroups.reduce((sum, group) => sum + (homes.has(group.homePoolId) ? group.count : 0), 0);
}

export const legacyFrontEnds = (state: Design): Pool[] =>
  state.pools.filter((pool) => pool.role === 'frontEnd' && pool.version === 2010);

/** Whether any pool of the state other than those in `leaving` has an association to `id`. */
export const stillUsed = (state: Design, id: string, leaving: ReadonlySet<string>): boolean =>
  state.associations.some((a) => a.to === id && !leaving.has(a.from));

import type { Association, AssociationKind } from '../../model/association';
import type { Design } from '../../model/design';
import type { Step } from '../../model/migration';
import type { Pool } from '../../model/pool';
import type { ProductVersion } from '../../model/primitives';

/** What the migration rules ask of the states of a plan, in one place so that every rule reads them alike. */

/** A pool's Lync Server version: 2013 unless the file says 2010 (migration.md). */
export const versionOf = (pool: Pool): ProductVersion => pool.version ?? 2013;

/** `step st3 ("Move the remaining users")`: how a message names a step, by its id and the name the plan gives it. */
export const describeStep = (step: Step): string => `step ${step.id} ("${step.name}")`;

/** The associations of this kind that the state after a step has and the state before did not (by `add` or `set`). */
export function associationsNew(before: Design, after: Design, kind: AssociationKind): Association[] {
  // States share what a step does not touch: the same list is the same associations.
  if (before.associations === after.associations) return [];
  const had = new Set(before.associations.filter((a) => a.kind === kind).map((a) => `${a.id}|${a.from}|${a.to}`));
  return after.associations.filter((a) => a.kind === kind && !had.has(`${a.id}|${a.from}|${a.to}`));
}

/**
 * What the rules ask of a state's pools, kept per pools list: the states of a plan share the list while a step leaves
 * the pools as they were, and the plan validator's states after an edit share the lists of the states before it, so
 * each is made once however many rules, transitions and edits ask. What these hand back is read, never changed.
 */
function byPools<T>(make: (pools: Design['pools']) => T): ((state: Design) => T) & {
  /** Hands over a value made elsewhere from the same list (a state's validation has its pools by id). */
  know(pools: Design['pools'], value: T): void;
} {
  const known = new WeakMap<Design['pools'], T>();
  const get = (state: Design): T => {
    let value = known.get(state.pools);
    if (value === undefined) {
      value = make(state.pools);
      known.set(state.pools, value);
    }
    return value;
  };
  return Object.assign(get, { know: (pools: Design['pools'], value: T) => void known.set(pools, value) });
}

/** The pools of this state by id (what a validation's `index.pools` is: `knownPoolsById` hands it over). */
export const poolsById = byPools<ReadonlyMap<string, Pool>>((pools) => new Map(pools.map((pool) => [pool.id, pool])));

/** The validation of a state has its pools by id: the plan's rules need not make them again. */
export const knownPoolsById = (pools: Design['pools'], byId: ReadonlyMap<string, Pool>): void =>
  poolsById.know(pools, byId);

/** The ids of the pools of this state, for "does it exist here" questions. */
export const poolIds = (state: Design): Pick<ReadonlySet<string>, 'has'> => poolsById(state);

/**
 * The pools whose users are still "Lync Server 2010 users" in this state, the one reading every migration rule uses
 * (MIG-XMPP-LEGACY-UNTIL-ALL-MOVED, MIG-ARCH-MON-REMOVE-AFTER-USERS, MIG-PCHAT-HOME-VERSION): a Lync 2010 Front End
 * pool or Standard Edition server, and a Lync 2010 SBA or SBS only while its backup registrar is a 2010 pool (or it
 * has none).
 *
 * Why the appliance counts by its registrar: connect-a-survivable-branch-appliance.md moves a 2010 SBA into the Lync
 * Server 2013 topology under the 2013 Front End pool, as its step of the migration, and ends with "Move the branch
 * users to the new Lync Server 2013 SBA": the guide counts those users as moved. The guide never retires the
 * appliance itself (phase 8 removes Front End pools, their stores, Archiving and Monitoring), so under the other
 * reading "all users have been removed from any remaining legacy pools" (remove-legacy-archiving-and-monitoring-
 * servers.md) and "move all users to the Lync Server 2013 pool" (migrating-xmpp-federation.md, step 3) could never
 * hold in an estate that keeps its 2010 appliances, which the guide does not say.
 */
export function legacyUserHomes(state: Design): ReadonlySet<string> {
  const byAssociations = inner(legacyHomes, state.pools, () => new WeakMap());
  const known = byAssociations.get(state.associations);
  if (known) return known;
  const byId = new Map(state.pools.map((pool) => [pool.id, pool]));
  const registrars = new Map<string, string[]>();
  for (const association of state.associations)
    if (association.kind === 'registrar')
      registrars.set(association.from, [...(registrars.get(association.from) ?? []), association.to]);
  const homes = new Set<string>();
  for (const pool of state.pools) {
    if (versionOf(pool) !== 2010) continue;
    if (pool.role !== 'sba' && pool.role !== 'sbs') {
      homes.add(pool.id);
      continue;
    }
    const backups = (registrars.get(pool.id) ?? []).map((id) => byId.get(id)).filter((p) => p !== undefined);
    if (backups.length === 0 || backups.some((backup) => versionOf(backup) === 2010)) homes.add(pool.id);
  }
  byAssociations.set(state.associations, homes);
  return homes;
}

/** How many users are homed on a pool of legacyUserHomes in this state. */
export function usersOnLegacyPools(state: Design): number {
  const byGroups = inner(
    inner(legacyUsers, state.pools, () => new WeakMap()),
    state.associations,
    () => new WeakMap(),
  );
  const known = byGroups.get(state.userGroups);
  if (known !== undefined) return known;
  const legacy = legacyUserHomes(state);
  const users = state.userGroups.reduce((sum, group) => sum + (legacy.has(group.homePoolId) ? group.count : 0), 0);
  byGroups.set(state.userGroups, users);
  return users;
}

/**
 * Several rules ask each state the same question; the answer is kept with the lists it is read from (the plan
 * validator's states after an edit are new objects that share the lists of the states before it).
 */
const legacyHomes = new WeakMap<Design['pools'], WeakMap<Design['associations'], ReadonlySet<string>>>();
const legacyUsers = new WeakMap<
  Design['pools'],
  WeakMap<Design['associations'], WeakMap<Design['userGroups'], number>>
>();

/** The inner map of `outer` for `key`, made when first asked for. */
function inner<K extends object, V>(outer: WeakMap<K, V>, key: K, make: () => V): V {
  let value = outer.get(key);
  if (value === undefined) {
    value = make();
    outer.set(key, value);
  }
  return value;
}

/** The plan has steps: the migration rules judge plans only (a design without one is judged as version 1 judges it). */
export const hasSteps = (design: Design): boolean => (design.migration?.steps.length ?? 0) > 0;

/** The pools of this role and version in a state. */
export function poolsOf(state: Design, role: Pool['role'], version: ProductVersion): readonly Pool[] {
  const ofRole = poolsByRole(state).get(role);
  if (!ofRole) return NO_POOLS;
  let split = byVersion.get(ofRole);
  if (!split) {
    split = new Map();
    for (const pool of ofRole) {
      const list = split.get(versionOf(pool));
      if (list) list.push(pool);
      else split.set(versionOf(pool), [pool]);
    }
    byVersion.set(ofRole, split);
  }
  return split.get(version) ?? NO_POOLS;
}

const NO_POOLS: readonly Pool[] = Object.freeze([]);

/** The pools of each role in a state, in its order (a validation's `index.poolsByRole`: `knownPoolsByRole`). */
const poolsByRole = byPools<ReadonlyMap<Pool['role'], readonly Pool[]>>((pools) => {
  const byRole = new Map<Pool['role'], Pool[]>();
  for (const pool of pools) {
    const list = byRole.get(pool.role);
    if (list) list.push(pool);
    else byRole.set(pool.role, [pool]);
  }
  return byRole;
});

/** The validation of a state has its pools by role: the plan's rules need not gather them again. */
export const knownPoolsByRole = (pools: Design['pools'], byRole: ReadonlyMap<Pool['role'], readonly Pool[]>): void =>
  poolsByRole.know(pools, byRole);

/**
 * A role's pools by version, kept per list of the role's pools: the index of a state after a step that changes no
 * pool of a role keeps that role's list (reindexDesign), so its split by version is made once for all those states.
 */
const byVersion = new WeakMap<readonly Pool[], Map<ProductVersion, Pool[]>>();

/**
 * The pilot pools of a step (deploy-lync-server-2013-pilot-pool.md, deploy-pilot-edge-server.md): the Lync 2013 pools
 * of this role the step adds while a Lync 2010 pool of the same role still runs in the state before it.
 */
export function pilotPoolsAdded(before: Design, after: Design, role: Pool['role']): Pool[] {
  if (before.pools === after.pools || poolsOf(before, role, 2010).length === 0) return [];
  const had = poolIds(before);
  return poolsOf(after, role, 2013).filter((pool) => !had.has(pool.id));
}

/**
 * The ids of a state's user groups, kept per list: the states of a plan (and the states inside a step of many moves)
 * share the list while no group is added or removed, so the rules that ask each move need not gather 10,000 ids each.
 */
export function groupIdsOf(groups: Design['userGroups']): ReadonlySet<string> {
  let ids = groupIds.get(groups);
  if (!ids) {
    // A move of users makes a new list of the same groups: the ids of the list asked for last, when they are these.
    const last = lastGroupIds?.groups.deref();
    ids = last && sameIds(last, groups) ? lastGroupIds!.ids : new Set(groups.map((group) => group.id));
    groupIds.set(groups, ids);
    lastGroupIds = { groups: new WeakRef(groups), ids };
  }
  return ids;
}

const groupIds = new WeakMap<Design['userGroups'], ReadonlySet<string>>();
let lastGroupIds: { groups: WeakRef<Design['userGroups']>; ids: ReadonlySet<string> } | undefined;

/** The same ids at the same places (a comparison of strings the lists share, far quicker than hashing them). */
function sameIds(a: Design['userGroups'], b: Design['userGroups']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

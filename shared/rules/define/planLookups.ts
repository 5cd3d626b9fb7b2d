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

/** The ids of the pools of this state, for "does it exist here" questions. */
export const poolIds = (state: Design): Set<string> => new Set(state.pools.map((pool) => pool.id));

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
  const known = legacyHomes.get(state);
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
  legacyHomes.set(state, homes);
  return homes;
}

/** How many users are homed on a pool of legacyUserHomes in this state. */
export function usersOnLegacyPools(state: Design): number {
  const known = legacyUsers.get(state);
  if (known !== undefined) return known;
  const legacy = legacyUserHomes(state);
  const users = state.userGroups.reduce((sum, group) => sum + (legacy.has(group.homePoolId) ? group.count : 0), 0);
  legacyUsers.set(state, users);
  return users;
}

/** Several rules ask each state the same question; a state never changes, so the answer is kept with it. */
const legacyUsers = new WeakMap<Design, number>();
const legacyHomes = new WeakMap<Design, ReadonlySet<string>>();

/** The plan has steps: the migration rules judge plans only (a design without one is judged as version 1 judges it). */
export const hasSteps = (design: Design): boolean => (design.migration?.steps.length ?? 0) > 0;

/** The pools of this role and version in a state. */
export const poolsOf = (state: Design, role: Pool['role'], version: ProductVersion): Pool[] =>
  state.pools.filter((pool) => pool.role === role && versionOf(pool) === version);

/**
 * The pilot pools of a step (deploy-lync-server-2013-pilot-pool.md, deploy-pilot-edge-server.md): the Lync 2013 pools
 * of this role the step adds while a Lync 2010 pool of the same role still runs in the state before it.
 */
export function pilotPoolsAdded(before: Design, after: Design, role: Pool['role']): Pool[] {
  if (before.pools === after.pools || poolsOf(before, role, 2010).length === 0) return [];
  const had = poolIds(before);
  return poolsOf(after, role, 2013).filter((pool) => !had.has(pool.id));
}

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
  const had = new Set(before.associations.filter((a) => a.kind === kind).map((a) => `${a.id}|${a.from}|${a.to}`));
  return after.associations.filter((a) => a.kind === kind && !had.has(`${a.id}|${a.from}|${a.to}`));
}

/** The ids of the pools of this state, for "does it exist here" questions. */
export const poolIds = (state: Design): Set<string> => new Set(state.pools.map((pool) => pool.id));

/** How many users are homed on a Lync 2010 pool (Front End, SBA or SBS) in this state. */
export function usersOnLegacyPools(state: Design): number {
  const legacy = new Set(state.pools.filter((pool) => versionOf(pool) === 2010).map((pool) => pool.id));
  return state.userGroups.reduce((sum, group) => sum + (legacy.has(group.homePoolId) ? group.count : 0), 0);
}

/** The plan has steps: the migration rules judge plans only (a design without one is judged as version 1 judges it). */
export const hasSteps = (design: Design): boolean => (design.migration?.steps.length ?? 0) > 0;

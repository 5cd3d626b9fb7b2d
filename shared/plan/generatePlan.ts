import { CommandRefused } from '../commands/commandError';
import { placeInFreeSpace } from '../commands/placeInFreeSpace';
import type { Design } from '../model/design';
import { fqdnField, userCountField } from '../model/fields';
import type { FrontEndPool } from '../model/pool';
import { decommissionEstate } from './generate/decommissionEstate';
import { type EstateProgress, migratePool } from './generate/migratePool';
import { PlanDraft } from './generate/planDraft';
import { counterpartName, NameBook } from './generate/targetNames';
import { planStates } from './planStates';

/** What "Plan the migration…" asks: which 2010 pools, the name of each one's 2013 pool, the pilot group's size. */
export interface GeneratePlanOptions {
  /** Lync 2010 Front End pools and Standard Edition servers, migrated in this order. */
  legacyPoolIds: readonly string[];
  /** Legacy pool id -> the FQDN of the 2013 pool that replaces it (defaults: `defaultTargetFqdns`). */
  targetFqdns: Readonly<Record<string, string>>;
  /** The test users moved first to each pilot pool (phase 4), split off the pool's largest user group. */
  pilotUsers: number;
}

/**
 * The pilot group the form proposes. Not a documented figure: the phase 4 page moves "a single user" or "multiple
 * users" and names no size, so this is a starting value the architect changes in the form (as the samples' 100).
 */
export const PROPOSED_PILOT_USERS = 100;

/**
 * The Lync 2010 Front End pools and Standard Edition servers a plan can migrate: those still deployed after the plan's
 * last step whose migration the plan does not already hold (no step names them as its legacy pool).
 */
export function legacyPoolsToPlan(design: Design): FrontEndPool[] {
  const states = planStates(design);
  const last = states.stateAt(states.steps.length - 1);
  const planned = new Set(states.steps.flatMap((step) => (step.legacyPoolId ? [step.legacyPoolId] : [])));
  return last.pools.filter(
    (pool): pool is FrontEndPool => pool.role === 'frontEnd' && pool.version === 2010 && !planned.has(pool.id),
  );
}

/** For each pool, its 2013 counterpart's name (`pool2010-dal` -> `pool2013-dal`), free of every name the file holds. */
export function defaultTargetFqdns(design: Design, legacyPoolIds: readonly string[]): Record<string, string> {
  const names = new NameBook(design);
  const byId = new Map(design.pools.map((pool) => [pool.id, pool]));
  return Object.fromEntries(
    legacyPoolIds.flatMap((id) => {
      const pool = byId.get(id);
      return pool ? [[id, names.claim(counterpartName(pool.fqdn))]] : [];
    }),
  );
}

export function defaultPlanOptions(design: Design): GeneratePlanOptions {
  const legacyPoolIds = legacyPoolsToPlan(design).map((pool) => pool.id);
  return { legacyPoolIds, targetFqdns: defaultTargetFqdns(design, legacyPoolIds), pilotUsers: PROPOSED_PILOT_USERS };
}

/**
 * A complete migration plan for the chosen Lync 2010 pools, following the migration guide's phases per pool
 * (`generate/migratePool.ts`), then the estate's 2010 Edge, Director, Archiving and Monitoring servers
 * (`generate/decommissionEstate.ts`). A design with a plan gets the new steps after its own, written against its last
 * state. The pool that holds the Central Management Server goes first. New pools, servers and user groups are written
 * once, as they are when a step adds them, and placed in their site where they overlap nothing. The proposal is
 * ordinary plan content: the architect edits it like any other.
 */
export function generatePlan(design: Design, options: GeneratePlanOptions): Design {
  const pools = checkedPools(design, options);
  const targets = checkedTargets(design, pools, options.targetFqdns);
  const pilotUsers = userCountField.safeParse(options.pilotUsers);
  if (!pilotUsers.success) throw new CommandRefused(`The pilot group size: ${pilotUsers.error.issues[0]!.message}.`);
  const draft = new PlanDraft(design);
  for (const fqdn of targets.values()) draft.names.reserve(fqdn);
  const progress: EstateProgress = { edgeReplacements: new Map() };
  const ordered = [...pools].sort((a, b) => Number(b.hostsCms === true) - Number(a.hostsCms === true));
  for (const pool of ordered) {
    const legacy = draft.state.pools.find((p) => p.id === pool.id) as FrontEndPool;
    migratePool(draft, legacy, { fqdn: targets.get(pool.id)!, pilotUsers: pilotUsers.data }, progress);
  }
  decommissionEstate(draft, new Set(progress.edgeReplacements.keys()), { legacyPoolId: ordered.at(-1)!.id });
  return placeInFreeSpace(nearTheirCounterparts(draft.result(), draft.nearBy), { ids: draft.placed });
}

function checkedPools(design: Design, options: GeneratePlanOptions): FrontEndPool[] {
  if (options.legacyPoolIds.length === 0) throw new CommandRefused('Choose at least one Lync 2010 pool to migrate.');
  const open = new Map(legacyPoolsToPlan(design).map((pool) => [pool.id, pool]));
  const planned = new Set(design.migration?.steps.flatMap((step) => step.legacyPoolId ?? []));
  const chosen: FrontEndPool[] = [];
  for (const id of new Set(options.legacyPoolIds)) {
    const pool = open.get(id);
    if (pool) {
      chosen.push(pool);
      continue;
    }
    const named = design.pools.find((p) => p.id === id);
    const what = named ? named.fqdn : `"${id}"`;
    if (planned.has(id))
      throw new CommandRefused(`The plan already migrates ${what}; edit its steps instead of planning it again.`);
    throw new CommandRefused(
      named?.role === 'frontEnd' && named.version === 2010
        ? `${what} is no longer deployed after the plan's last step, so there is nothing left to migrate.`
        : `${what} is not a Lync Server 2010 Front End pool or Standard Edition server.`,
    );
  }
  refuseGroupChatLeftHomeless(design, open, chosen);
  return chosen;
}

/**
 * A Lync 2010 Group Chat pool is homed on a 2010 pool and migrated last (coexistence-considerations.md, MIG-PCHAT-HOME-
 * VERSION), but the migration guide's phases do not say how: phases 7 and 8 (phase-7-complete-post-migration-tasks.md,
 * phase-8-decommission-legacy-pools.md) never name it, and migrating-group-chat-servers.md sends it to a separate
 * guide (deploy Persistent Chat Server, migrate the content). So a plan that would take the last 2010 pool away from it
 * is refused; one that keeps a 2010 pool leaves Group Chat homed there for the architect to migrate.
 */
function refuseGroupChatLeftHomeless(
  design: Design,
  open: ReadonlyMap<string, FrontEndPool>,
  chosen: readonly FrontEndPool[],
): void {
  const states = planStates(design);
  const last = states.stateAt(states.steps.length - 1);
  const groupChat = last.pools.filter((pool) => pool.role === 'persistentChat' && pool.version === 2010);
  if (groupChat.length === 0 || chosen.length < open.size) return;
  throw new CommandRefused(
    `${groupChat.map((pool) => pool.fqdn).join(', ')} ${groupChat.length === 1 ? 'is a Lync 2010 Group Chat pool' : 'are Lync 2010 Group Chat pools'}, homed on a Lync 2010 pool until it is migrated, last; the migration guide's phases do not say how (migrating-group-chat-servers.md points to the separate Persistent Chat migration). Leave at least one Lync 2010 pool out of this plan, and plan the Group Chat migration by hand.`,
  );
}

function checkedTargets(
  design: Design,
  pools: readonly FrontEndPool[],
  given: Readonly<Record<string, string>>,
): Map<string, string> {
  const defaults = defaultTargetFqdns(
    design,
    pools.map((pool) => pool.id),
  );
  const names = new NameBook(design);
  const targets = new Map<string, string>();
  const chosen = new Set<string>();
  for (const pool of pools) {
    const wanted = given[pool.id]?.trim() || defaults[pool.id]!;
    const parsed = fqdnField.safeParse(wanted);
    if (!parsed.success)
      throw new CommandRefused(`The 2013 pool for ${pool.fqdn}: ${parsed.error.issues[0]!.message}.`);
    const fqdn = parsed.data;
    // MIG-SIDE-BY-SIDE-ONLY and MIG-PILOT-FQDN-UNIQUE: never the name of a 2010 pool or any other server.
    if (names.has(fqdn))
      throw new CommandRefused(
        `${fqdn} is already the name of a pool or server of the design; the 2013 pool for ${pool.fqdn} needs a new name.`,
      );
    if (chosen.has(fqdn.toLowerCase()))
      throw new CommandRefused(`${fqdn} is chosen for two pools; each 2013 pool needs a name of its own.`);
    chosen.add(fqdn.toLowerCase());
    targets.set(pool.id, fqdn);
  }
  return targets;
}

/** Each new box starts where the box it replaces or comes from is drawn; placeInFreeSpace then moves it clear. */
function nearTheirCounterparts(design: Design, nearBy: ReadonlyMap<string, string>): Design {
  const nodes = design.layout?.nodes;
  if (!nodes) return design;
  const next = { ...nodes };
  for (const [id, near] of nearBy) {
    const place = Object.hasOwn(nodes, near) ? nodes[near] : undefined;
    if (place) next[id] = { x: place.x, y: place.y };
  }
  return { ...design, layout: { ...design.layout, nodes: next } };
}

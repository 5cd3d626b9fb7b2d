import type { Design, Entity, EntityCollection } from '../model/design';
import { type HostedKind, hostedKinds } from '../model/hosts';
import type { Step } from '../model/migration';
import type { Pool } from '../model/pool';
import { moveHosted } from './applyAction';
import type { ChangedEntity, EntityChanges } from './entityChanges';
import { sameValue } from './sameValue';
import { StepRecorder } from './stepRecorder';
import { valueWhenAbsent } from './valueWhenAbsent';

/** A field a step cannot give the value the edit gave it: the caller refuses the edit with this. */
export class UnrecordableChange extends Error {
  constructor(
    readonly entity: Entity,
    readonly field: string,
  ) {
    super(`${field} of ${entity.id}`);
  }
}

/** What recording one edit into one step produced; the caller writes it into the design. */
export interface RecordedStep {
  actions: Step['actions'];
  /** Fields of entities the step adds, as the file writes them (undefined: the field goes). */
  fileChanges: Map<string, Record<string, unknown>>;
  /** Entities that existed before the step and go at it. */
  removed: ReadonlySet<string>;
  /** Entities the step added and the edit deleted: they leave the file (and every action that names them). */
  outOfPlan: ReadonlySet<string>;
}

/**
 * The rules of "Editing records into the plan", for the changes an edit made to the state after one step
 * (`changes`, from the state after it to `edited`): new entities are added at the step (the caller writes them into the
 * file); deleted ones are removed at it (only the roots: a removed pool takes its servers and associations) or, when
 * the step added them, taken out of the plan; a group's new home is `moveUsers`; the CMS moving to one pool is
 * `moveCms`; hosted objects moving from one pool to another are `moveHosted`; any other field of an entity that
 * existed before is a `set` (none when the value is back to what it was before the step), and of an entity the step
 * adds, a change of the file's entity. Throws `UnrecordableChange` for a field cleared that the format cannot clear.
 */
export function recordChanges(step: Step, before: Design, edited: Design, changes: EntityChanges): RecordedStep {
  const recorder = new StepRecorder(step.actions);
  const addedHere = new Set(step.actions.flatMap((action) => (action.op === 'add' ? action.ids : [])));
  recorder.add(changes.added.map(({ entity }) => entity.id));

  const handled = new Set<string>();
  const handle = (id: string, field: string) => handled.add(`${id}\u0000${field}`);
  recordCmsMove(changes.changed, edited, recorder, handle);
  recordHostedMove(changes.changed, recorder, handle);

  const fileChanges = new Map<string, Record<string, unknown>>();
  const beforeOf = lookupIn(before);
  const gone = new Set(changes.deleted.map(({ entity }) => entity.id));
  for (const change of changes.changed) {
    const id = change.now.id;
    const now = change.now as Record<string, unknown>;
    for (const field of change.fields) {
      if (handled.has(`${id}\u0000${field}`)) continue;
      const value = now[field];
      const groupHome = change.collection === 'userGroups' && field === 'homePoolId';
      if (addedHere.has(id) && (groupHome || !recorder.otherOpTouches(id, field))) {
        if (groupHome) recorder.unmoveUser(id);
        recorder.stripField(id, field);
        fileChanges.set(id, { ...fileChanges.get(id), [field]: value });
        continue;
      }
      const base = (beforeOf(change.collection, id) as Record<string, unknown> | undefined)?.[field];
      if (groupHome) {
        recorder.moveUser(id, value as string, base as string, addedHere);
        continue;
      }
      if (value === undefined) {
        // A reference to what this step removes stays as it is, as the plan keeps a group on a removed pool.
        if (typeof base === 'string' && gone.has(base)) continue;
        if (base === undefined) {
          recorder.stripField(id, field);
          continue;
        }
        const absent = valueWhenAbsent(change.collection, field);
        if (absent === undefined) throw new UnrecordableChange(change.now, field);
        recorder.setField(id, field, absent, sameValue(absent, base));
        continue;
      }
      recorder.setField(id, field, value, !addedHere.has(id) && sameValue(value, base));
    }
  }

  const outOfPlan = new Set([...gone].filter((id) => addedHere.has(id)));
  const removedPools = new Set(
    changes.deleted.filter((d) => d.collection === 'pools' && !outOfPlan.has(d.entity.id)).map((d) => d.entity.id),
  );
  const roots = changes.deleted.flatMap(({ collection, entity }) => {
    if (outOfPlan.has(entity.id)) return [];
    // What `remove` of a pool takes with it (migration.md) is not listed.
    if (collection === 'servers' && removedPools.has((entity as { poolId: string }).poolId)) return [];
    if (collection === 'associations') {
      const { from, to } = entity as { from: string; to: string };
      if (removedPools.has(from) || removedPools.has(to)) return [];
    }
    return [entity.id];
  });
  recorder.remove(roots);
  const removed = new Set([...gone].filter((id) => !outOfPlan.has(id)));
  return { actions: recorder.result(), fileChanges, removed, outOfPlan };
}

/** The CMS moved to one pool (it alone holds it now, every pool that lost it had it): `moveCms`. */
function recordCmsMove(
  changed: readonly ChangedEntity[],
  edited: Design,
  recorder: StepRecorder,
  handle: (id: string, field: string) => void,
): void {
  const cms = changed.filter((c) => c.collection === 'pools' && c.fields.includes('hostsCms'));
  if (cms.length === 0) return;
  const holders = edited.pools.filter((pool) => pool.role === 'frontEnd' && pool.hostsCms === true);
  if (holders.length !== 1) return;
  const target = holders[0]!;
  const moved = cms.every((c) => {
    const [was, now] = [c.was as Pool, c.now as Pool];
    const hadIt = was.role === 'frontEnd' && was.hostsCms === true;
    return now.id === target.id ? !hadIt : hadIt && now.role === 'frontEnd' && now.hostsCms === false;
  });
  if (!moved || !cms.some((c) => c.now.id === target.id)) return;
  recorder.moveCms(target.id);
  for (const c of cms) handle(c.now.id, 'hostsCms');
}

/** Hosted objects moved from one pool to another (exactly what `moveHosted` does to the two): `moveHosted`. */
function recordHostedMove(
  changed: readonly ChangedEntity[],
  recorder: StepRecorder,
  handle: (id: string, field: string) => void,
): void {
  const pools = changed.filter((c) => c.collection === 'pools' && c.fields.includes('hosts'));
  if (pools.length !== 2) return;
  for (const [source, target] of [pools, [pools[1]!, pools[0]!]] as const) {
    const [was, now] = [source!.was as Pool, source!.now as Pool];
    const had = hostedKinds.filter((kind) => (was.hosts?.[kind] ?? 0) > 0);
    const kinds: HostedKind[] = had.filter((kind) => now.hosts?.[kind] === undefined);
    if (kinds.length === 0) continue;
    const moved = moveHosted({ ...emptyTopology, pools: [was, target!.was as Pool] }, was.id, target!.now.id, kinds);
    if (!sameValue(moved.pools[0]!.hosts, now.hosts) || !sameValue(moved.pools[1]!.hosts, (target!.now as Pool).hosts))
      continue;
    recorder.moveHosted(was.id, target!.now.id, kinds.length === had.length ? undefined : kinds);
    handle(was.id, 'hosts');
    handle(target!.now.id, 'hosts');
    return;
  }
}

const emptyTopology = { sites: [], pools: [], servers: [], userGroups: [], links: [], associations: [] };

/** An entity of a state by collection and id, with one index per collection built when first asked. */
function lookupIn(state: Design): (collection: EntityCollection, id: string) => Entity | undefined {
  const maps = new Map<EntityCollection, Map<string, Entity>>();
  return (collection, id) => {
    let map = maps.get(collection);
    if (!map) {
      map = new Map((state[collection] as readonly Entity[]).map((entity) => [entity.id, entity]));
      maps.set(collection, map);
    }
    return map.get(id);
  };
}

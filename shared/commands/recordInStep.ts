import type { Design, Entity, EntityCollection } from '../model/design';
import { entityCollections } from '../model/design';
import { START_STATE } from '../model/migration';
import { fixedFields } from '../model/planReferences';
import { entityChanges } from '../plan/entityChanges';
import { type PlanStates, planStates } from '../plan/planStates';
import { recordChanges, UnrecordableChange } from '../plan/recordChanges';
import type { DroppedAction } from '../plan/withoutPlanReferences';
import { subjectName } from '../wording/entityNames';
import { CommandRefused } from './commandError';
import { deleteEntitiesReporting } from './deleteEntities';

/** What recording an edit took out of the plan besides what the user deleted: for the notification the UI shows. */
export interface Recorded {
  design: Design;
  /** Actions of the plan that named an entity that left the file (a later move to a pool deleted at its own step). */
  droppedActions: readonly DroppedAction[];
  /** Entities that left the file with what the user deleted, though the edited state did not show them (added later). */
  droppedEntityIds: readonly string[];
}

export interface RecordOptions {
  /** The design's states when the caller has them already (the store keeps them): saves deriving them again. */
  states?: PlanStates;
}

/**
 * Runs a pure command on the state after step `stepId` and records what it changed into the plan, so that the state
 * after the step is what the command made of it (issue 13, "Editing records into the plan"):
 *
 *   recordInStep(design, selectedStepId, (state) => updateEntity(state, { collection: 'pools', id, patch }))
 *
 * The canvas and inspector call their usual commands (addPool, addServer, deleteEntities, updateEntity,
 * moveServerToPool, pasteFragment, moveNodes, moveCmsTo, moveHostedObjects…) through it while a step is selected;
 * the rules are those of `plan/recordChanges.ts`. Layout, meta, settings and waivers are not plan content: they go to
 * the file as the command left them (positions of what the step removes are kept: earlier states still show it).
 *
 * With `start` selected (or on a design without a plan) the command changes the starting estate, that is the file:
 * what it creates is in the file from the start, what it changes is changed in the file, and what it deletes leaves
 * the file with every action of the plan that names it (`deleteEntities`).
 *
 * An entity the step added and the command deleted leaves the file, and so does what the file records as depending on
 * it: usually what the command deleted with it, but also what is added later (a server a later step adds to the pool)
 * or, in a plan whose steps were reordered, an entity whose first record names it; those are `droppedEntityIds`.
 *
 * Refused (CommandRefused, design unchanged): an unknown step; an entity created with an id the file already uses
 * (ids come from `newId`, random); a field cleared at a step when the format cannot say "no value" for it
 * (`plan/valueWhenAbsent.ts` lists the fields it can); a change of what an item that exists before the step is (its
 * role or kind: a `set` cannot say it). The same design when the command changed nothing. A command's
 * own refusal passes through.
 */
export function recordInStep(
  design: Design,
  stepId: string,
  edit: (state: Design) => Design,
  options: RecordOptions = {},
): Design {
  return recordInStepReporting(design, stepId, edit, options).design;
}

export function recordInStepReporting(
  design: Design,
  stepId: string,
  edit: (state: Design) => Design,
  { states = planStates(design) }: RecordOptions = {},
): Recorded {
  const unchanged: Recorded = { design, droppedActions: [], droppedEntityIds: [] };
  if (!design.migration) {
    const edited = edit(design);
    return edited === design ? unchanged : { ...unchanged, design: edited };
  }
  const index = states.indexOf(stepId);
  if (index === undefined) throw new CommandRefused('That step is no longer in the plan.');
  const after = states.stateAt(index);
  const edited = edit(after);
  if (edited === after) return unchanged;
  const changes = entityChanges(after, edited);
  const stepIds = new Set(states.ids);
  for (const { entity } of changes.added)
    if (states.file.entity(entity.id) || stepIds.has(entity.id))
      throw new CommandRefused(
        `The id “${entity.id}” is already used in this plan; the new item needs an id of its own.`,
      );

  if (stepId === START_STATE || index < 0) {
    const replaced = new Map(changes.changed.map((change) => [change.now.id, change.now]));
    const file = withFileEntities(design, changes.added, replaced);
    const next = { ...file, ...outsideTopology(edited), migration: design.migration };
    if (changes.deleted.length === 0 && shallowSame(next, design)) return unchanged;
    return withoutEntities(
      next,
      changes.deleted.map(({ entity }) => entity.id),
    );
  }

  const step = states.steps[index]!;
  let recorded: ReturnType<typeof recordChanges>;
  try {
    recorded = recordChanges(step, states.stateAt(index - 1), edited, changes);
  } catch (error) {
    if (!(error instanceof UnrecordableChange)) throw error;
    throw new CommandRefused(
      `A step cannot clear the ${error.field} of an item that exists before it; give it a value instead, or select Start to change the starting estate.`,
    );
  }
  // What an entity is cannot change at a step (migration.md: a `set` of its id, role or kind is a format error).
  for (const action of recorded.actions) {
    if (action.op !== 'set' || step.actions.includes(action)) continue;
    const field = fixedFields.find((name) => Object.hasOwn(action.fields, name));
    if (field)
      throw new CommandRefused(
        `A step cannot change the ${field} of an item that exists before it; delete it and draw a new one at this step, or select Start to change the starting estate.`,
      );
  }
  const patched = new Map<string, Entity>();
  for (const [id, fields] of recorded.fileChanges) {
    const entity = { ...states.file.entity(id)!.entity, ...fields } as Record<string, unknown>;
    for (const key of Object.keys(fields)) if (entity[key] === undefined) delete entity[key];
    patched.set(id, entity as Entity);
  }
  const file = withFileEntities(design, changes.added, patched);
  const same =
    recorded.actions.length === step.actions.length && recorded.actions.every((a, i) => a === step.actions[i]);
  const steps = design.migration.steps.slice();
  if (!same) steps[index] = { ...step, actions: recorded.actions };
  const next: Design = {
    ...file,
    ...outsideTopology(edited),
    layout: keptLayout(design, edited, after, recorded.removed),
    waivers: keptWaivers(design, edited, after, recorded.removed),
    migration: same ? design.migration : { ...design.migration, steps },
  };
  if (next.layout === undefined) delete next.layout;
  if (next.waivers === undefined) delete next.waivers;
  if (recorded.outOfPlan.size === 0 && shallowSame(next, design)) return unchanged;
  const result = withoutEntities(next, [...recorded.outOfPlan]);
  refuseIfEarlierStatesLose(result, after, states.stateAt(index - 1), [...recorded.outOfPlan]);
  return result;
}

/**
 * An entity deleted at its own step leaves the file with what the file records as depending on it. When some of that
 * exists in the state before the step (a pool of the start estate in a site a later step adds: a half-made plan), the
 * earlier states would lose it, and every action naming it: refused, since recording may change only the states from
 * the step on.
 */
function refuseIfEarlierStatesLose(
  result: Recorded,
  after: Design,
  before: Design,
  deletedIds: readonly string[],
): void {
  if (result.droppedEntityIds.length === 0) return;
  const earlier = new Set(entityCollections.flatMap((collection) => before[collection].map((entity) => entity.id)));
  const lost = result.droppedEntityIds.filter((id) => earlier.has(id));
  if (lost.length === 0) return;
  const deleted = `“${subjectName(after, deletedIds[0])}”`;
  const first = `“${subjectName(before, lost[0])}”`;
  const more = lost.length > 1 ? ` and ${lost.length - 1} more` : '';
  throw new CommandRefused(
    `${deleted} cannot leave the plan at this step: ${first}${more}, which depend on it, exist before the step. Delete them with Start selected first, or remove it at a later step.`,
  );
}

/** Whether two designs hold the same objects under the same keys: an edit that changed nothing the file keeps. */
function shallowSame(a: Design, b: Design): boolean {
  const keys = Object.keys(a) as (keyof Design)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** The file with new entities appended (as the command appended them to the state) and some replaced. */
function withFileEntities(
  design: Design,
  added: ReadonlyArray<{ collection: EntityCollection; entity: Entity }>,
  replaced: ReadonlyMap<string, Entity>,
): Design {
  if (added.length === 0 && replaced.size === 0) return design;
  const next = { ...design } as Record<EntityCollection, readonly Entity[]>;
  for (const collection of entityCollections) {
    let list = design[collection] as readonly Entity[];
    if (replaced.size > 0 && list.some((entity) => replaced.has(entity.id)))
      list = list.map((entity) => replaced.get(entity.id) ?? entity);
    const appended = added.filter((a) => a.collection === collection).map((a) => a.entity);
    if (appended.length > 0) list = [...list, ...appended];
    next[collection] = list;
  }
  return next as unknown as Design;
}

/** What is not the topology nor the plan: the command's result is the file's. */
function outsideTopology(edited: Design): Partial<Design> {
  const { sites: _s, pools: _p, servers: _v, userGroups: _g, links: _l, associations: _a, ...rest } = edited;
  return rest;
}

/** The command's layout, with the places of what the step removes kept (the states before it still draw them). */
function keptLayout(design: Design, edited: Design, after: Design, removed: ReadonlySet<string>): Design['layout'] {
  if (edited.layout === after.layout) return design.layout;
  const old = design.layout?.nodes;
  const lost = old
    ? [...removed].filter((id) => Object.hasOwn(old, id) && !Object.hasOwn(edited.layout?.nodes ?? {}, id))
    : [];
  if (lost.length === 0) return edited.layout;
  const nodes = { ...edited.layout?.nodes };
  for (const id of lost) nodes[id] = old![id]!;
  return { ...edited.layout, nodes };
}

/** The command's waivers, with those it dropped because they name what the step removes (still there before it). */
function keptWaivers(design: Design, edited: Design, after: Design, removed: ReadonlySet<string>): Design['waivers'] {
  if (edited.waivers === after.waivers) return design.waivers;
  const now = new Map((edited.waivers ?? []).map((waiver) => [waiver.id, waiver]));
  const kept = (design.waivers ?? []).flatMap((waiver) => {
    const edit = now.get(waiver.id);
    if (edit) return [edit];
    return waiver.subjects.some((id) => removed.has(id)) ? [waiver] : [];
  });
  const known = new Set(kept.map((waiver) => waiver.id));
  const all = [...kept, ...(edited.waivers ?? []).filter((waiver) => !known.has(waiver.id))];
  return all.length > 0 ? all : undefined;
}

/** Entities out of the file, with what depends on them there and every action that names them. */
function withoutEntities(design: Design, ids: readonly string[]): Recorded {
  if (ids.length === 0) return { design, droppedActions: [], droppedEntityIds: [] };
  const result = deleteEntitiesReporting(design, { ids });
  const asked = new Set(ids);
  return {
    design: result.design,
    droppedActions: result.droppedActions,
    droppedEntityIds: [...result.deletedIds].filter((id) => !asked.has(id)),
  };
}

import { z } from 'zod';
import { associationSchema } from './association';
import { layoutSchema } from './layout';
import { linkSchema } from './link';
import { metaSchema } from './meta';
import { migrationSchema } from './migration';
import { checkPlanReferences, type ReferenceTable } from './planReferences';
import { poolSchema } from './pool';
import { serverSchema } from './server';
import { settingsSchema } from './settings';
import { siteSchema } from './site';
import { userGroupSchema } from './userGroup';
import { waiversSchema } from './waiver';

export const FORMAT_NAME = 'lyncplan';
export const CURRENT_FORMAT_VERSION = 2;

/** The collections of the topology, in file order; each element has an `id` unique in the whole file. */
export const entityCollections = ['sites', 'pools', 'servers', 'userGroups', 'links', 'associations'] as const;
export type EntityCollection = (typeof entityCollections)[number];

const designShape = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  meta: metaSchema,
  settings: settingsSchema.optional(),
  sites: z.array(siteSchema),
  pools: z.array(poolSchema),
  servers: z.array(serverSchema),
  userGroups: z.array(userGroupSchema),
  links: z.array(linkSchema),
  associations: z.array(associationSchema),
  /** Findings the architect accepted, each with a reason and an author (`model/waiver.ts`); absent when none. */
  waivers: waiversSchema.optional(),
  /** The migration plan (format version 2, migration.md); absent in a design that is one state. */
  migration: migrationSchema.optional(),
  layout: layoutSchema.optional(),
});

type DesignShape = z.infer<typeof designShape>;

type Reference = ReferenceTable[number];

/** Every field that names another entity, and which collection it must name. */
const references: readonly Reference[] = [
  { collection: 'sites', field: 'centralSiteId', target: 'sites' },
  { collection: 'pools', field: 'siteId', target: 'sites' },
  { collection: 'servers', field: 'poolId', target: 'pools' },
  { collection: 'userGroups', field: 'siteId', target: 'sites' },
  { collection: 'userGroups', field: 'homePoolId', target: 'pools' },
  { collection: 'links', field: 'siteA', target: 'sites' },
  { collection: 'links', field: 'siteB', target: 'sites' },
  { collection: 'associations', field: 'from', target: 'pools' },
  { collection: 'associations', field: 'to', target: 'pools' },
];

const singular: Record<'sites' | 'pools', string> = { sites: 'site', pools: 'pool' };

/**
 * Cross-entity checks that a per-field schema cannot express: unique ids, and references that name an
 * entity of the right kind. Rules about what is *sensible* (a branch's central site is central, a group is
 * homed on a registrar) are validator findings, not format errors, so such a file still opens.
 */
function checkReferences(design: DesignShape, ctx: z.RefinementCtx): void {
  // Plain loops and numbers: this runs over every entity of every file opened, so text is built only for problems.
  // One map of id to collection; where a duplicate was first seen is looked up only when there is one, in a map
  // of first indexes built once per collection that has one (a search per duplicate made 300k duplicates quadratic).
  const kindOf = new Map<string, number>();
  const firstIndexes: Array<Map<string, number> | undefined> = [];
  for (let c = 0; c < entityCollections.length; c++) {
    const collection = entityCollections[c]!;
    const entities = design[collection];
    for (let index = 0; index < entities.length; index++) {
      const id = entities[index]!.id;
      const seen = kindOf.get(id);
      if (seen !== undefined) {
        firstIndexes[seen] ??= firstIndexOfIds(design[entityCollections[seen]!]);
        const first = firstIndexes[seen].get(id);
        ctx.addIssue({
          code: 'custom',
          path: [collection, index, 'id'],
          message: `duplicate id "${id}" (already used by ${entityCollections[seen]}[${first}])`,
        });
        continue;
      }
      kindOf.set(id, c);
    }
  }
  for (const { collection, field, target } of references) {
    const entities = design[collection] as ReadonlyArray<Record<string, unknown>>;
    const wanted = entityCollections.indexOf(target);
    for (let index = 0; index < entities.length; index++) {
      const value = entities[index]![field];
      if (typeof value !== 'string') continue;
      const actual = kindOf.get(value);
      if (actual === wanted) continue;
      const message =
        actual === undefined
          ? `no ${singular[target]} has the id "${value}"`
          : `"${value}" is not a ${singular[target]} (it is one of the ${entityCollections[actual]})`;
      ctx.addIssue({ code: 'custom', path: [collection, index, field], message });
    }
  }
  for (let index = 0; index < design.links.length; index++) {
    const link = design.links[index]!;
    if (link.siteA === link.siteB)
      ctx.addIssue({ code: 'custom', path: ['links', index, 'siteB'], message: 'a link joins two different sites' });
  }
  const stepIds = checkPlanReferences(design, kindOf, references, ctx);
  checkWaivers(design, kindOf, stepIds, ctx);
  const nodes = design.layout?.nodes;
  if (nodes) {
    for (const id in nodes) {
      if (!kindOf.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['layout', 'nodes', id],
          message: `layout names "${id}", which is not in the design`,
        });
    }
  }
}

/** Each id's first index in a collection (later duplicates do not move it). */
function firstIndexOfIds(entities: ReadonlyArray<{ id: string }>): Map<string, number> {
  const first = new Map<string, number>();
  for (let index = 0; index < entities.length; index++) {
    const id = entities[index]!.id;
    if (!first.has(id)) first.set(id, index);
  }
  return first;
}

/**
 * A waiver's id is unique in the whole file, as an entity's is, and its subjects name entities: a waiver about
 * something that is not in the design is a dangling id, refused as every other one is (deleting an entity removes
 * the waivers that name it, so the app never writes one).
 */
function checkWaivers(
  design: DesignShape,
  kindOf: ReadonlyMap<string, number>,
  stepIds: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  const waivers = design.waivers;
  if (!waivers) return;
  const seen = new Map<string, number>();
  for (let index = 0; index < waivers.length; index++) {
    const waiver = waivers[index]!;
    const first = seen.get(waiver.id);
    const entity = kindOf.get(waiver.id);
    if (first !== undefined || entity !== undefined || stepIds.has(waiver.id))
      ctx.addIssue({
        code: 'custom',
        path: ['waivers', index, 'id'],
        message: `duplicate id "${waiver.id}" (already used by ${first !== undefined ? `waivers[${first}]` : entity !== undefined ? `one of the ${entityCollections[entity]}` : 'a migration step'})`,
      });
    else seen.set(waiver.id, index);
    for (let s = 0; s < waiver.subjects.length; s++) {
      const subject = waiver.subjects[s]!;
      // A transition finding names its step first (migration.md), so a waiver of one names a step id.
      if (!kindOf.has(subject) && !stepIds.has(subject))
        ctx.addIssue({
          code: 'custom',
          path: ['waivers', index, 'subjects', s],
          message: `the waiver names "${subject}", which is not in the design`,
        });
    }
  }
}

/** The whole `.lyncplan` document, format version 2 (format.md, migration.md). */
export const designSchema = designShape.superRefine(checkReferences);

export type Design = z.infer<typeof designSchema>;
export type Entity =
  | Design['sites'][number]
  | Design['pools'][number]
  | Design['servers'][number]
  | Design['userGroups'][number]
  | Design['links'][number]
  | Design['associations'][number];

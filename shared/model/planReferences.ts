import type { z } from 'zod';
import { associationSchema } from './association';
import { linkSchema } from './link';
import { type Migration, START_STATE } from './migration';
import { poolSchema } from './pool';
import { serverSchema } from './server';
import { siteSchema } from './site';
import { userGroupSchema } from './userGroup';

/** The collections of the topology, in file order (the same list as `design.ts`, which imports this file). */
const collections = ['sites', 'pools', 'servers', 'userGroups', 'links', 'associations'] as const;
type Collection = (typeof collections)[number];

const schemaOf: Record<Collection, z.ZodType> = {
  sites: siteSchema,
  pools: poolSchema,
  servers: serverSchema,
  userGroups: userGroupSchema,
  links: linkSchema,
  associations: associationSchema,
};

/** Fields a `set` cannot change (migration.md): what an entity is, not what it has. */
export const fixedFields = ['id', 'role', 'kind'] as const;

/** Which collection each reference field of each collection must name (the design's reference table). */
export type ReferenceTable = ReadonlyArray<{ collection: Collection; field: string; target: 'sites' | 'pools' }>;

type Entities = Record<Collection, ReadonlyArray<{ id: string }>>;

/**
 * The format errors of a plan (migration.md, "Format errors"): ids that name no entity (or one of the wrong kind),
 * an entity added by two steps, a step id taken by an entity or another step (or the reserved "start"), and a `set`
 * whose result breaks the entity's schema or changes its id, role or kind. Planning mistakes are findings.
 * `kindOf` maps every entity id to the index of its collection in `collections`.
 */
export function checkPlanReferences(
  design: Entities & { migration?: Migration | undefined },
  kindOf: ReadonlyMap<string, number>,
  references: ReferenceTable,
  ctx: z.RefinementCtx,
): ReadonlySet<string> {
  const stepIds = new Set<string>();
  const steps = design.migration?.steps;
  if (!steps) return stepIds;
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', path: ['migration', 'steps', ...path], message });
  const named = (value: string, wanted: Collection | undefined, path: PropertyKey[]): boolean => {
    const actual = kindOf.get(value);
    if (actual === undefined) {
      issue(path, `"${value}" names no entity`);
      return false;
    }
    if (wanted !== undefined && collections[actual] !== wanted) {
      issue(path, `"${value}" is not one of the ${wanted} (it is one of the ${collections[actual]})`);
      return false;
    }
    return true;
  };
  const addedBy = new Map<string, number>();
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.id === START_STATE)
      issue([s, 'id'], `"${START_STATE}" names the state before the plan; a step needs another id`);
    else if (kindOf.has(step.id))
      issue([s, 'id'], `duplicate id "${step.id}" (already used by one of the ${collections[kindOf.get(step.id)!]})`);
    else if (stepIds.has(step.id)) issue([s, 'id'], `duplicate id "${step.id}" (already used by another step)`);
    stepIds.add(step.id);
    if (step.legacyPoolId !== undefined) named(step.legacyPoolId, 'pools', [s, 'legacyPoolId']);
    for (let a = 0; a < step.actions.length; a++) {
      const action = step.actions[a]!;
      const at = (...rest: PropertyKey[]) => [s, 'actions', a, ...rest];
      switch (action.op) {
        case 'add':
          action.ids.forEach((id, i) => {
            if (!named(id, undefined, at('ids', i))) return;
            const first = addedBy.get(id);
            if (first !== undefined) issue(at('ids', i), `"${id}" is already added by migration.steps[${first}]`);
            else addedBy.set(id, s);
          });
          break;
        case 'remove':
          for (const [i, id] of action.ids.entries()) named(id, undefined, at('ids', i));
          break;
        case 'moveUsers':
          for (const [i, id] of action.groupIds.entries()) named(id, 'userGroups', at('groupIds', i));
          named(action.to, 'pools', at('to'));
          break;
        case 'moveHosted':
          named(action.from, 'pools', at('from'));
          named(action.to, 'pools', at('to'));
          break;
        case 'moveCms':
          named(action.to, 'pools', at('to'));
          break;
        case 'set':
          if (named(action.id, undefined, at('id'))) checkSet(design, kindOf, references, action, at, issue);
          break;
      }
    }
  }
  return stepIds;
}

/**
 * A `set` applies to the entity as the file writes it; its result must satisfy the entity's schema and name
 * entities of the right kind. (The value before the step may differ when earlier steps set it too; each `set` is a
 * whole field value, so checking each against the written entity checks every field value the plan can produce.)
 */
function checkSet(
  design: Entities,
  kindOf: ReadonlyMap<string, number>,
  references: ReferenceTable,
  action: { id: string; fields: Record<string, unknown> },
  at: (...rest: PropertyKey[]) => PropertyKey[],
  issue: (path: PropertyKey[], message: string) => void,
): void {
  const collection = collections[kindOf.get(action.id)!]!;
  const entity = design[collection].find((e) => e.id === action.id) as Record<string, unknown>;
  for (const field of fixedFields) {
    if (field in action.fields && action.fields[field] !== entity[field]) {
      issue(at('fields', field), `a step cannot change an entity's ${field}`);
      return;
    }
  }
  const result = schemaOf[collection].safeParse({ ...entity, ...action.fields });
  if (!result.success) {
    const first = result.error.issues[0]!;
    issue(at('fields', ...first.path), `the result is not a valid entity: ${first.message}`);
    return;
  }
  // The schema drops keys it does not know; a field the entity cannot have would vanish silently, so it is refused.
  const kept = result.data as Record<string, unknown>;
  for (const field of Object.keys(action.fields)) {
    if (!(field in kept) && action.fields[field] !== undefined) {
      issue(at('fields', field), `"${field}" is not a field of this entity`);
      return;
    }
  }
  for (const { collection: from, field, target } of references) {
    if (from !== collection || !(field in action.fields)) continue;
    const value = action.fields[field];
    if (typeof value === 'string' && collections[kindOf.get(value) ?? -1] !== target)
      issue(at('fields', field), `"${value}" is not one of the ${target}`);
  }
}

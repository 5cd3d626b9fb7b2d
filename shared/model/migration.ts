import { z } from 'zod';
import { hostedKinds } from './hosts';
import { idSchema, referenceSchema } from './primitives';

/**
 * The migration plan of format version 2 (migration.md, "The plan"): ordered steps, each of one phase of the
 * migration guide, each a list of actions applied in order to the state before it. The schema checks each field's
 * shape; which ids an action may name (an entity of the file, of the right kind, added by one step only) is checked
 * with the design's other references (`design.ts`), and what is a planning mistake is a finding, not a format error.
 */

const ids = z.array(referenceSchema).min(1, { message: 'an action names at least one id' });

const addAction = z.object({ op: z.literal('add'), ids });
const removeAction = z.object({ op: z.literal('remove'), ids });
const moveUsersAction = z.object({
  op: z.literal('moveUsers'),
  groupIds: z.array(referenceSchema).min(1, { message: 'moveUsers names at least one user group' }),
  to: referenceSchema,
});
const moveHostedAction = z.object({
  op: z.literal('moveHosted'),
  from: referenceSchema,
  to: referenceSchema,
  what: z
    .array(z.enum(hostedKinds, { message: `a hosted kind is one of: ${hostedKinds.join(', ')}` }))
    .min(1)
    .optional(),
});
const moveCmsAction = z.object({ op: z.literal('moveCms'), to: referenceSchema });
/** `fields` is checked against the entity's own schema once it is known which entity `id` names. */
const setAction = z.object({
  op: z.literal('set'),
  id: referenceSchema,
  fields: z.record(z.string(), z.unknown(), { message: 'fields is an object of the fields to change' }),
});

export const actionOps = ['add', 'remove', 'moveUsers', 'moveHosted', 'moveCms', 'set'] as const;
export type ActionOp = (typeof actionOps)[number];

export const actionSchema = z.discriminatedUnion(
  'op',
  [addAction, removeAction, moveUsersAction, moveHostedAction, moveCmsAction, setAction],
  { message: `op must be one of: ${actionOps.join(', ')}` },
);
export type Action = z.infer<typeof actionSchema>;
export type ActionOf<O extends ActionOp> = Extract<Action, { op: O }>;

/** The migration guide's eight phases, 1 (plan) to 8 (decommission the legacy pools). */
export const FIRST_PHASE = 1;
export const LAST_PHASE = 8;

export const stepSchema = z.object({
  id: idSchema,
  phase: z
    .number({ message: 'phase must be a number' })
    .int({ message: 'phase is a whole number from 1 to 8' })
    .min(FIRST_PHASE, { message: 'phase is a whole number from 1 to 8' })
    .max(LAST_PHASE, { message: 'phase is a whole number from 1 to 8' }),
  name: z.string().min(1, { message: 'a step needs a name' }).max(200),
  legacyPoolId: referenceSchema.optional(),
  notes: z.string().max(10_000).optional(),
  actions: z.array(actionSchema).max(10_000),
});
export type Step = z.infer<typeof stepSchema>;

export const migrationSchema = z.object({
  steps: z.array(stepSchema).max(1_000, { message: 'a plan holds at most 1,000 steps' }),
});
export type Migration = z.infer<typeof migrationSchema>;

/** The id of the state before the plan's first step (migration.md, "The states"). */
export const START_STATE = 'start';

import { z } from 'zod';
import { idSchema, referenceSchema } from './primitives';

/** How long a waiver's reason may be: a paragraph or two, the change board's decision and its reference. */
export const MAX_WAIVER_REASON = 2_000;
/** An author is a person's name or handle, as long as a design's author may be. */
export const MAX_WAIVER_AUTHOR = 200;

/** Text that says something: not empty and not only spaces. */
const someText = (what: string, max: number) =>
  z
    .string({ message: `a waiver needs ${what}` })
    .max(max, {
      message: `a waiver's ${what.replace(/^an? /, '')} has at most ${max.toLocaleString('en-US')} characters`,
    })
    .regex(/\S/, { message: `a waiver needs ${what}` });

/**
 * A documented risk the architect accepts: one finding of the validator (its rule, its subjects and, where the rule
 * compares a number, the value it found) waived with a reason and an author. The waiver matches only that finding:
 * when what the rule compares changes (9 servers become 10), the finding comes back and the waiver no longer matches.
 * `subjects` name entities of the design (a dangling one is a format error, as any dangling id is); their order
 * does not matter.
 */
export const waiverSchema = z.object({
  id: idSchema,
  rule: z
    .string({ message: 'expected the id of a validator rule' })
    .regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, {
      message: 'a rule id is upper-case words joined by "-", such as CAP-FE-MAX-SERVERS',
    })
    .max(80),
  subjects: z.array(referenceSchema).max(64, { message: 'a waiver names at most 64 subjects' }),
  value: z.number().finite().optional(),
  reason: someText('a reason', MAX_WAIVER_REASON),
  author: someText('an author', MAX_WAIVER_AUTHOR),
  waivedAt: z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date and time' }),
});

export type Waiver = z.infer<typeof waiverSchema>;

/** The optional top-level `waivers` of a design; a design without any has no `waivers` key at all. */
export const waiversSchema = z.array(waiverSchema).max(10_000, { message: 'a design holds at most 10,000 waivers' });

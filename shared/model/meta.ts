import { z } from 'zod';

/** `meta` of format.md: identity and authorship of a design; `id` is kept across saves. */
export const metaSchema = z.object({
  id: z.uuid({ message: 'meta.id must be a UUID' }),
  name: z.string().min(1, { message: 'a design needs a name' }).max(200),
  author: z.string().max(200).optional(),
  notes: z.string().max(100_000).optional(),
  createdAt: z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date and time' }),
  modifiedAt: z.iso.datetime({ offset: true, message: 'expected an ISO 8601 date and time' }),
});

export type Meta = z.infer<typeof metaSchema>;

import { z } from 'zod';
import { idSchema, referenceSchema } from './primitives';

export const siteKinds = ['central', 'branch'] as const;
export type SiteKind = (typeof siteKinds)[number];

/** A Lync site. A branch names the one central site it belongs to (lync-server-2013-sites.md). */
export const siteSchema = z.object({
  id: idSchema,
  name: z.string().min(1, { message: 'a site needs a name' }).max(200),
  kind: z.enum(siteKinds, { message: 'kind is "central" or "branch"' }),
  centralSiteId: referenceSchema.optional(),
});

export type Site = z.infer<typeof siteSchema>;

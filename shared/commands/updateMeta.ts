import type { Design } from '../model/design';
import { metaSchema } from '../model/meta';
import { CommandRefused } from './commandError';
import { withinFieldLimits } from './fieldLimits';

export interface UpdateMetaArgs {
  name?: string;
  author?: string;
  notes?: string;
}

const editableMeta = metaSchema.pick({ name: true, author: true, notes: true }).partial();

/** Renames a design or edits its author and notes; an empty author or notes is removed. */
export function updateMeta(design: Design, patch: UpdateMetaArgs): Design {
  const parsed = editableMeta.safeParse(withinFieldLimits('meta', patch));
  if (!parsed.success) throw new CommandRefused(parsed.error.issues[0]?.message ?? 'That value is not valid.');
  const meta = { ...design.meta, ...parsed.data };
  if (meta.author === '') delete meta.author;
  if (meta.notes === '') delete meta.notes;
  return { ...design, meta };
}

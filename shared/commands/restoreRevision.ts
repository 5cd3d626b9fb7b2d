import type { Design } from '../model/design';
import { CommandRefused } from './commandError';

export interface RestoreRevisionArgs {
  /** A saved revision of the same design, as the library holds it. */
  revision: Design;
}

/**
 * The open design takes a saved revision's content: its topology, settings, layout, name and notes, exactly as
 * saved, nothing of the later work merged in. One step, so undo brings back what was open before.
 */
export function restoreRevision(design: Design, { revision }: RestoreRevisionArgs): Design {
  if (revision.meta.id !== design.meta.id)
    throw new CommandRefused(`That revision is of another design, not of “${design.meta.name}”.`);
  return revision;
}

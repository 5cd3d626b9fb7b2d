import { checkLibraryFile } from './checkLibraryFile';
import { type LibraryOpenFailure, libraryOpenFailure } from './libraryOpenFailure';
import { libraryPlace } from './libraryPlace';
import { LibraryStore } from './libraryStore';
import { migrations } from './migrations';
import { type MovedLibrary, moveLibraryAside } from './moveLibraryAside';

/**
 * What opening the library at start came to: the store (with a notice for the user when the old library was
 * damaged and moved aside), or a refusal the host shows before it quits, having changed nothing.
 */
export type LibraryOpening =
  | { kind: 'opened'; store: LibraryStore; notice?: string }
  | { kind: 'refused'; message: string };

export interface OpenLibraryOptions {
  /** The store's clock, and the time in a moved-aside file's name. */
  clock?: () => Date;
}

/**
 * Opens the library at `file` for a host at start. A damaged library (not a database, torn, truncated) is renamed
 * aside with its -wal/-shm files, never deleted, and a new empty one takes its place; a library of a newer
 * lyncplan, or one lyncplan may not read or write, is refused untouched, with the path and the reason.
 */
export function openLibrary(file: string, { clock = () => new Date() }: OpenLibraryOptions = {}): LibraryOpening {
  const place = libraryPlace(file);
  if (place.problem) return refusedAs({ kind: 'unusable', reason: place.problem }, file);
  const found = place.exists ? checkLibraryFile(file) : undefined;
  if (found && found.kind !== 'damaged') return refusedAs(found, file);
  let failure = found;
  if (!failure) {
    try {
      return { kind: 'opened', store: new LibraryStore(file, clock) };
    } catch (error) {
      failure = libraryOpenFailure(error);
      if (failure.kind !== 'damaged') return refusedAs(failure, file);
    }
  }
  let moved: MovedLibrary;
  try {
    moved = moveLibraryAside(file, clock());
  } catch (error) {
    const reason = libraryOpenFailure(error);
    return {
      kind: 'refused',
      message: `The design library at ${file} is damaged (${failure.reason}), and lyncplan could not move it aside: ${reason.kind === 'unusable' ? reason.reason : String(error)}. Nothing was deleted; move the file yourself, then start lyncplan again.`,
    };
  }
  try {
    return { kind: 'opened', store: new LibraryStore(file, clock), notice: movedNotice(file, failure.reason, moved) };
  } catch (error) {
    const again = libraryOpenFailure(error);
    return {
      kind: 'refused',
      message: `The design library at ${file} was damaged (${failure.reason}) and has been moved to ${moved.path}, but a new library could not be made in its place: ${describe(again)}.`,
    };
  }
}

function movedNotice(file: string, reason: string, moved: MovedLibrary): string {
  const companions =
    moved.companions.length > 0 ? ` (with its ${moved.companions.map(suffixOf).join(' and ')} files)` : '';
  return (
    `The design library at ${file} was damaged (${reason}), so lyncplan moved it to ${moved.path}${companions} ` +
    'and started a new, empty library. Nothing was deleted: the designs and revisions in the old file may be ' +
    'recovered from it (for instance with sqlite3’s .recover command). Designs saved as .lyncplan files are untouched.'
  );
}

function suffixOf(path: string): string {
  return path.slice(path.lastIndexOf('-'));
}

function refusedAs(failure: LibraryOpenFailure, file: string): LibraryOpening {
  if (failure.kind === 'too-new')
    return {
      kind: 'refused',
      message: `The design library at ${file} was written by a newer lyncplan (schema ${failure.version}; this one reads up to ${migrations.length}). Update lyncplan to open it; the library has not been changed.`,
    };
  return {
    kind: 'refused',
    message: `lyncplan cannot open its design library at ${file}: ${describe(failure)}. Nothing was changed; start lyncplan again once that is fixed.`,
  };
}

function describe(failure: LibraryOpenFailure): string {
  return failure.kind === 'too-new' ? `it has a newer schema (${failure.version})` : failure.reason;
}

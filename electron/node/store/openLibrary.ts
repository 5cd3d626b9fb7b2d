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
  if (found) return replaceDamaged(file, found.reason, clock);
  try {
    return { kind: 'opened', store: new LibraryStore(file, clock) };
  } catch (error) {
    // The check passed but SQLite still found damage (in the -wal, or in what the migration read).
    const failure = libraryOpenFailure(error);
    return failure.kind === 'damaged' ? replaceDamaged(file, failure.reason, clock) : refusedAs(failure, file);
  }
}

/** Moves the damaged library aside and opens a new one in its place, saying where the old one went. */
function replaceDamaged(file: string, damage: string, clock: () => Date): LibraryOpening {
  let moved: MovedLibrary;
  try {
    moved = moveLibraryAside(file, clock());
  } catch (error) {
    const reason = libraryOpenFailure(error);
    return {
      kind: 'refused',
      message: `The design library at ${file} is damaged (${damage}), and lyncplan could not move it aside: ${reason.kind === 'unusable' ? reason.reason : String(error)}. Nothing was deleted; move the file yourself, then start lyncplan again.`,
    };
  }
  try {
    return { kind: 'opened', store: new LibraryStore(file, clock), notice: movedNotice(file, damage, moved) };
  } catch (error) {
    const again = libraryOpenFailure(error);
    return {
      kind: 'refused',
      message: `The design library at ${file} was damaged (${damage}) and has been moved to ${moved.path}, but a new library could not be made in its place: ${reasonOf(again)}.`,
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
    message: `lyncplan cannot open its design library at ${file}: ${reasonOf(failure)}. Nothing was changed; start lyncplan again once that is fixed.`,
  };
}

function reasonOf(failure: LibraryOpenFailure): string {
  return failure.kind === 'too-new' ? `it has a newer schema (${failure.version})` : failure.reason;
}

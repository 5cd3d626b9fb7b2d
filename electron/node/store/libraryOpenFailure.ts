import { LibraryTooNew } from './migrations';

/**
 * Why a library could not be opened at start, sorted by what lyncplan may do about it: `damaged` (SQLite says the
 * file is not a database or is malformed: it may be moved aside), `too-new` (a newer lyncplan's schema: touch
 * nothing) and `unusable` (permissions, a read-only disk, a folder in its place, a disk error: touch nothing, the
 * data is probably fine).
 */
export type LibraryOpenFailure =
  | { kind: 'damaged'; reason: string }
  | { kind: 'too-new'; version: number }
  | { kind: 'unusable'; reason: string };

/** The failure an error thrown while opening, checking or migrating a library stands for. */
export function libraryOpenFailure(error: unknown): LibraryOpenFailure {
  if (error instanceof LibraryTooNew) return { kind: 'too-new', version: error.version };
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return { kind: 'damaged', reason: `${code}: ${message}` };
  return { kind: 'unusable', reason: unusableReason(code, message) };
}

/** What a person can do about an error of the file system or SQLite that is not damage, in words. */
export function unusableReason(code: string, message: string): string {
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH')
    return 'permission denied: give your user read and write access to the file and its folder';
  if (code === 'EROFS') return 'the disk is read-only: keep the library on a writable disk';
  if (code === 'EISDIR') return 'it is a folder, not a library file: move or rename the folder';
  if (code === 'ENOTDIR') return 'a file stands where one of its folders should be';
  if (code.startsWith('SQLITE_READONLY'))
    return `the file or its folder is read-only (${code}): make both writable for your user`;
  if (code.startsWith('SQLITE_CANTOPEN'))
    return `SQLite could not open it (${code}): its folder is missing, locked or not writable`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'another program holds it: close that program and start lyncplan again';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full: free some space';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return `the disk reported an error (${code}): check the disk`;
  return code ? `${message} (${code})` : message;
}

/**
 * The sentence a user reads when SQLite refuses a library read or write, by the error's code (better-sqlite3's
 * SqliteError carries SQLite's extended code, such as SQLITE_IOERR_WRITE), or undefined for an error that is not
 * SQLite's. Saves to the library run in one transaction, so every refusal leaves what was committed before.
 * https://www.sqlite.org/rescode.html lists the codes.
 */
export function describeLibraryError(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  const kept = 'what was saved before is kept';
  if (code === 'SQLITE_FULL') return `Could not write to the library: the disk is full. Free some space; ${kept}.`;
  if (code === 'SQLITE_READONLY_DBMOVED')
    return 'Could not write to the library: its file was moved or deleted while lyncplan was running. Restart lyncplan.';
  if (code.startsWith('SQLITE_READONLY'))
    return `Could not write to the library: its file or folder is read-only. Make it writable; ${kept}.`;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return 'The library is busy: another program holds it. Try again in a moment.';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return `The library file is damaged (${code}): lyncplan cannot read it. Your .lyncplan files are not affected.`;
  if (code.startsWith('SQLITE_IOERR'))
    return `Could not read or write the library: the disk reported an error (${code}). Check the disk; ${kept}.`;
  if (code.startsWith('SQLITE_CANTOPEN')) return 'Could not open the library file: its folder is missing or locked.';
  if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return 'Could not use the library: permission denied.';
  return undefined;
}

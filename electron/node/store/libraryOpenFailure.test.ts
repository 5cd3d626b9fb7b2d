import { describe, expect, it } from 'vitest';
import { libraryOpenFailure } from './libraryOpenFailure';
import { LibraryTooNew } from './migrations';

const coded = (code: string, message = 'SQLite said so') => Object.assign(new Error(message), { code });

describe('libraryOpenFailure: only damage may be moved aside', () => {
  it.each([
    ['SQLITE_NOTADB', 'file is not a database'],
    ['SQLITE_CORRUPT', 'database disk image is malformed'],
    ['SQLITE_CORRUPT_INDEX', 'index corrupted'],
  ])('%s is damage, with the code and SQLite’s words', (code, message) => {
    expect(libraryOpenFailure(coded(code, message))).toEqual({ kind: 'damaged', reason: `${code}: ${message}` });
  });

  it('a newer schema is its own failure, with the version', () => {
    expect(libraryOpenFailure(new LibraryTooNew(7, 2))).toEqual({ kind: 'too-new', version: 7 });
  });

  it.each([
    ['EROFS', 'the disk is read-only: keep the library on a writable disk'],
    ['EACCES', 'permission denied: give your user read and write access to the file and its folder'],
    [
      'SQLITE_READONLY_DIRECTORY',
      'the file or its folder is read-only (SQLITE_READONLY_DIRECTORY): make both writable for your user',
    ],
    ['SQLITE_BUSY', 'another program holds it: close that program and start lyncplan again'],
    ['SQLITE_IOERR_READ', 'the disk reported an error (SQLITE_IOERR_READ): check the disk'],
    ['SQLITE_FULL', 'the disk is full: free some space'],
  ])('%s is not damage: the file is left alone, and the reason says what to do', (code, reason) => {
    expect(libraryOpenFailure(coded(code))).toEqual({ kind: 'unusable', reason });
  });
});

import { chmodSync, closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { describeLibraryError } from '../store/libraryErrors';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';
import { dispatch, type Handlers } from './dispatch';
import { createHandlers } from './handlers';

let dir: ReturnType<typeof tempDir>;
let file: string;
let store: LibraryStore;
beforeEach(() => {
  dir = tempDir();
  file = join(dir.path, 'library.sqlite');
  store = new LibraryStore(file);
});
afterEach(() => {
  store.close();
  dir.remove();
});

const info = { host: 'web' as const, version: '0.0.0', documentsDir: '/tmp', pathSeparator: '/' as const };
const design = (name = 'Library faults') => {
  const b = new DesignBuilder(name);
  b.frontEnd(b.site('Dallas'), 2);
  return b.design;
};
/** The store's own connection: SQLite's limits are set on it to make SQLite itself refuse, as a full disk would. */
const connectionOf = (library: LibraryStore) => (library as unknown as { db: Database.Database }).db;
const sqliteError = (code: string) => Object.assign(new Error(`fake ${code}`), { name: 'SqliteError', code });

describe('SQLite errors reach the user as io errors with the reason', () => {
  it.each([
    [
      'SQLITE_FULL',
      'Could not write to the library: the disk is full. Free some space; what was saved before is kept.',
    ],
    [
      'SQLITE_READONLY',
      'Could not write to the library: its file or folder is read-only. Make it writable; what was saved before is kept.',
    ],
    [
      'SQLITE_READONLY_DBMOVED',
      'Could not write to the library: its file was moved or deleted while lyncplan was running. Restart lyncplan.',
    ],
    ['SQLITE_BUSY', 'The library is busy: another program holds it. Try again in a moment.'],
    [
      'SQLITE_CORRUPT',
      'The library file is damaged (SQLITE_CORRUPT): lyncplan cannot read it. Your .lyncplan files are not affected.',
    ],
    [
      'SQLITE_IOERR_WRITE',
      'Could not read or write the library: the disk reported an error (SQLITE_IOERR_WRITE). Check the disk; what was saved before is kept.',
    ],
  ])('%s, as better-sqlite3 throws it', async (code, message) => {
    const handlers: Handlers = {
      ...createHandlers({ store, info }),
      'library.list': () => {
        throw sqliteError(code);
      },
    };
    expect(await dispatch(handlers, 'library.list', {})).toEqual({ ok: false, error: { code: 'io', message } });
  });

  it('leaves other errors internal', () => {
    expect(describeLibraryError(new Error('boom'))).toBeUndefined();
    expect(describeLibraryError(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
  });

  it('a library that has reached its size limit says the disk is full, and keeps what was committed', async () => {
    const handlers = createHandlers({ store, info });
    const first = design('Kept');
    expect((await dispatch(handlers, 'library.saveRevision', { design: first })).ok).toBe(true);
    const db = connectionOf(store);
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true })}`);
    const big = design('Too big');
    big.meta.notes = 'x'.repeat(90_000);
    const response = await dispatch(handlers, 'library.saveRevision', { design: big });
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'io',
        message: 'Could not write to the library: the disk is full. Free some space; what was saved before is kept.',
      },
    });
    expect(store.list().map((summary) => summary.name)).toEqual(['Kept']);
  });

  it('a damaged library file is named as damaged, not as an internal error', async () => {
    const handlers = createHandlers({ store, info });
    for (let i = 0; i < 20; i++) await dispatch(handlers, 'library.saveRevision', { design: design(`Design ${i}`) });
    store.close();
    // Everything after the header page overwritten: the schema page survives, the tables' pages do not.
    const size = readFileSync(file).length;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    // The header and schema survive, so the library opens; reading the designs' pages is what fails.
    store = new LibraryStore(file);
    const response = await dispatch(createHandlers({ store, info }), 'library.list', {});
    expect(response.ok).toBe(false);
    const failure = (response as { error: { code: string; message: string } }).error;
    expect(failure.code).toBe('io');
    expect(failure.message).toMatch(/^The library file is damaged \(SQLITE_CORRUPT\w*\): lyncplan cannot read it\./);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a read-only library file says it is read-only (root may write anything)',
    async () => {
      store.close();
      chmodSync(file, 0o444);
      store = new LibraryStore(file);
      const response = await dispatch(createHandlers({ store, info }), 'library.saveRevision', { design: design() });
      expect(response).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/read-only/) } });
    },
  );
});

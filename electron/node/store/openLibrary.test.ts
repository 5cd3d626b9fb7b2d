import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { tempDir } from '../testing/tempDir';
import { LibraryStore } from './libraryStore';
import { migrations } from './migrations';
import { type LibraryOpening, openLibrary } from './openLibrary';

let dir: ReturnType<typeof tempDir>;
let file: string;
const clock = () => new Date(Date.UTC(2026, 11, 2, 17, 30, 0, 250));
const MOVED = 'library.damaged-2026-12-02T17-30-00Z.sqlite';
const opened: LibraryStore[] = [];
// Root reads and writes whatever the permission bits say, so a permission test proves nothing there.
const isRoot = process.getuid?.() === 0;

beforeEach(() => {
  dir = tempDir();
  file = join(dir.path, 'library.sqlite');
});
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  chmodSync(dir.path, 0o700);
  dir.remove();
});

function open(): LibraryOpening {
  const opening = openLibrary(file, { clock });
  if (opening.kind === 'opened') opened.push(opening.store);
  return opening;
}

function storeOf(opening: LibraryOpening): LibraryStore {
  if (opening.kind !== 'opened') throw new Error(`refused: ${opening.message}`);
  return opening.store;
}

function refusalOf(opening: LibraryOpening): string {
  if (opening.kind !== 'refused') throw new Error('opened');
  return opening.message;
}

/** A real library of `revisions` saves of one design, closed. */
function realLibrary(revisions: number): void {
  const b = new DesignBuilder('Contoso');
  const site = b.site('Dallas');
  b.users(site, b.frontEnd(site, 2), 100);
  const store = new LibraryStore(file);
  for (let i = 0; i < revisions; i++)
    store.saveRevision({ ...b.design, meta: { ...b.design.meta, name: `Contoso ${i}` } });
  store.close();
}

describe('openLibrary: a sound library or none', () => {
  it('makes a new library where there is none, with no notice', () => {
    const opening = open();
    expect(opening).toMatchObject({ kind: 'opened' });
    expect(opening.kind === 'opened' && opening.notice).toBeUndefined();
    expect(storeOf(opening).list()).toEqual([]);
  });

  it('opens a sound library as it is', () => {
    realLibrary(3);
    const opening = open();
    expect(opening.kind === 'opened' && opening.notice).toBeUndefined();
    expect(
      storeOf(opening)
        .list()
        .map((design) => design.name),
    ).toEqual(['Contoso 2']);
    expect(readdirSync(dir.path).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});

describe('openLibrary: a damaged library is moved aside, never deleted', () => {
  it('moves a file of random bytes aside with its -wal and -shm, keeps their bytes and starts an empty library', () => {
    const bytes = randomBytes(16_384);
    const wal = randomBytes(4_000);
    const shm = randomBytes(32_768);
    writeFileSync(file, bytes);
    writeFileSync(`${file}-wal`, wal);
    writeFileSync(`${file}-shm`, shm);

    const opening = open();

    expect(storeOf(opening).list()).toEqual([]);
    expect(readFileSync(join(dir.path, MOVED))).toEqual(bytes);
    expect(readFileSync(join(dir.path, `${MOVED}-wal`))).toEqual(wal);
    expect(readFileSync(join(dir.path, `${MOVED}-shm`))).toEqual(shm);
    expect(opening.kind === 'opened' && opening.notice).toBe(
      `The design library at ${file} was damaged (it does not start with the header of a SQLite database), so lyncplan moved it to ` +
        `${join(dir.path, MOVED)} (with its -wal and -shm files) and started a new, empty library. Nothing was ` +
        'deleted: the designs and revisions in the old file may be recovered from it (for instance with sqlite3’s ' +
        '.recover command). Designs saved as .lyncplan files are untouched.',
    );
  });

  it('moves a truncated real library aside with its bytes', () => {
    realLibrary(40);
    const whole = readFileSync(file);
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    writeFileSync(file, half);

    const opening = open();

    expect(storeOf(opening).list()).toEqual([]);
    expect(readFileSync(join(dir.path, MOVED))).toEqual(half);
    expect(opening.kind === 'opened' && opening.notice).toContain(`was damaged (SQLITE_CORRUPT`);
  });

  it('finds a page torn in the middle of a library whose header and schema are sound (quick_check)', () => {
    realLibrary(40);
    const torn = readFileSync(file);
    const pageSize = 4096;
    const middle = Math.floor(torn.length / pageSize / 2) * pageSize;
    randomBytes(pageSize).copy(torn, middle);
    writeFileSync(file, torn);
    // The header and the schema still read: without the check, the app would start and fail on a later read.
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();

    const opening = open();

    expect(opening.kind === 'opened' && opening.notice).toMatch(
      /was damaged \((SQLite's check found: Tree \d+ page \d+|SQLITE_CORRUPT)/,
    );
    expect(readFileSync(join(dir.path, MOVED))).toEqual(torn);
  });

  it('takes the next number when a library was already moved aside in the same second', () => {
    writeFileSync(join(dir.path, MOVED), 'an earlier damaged library');
    writeFileSync(join(dir.path, MOVED.replace('.sqlite', '-2.sqlite-wal')), 'its log');
    writeFileSync(file, 'not a database, and long enough to hold a header of one: '.repeat(4));

    const opening = open();

    const third = MOVED.replace('.sqlite', '-3.sqlite');
    expect(opening.kind === 'opened' && opening.notice).toContain(`moved it to ${join(dir.path, third)} and started`);
    expect(readFileSync(join(dir.path, MOVED), 'utf8')).toBe('an earlier damaged library');
    expect(readFileSync(join(dir.path, third), 'utf8')).toMatch(/^not a database/);
  });
});

describe('openLibrary: refusals change nothing', () => {
  it('refuses a library of a newer lyncplan and leaves its bytes and folder as they were', () => {
    realLibrary(2);
    const db = new Database(file);
    db.pragma(`user_version = ${migrations.length + 5}`);
    db.close();
    const before = readFileSync(file);
    const names = readdirSync(dir.path);

    expect(refusalOf(open())).toBe(
      `The design library at ${file} was written by a newer lyncplan (schema ${migrations.length + 5}; this one reads ` +
        `up to ${migrations.length}). Update lyncplan to open it; the library has not been changed.`,
    );
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir.path)).toEqual(names);
  });

  it('refuses a folder where the library file should be, naming the path', () => {
    mkdirSync(file);
    writeFileSync(join(file, 'keep.txt'), 'mine');

    expect(refusalOf(open())).toBe(
      `lyncplan cannot open its design library at ${file}: it is a folder, not a library file: move or rename the ` +
        'folder. Nothing was changed; start lyncplan again once that is fixed.',
    );
    expect(readFileSync(join(file, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a library whose folder is missing', () => {
    file = join(dir.path, 'gone', 'library.sqlite');
    expect(refusalOf(open())).toContain(`its folder does not exist (the folder ${join(dir.path, 'gone')})`);
    expect(existsSync(join(dir.path, 'gone'))).toBe(false);
  });

  it.skipIf(isRoot)('refuses a library in a read-only folder (skipped as root: root writes there anyway)', () => {
    realLibrary(1);
    const before = readFileSync(file);
    chmodSync(dir.path, 0o500);

    expect(refusalOf(open())).toContain(`at ${file}: permission denied: give your user read and write access`);
    chmodSync(dir.path, 0o700);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(dir.path)).toEqual(['library.sqlite']);
  });

  it.skipIf(isRoot)('refuses a library file without read permission (skipped as root: root reads it anyway)', () => {
    realLibrary(1);
    chmodSync(file, 0o200);

    expect(refusalOf(open())).toContain(`at ${file}: permission denied`);
    chmodSync(file, 0o600);
    expect(readdirSync(dir.path)).toEqual(['library.sqlite']);
  });
});

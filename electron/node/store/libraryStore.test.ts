import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../../shared/format/serializeDesign';
import { DesignBuilder } from '../../../shared/testing/designBuilder';
import { NotFound } from '../ipc/hostErrors';
import { tempDir } from '../testing/tempDir';
import { LibraryStore } from './libraryStore';
import { LibraryTooNew, migrate, migrations } from './migrations';

let dir: ReturnType<typeof tempDir>;
let file: string;
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 22, 10, 0, tick++));

beforeEach(() => {
  dir = tempDir();
  file = join(dir.path, 'library.sqlite');
});
afterEach(() => dir.remove());

function design(name = 'Contoso', users = 100) {
  const b = new DesignBuilder(name);
  const site = b.site('Dallas');
  b.users(site, b.frontEnd(site, 2), users);
  return b.design;
}

describe('library schema migrations', () => {
  it('creates a new library at the newest version', () => {
    const store = new LibraryStore(file, clock);
    store.close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies only the missing steps, each in order, and is idempotent', () => {
    const db = new Database(':memory:');
    const steps = ['CREATE TABLE a (x)', 'ALTER TABLE a ADD COLUMN y', 'CREATE TABLE b (z)'];
    db.pragma('user_version = 1');
    db.exec('CREATE TABLE a (x)');
    expect(migrate(db, steps)).toBe(3);
    expect(db.prepare("SELECT name FROM pragma_table_info('a')").all()).toEqual([{ name: 'x' }, { name: 'y' }]);
    expect(migrate(db, steps)).toBe(3);
  });

  it('rolls back a failing step and leaves the version where it was', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, ['CREATE TABLE a (x)', 'CREATE TABLE a (x)'])).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('brings a version 1 library to the newest, keeping its designs and remembering no file for them', () => {
    const db = new Database(file);
    migrate(db, migrations.slice(0, 1));
    const old = design('From version 1');
    db.prepare('INSERT INTO designs (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      old.meta.id,
      old.meta.name,
      old.meta.createdAt,
      old.meta.modifiedAt,
    );
    db.close();
    const store = new LibraryStore(file, clock);
    expect(store.list()).toEqual([
      expect.objectContaining({ id: old.meta.id, name: 'From version 1', filePath: null }),
    ]);
    store.close();
    const reopened = new Database(file);
    expect(reopened.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(
      reopened.prepare("SELECT name FROM pragma_table_info('designs') WHERE name = 'file_path'").all(),
    ).toHaveLength(1);
    reopened.close();
  });

  it('refuses a library written by a newer lyncplan, without touching it', () => {
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => new LibraryStore(file)).toThrow(LibraryTooNew);
    expect(() => new LibraryStore(file)).toThrow(
      `newer lyncplan (schema 99; this one reads up to ${migrations.length})`,
    );
  });
});

describe('LibraryStore', () => {
  it('saves revisions as history and loads the newest, identical to what was saved', () => {
    const store = new LibraryStore(file, clock);
    const first = design('Contoso', 100);
    const second = design('Contoso', 200);
    expect(store.saveRevision(first).revision).toBe(1);
    expect(store.saveRevision(second, { label: 'More users' }).revision).toBe(2);
    const loaded = store.load(first.meta.id);
    expect(loaded.design).toEqual(second);
    expect(loaded.draft).toBeNull();
    expect(store.list()).toEqual([
      expect.objectContaining({ id: first.meta.id, name: 'Contoso', revisions: 2, draftSavedAt: null }),
    ]);
    store.close();
  });

  it('keeps autosave drafts apart from revisions and drops the draft on an explicit save', () => {
    const store = new LibraryStore(file, clock);
    const saved = design('Contoso', 100);
    store.saveRevision(saved);
    const edited = design('Contoso', 150);
    const { savedAt } = store.autosave(edited);
    expect(store.list()[0]!.draftSavedAt).toBe(savedAt);
    expect(store.load(saved.meta.id)).toMatchObject({ design: saved, draft: { design: edited, savedAt } });
    store.saveRevision(edited);
    expect(store.load(saved.meta.id).draft).toBeNull();
    store.close();
  });

  it('lists a never-saved design by its draft, and discarding the draft removes it', () => {
    const store = new LibraryStore(file, clock);
    const fresh = design('Fresh');
    store.autosave(fresh);
    expect(store.list()).toEqual([expect.objectContaining({ name: 'Fresh', revisions: 0 })]);
    store.discardDraft(fresh.meta.id);
    expect(store.list()).toEqual([]);
    store.close();
  });

  it('renames, duplicates under a new id and deletes', () => {
    const store = new LibraryStore(file, clock);
    const original = design('Contoso');
    store.saveRevision(original);
    expect(store.rename(original.meta.id, 'Contoso EMEA').name).toBe('Contoso EMEA');
    expect(store.load(original.meta.id).design?.meta.name).toBe('Contoso EMEA');
    const copyId = '11111111-2222-4333-8444-555555555555';
    const copy = store.duplicate(original.meta.id, copyId);
    expect(copy).toMatchObject({ id: copyId, name: 'Contoso EMEA (copy)', revisions: 1 });
    expect(store.load(copyId).design?.pools).toEqual(original.pools);
    store.delete(original.meta.id);
    expect(store.list().map((s) => s.id)).toEqual([copyId]);
    store.close();
  });

  it('remembers the file a design was saved to or autosaved from, and keeps it when a save names none', () => {
    const store = new LibraryStore(file, clock);
    const planned = design('Filed');
    store.saveRevision(planned);
    expect(store.load(planned.meta.id).filePath).toBeNull();
    store.autosave(planned, { filePath: '/plans/filed.lyncplan' });
    expect(store.load(planned.meta.id).filePath).toBe('/plans/filed.lyncplan');
    store.saveRevision(planned, { filePath: '/plans/moved.lyncplan' });
    store.saveRevision(planned, { label: 'No file named' });
    expect(store.load(planned.meta.id)).toMatchObject({ filePath: '/plans/moved.lyncplan' });
    expect(store.list()).toEqual([expect.objectContaining({ revisions: 3, filePath: '/plans/moved.lyncplan' })]);
    expect(store.isDesignFile('/plans/moved.lyncplan')).toBe(true);
    expect(store.isDesignFile('/plans/filed.lyncplan')).toBe(false);
    // A renamed design keeps its file; a copy has none, so saving it never overwrites the original's file.
    store.rename(planned.meta.id, 'Filed EMEA');
    expect(store.load(planned.meta.id).filePath).toBe('/plans/moved.lyncplan');
    const copyId = '11111111-2222-4333-8444-555555555555';
    store.duplicate(planned.meta.id, copyId);
    expect(store.load(copyId).filePath).toBeNull();
    store.close();
  });

  it("lists a design's saved revisions newest first, with the name each had and its size, and loads any of them", () => {
    const store = new LibraryStore(file, clock);
    const first = design('Contoso', 100);
    const second = design('Contoso EMEA', 200);
    store.saveRevision(first);
    store.saveRevision(second, { label: 'More users' });
    const listed = store.revisions(first.meta.id);
    expect(listed).toEqual([
      {
        revision: 2,
        number: 2,
        savedAt: expect.any(String),
        name: 'Contoso EMEA',
        label: 'More users',
        bytes: expect.any(Number),
      },
      { revision: 1, number: 1, savedAt: expect.any(String), name: 'Contoso', label: null, bytes: expect.any(Number) },
    ]);
    expect(listed[1]!.bytes).toBe(Buffer.byteLength(serializeDesign(first)));
    expect(listed[0]!.savedAt > listed[1]!.savedAt).toBe(true);
    expect(store.loadRevision(first.meta.id, 1)).toEqual({
      design: first,
      revision: { designId: first.meta.id, revision: 1, savedAt: listed[1]!.savedAt },
    });
    // A revision belongs to its design, numbered among its own saves: another design's id, or none, is not found.
    const other = { ...design('Other'), meta: { ...design('Other').meta, id: '22222222-2222-4333-8444-555555555555' } };
    store.saveRevision(other);
    expect(store.revisions(other.meta.id)).toEqual([expect.objectContaining({ revision: 3, number: 1 })]);
    expect(() => store.loadRevision(first.meta.id, 3)).toThrow(
      new NotFound('That revision is no longer in the library.'),
    );
    expect(() => store.loadRevision(first.meta.id, 99)).toThrow(NotFound);
    expect(store.revisions('33333333-2222-4333-8444-555555555555')).toEqual([]);
    store.close();
  });

  it('remembers recent files, newest first', () => {
    const store = new LibraryStore(file, clock);
    store.recordRecentFile('/tmp/a.lyncplan', 'A');
    store.recordRecentFile('/tmp/b.lyncplan', 'B');
    store.recordRecentFile('/tmp/a.lyncplan', 'A2');
    expect(store.recentFiles().map((f) => [f.path, f.name])).toEqual([
      ['/tmp/a.lyncplan', 'A2'],
      ['/tmp/b.lyncplan', 'B'],
    ]);
    store.close();
  });

  it('keeps preferences across reopening', () => {
    const store = new LibraryStore(file, clock);
    expect(store.getPreference('theme')).toBeUndefined();
    store.setPreference('theme', 'dark');
    store.setPreference('theme', 'light');
    store.close();
    const reopened = new LibraryStore(file, clock);
    expect(reopened.getPreference('theme')).toBe('light');
    reopened.close();
  });

  it('reports a damaged stored design instead of handing it over', () => {
    const store = new LibraryStore(file, clock);
    const saved = design('Damaged');
    store.saveRevision(saved);
    store.close();
    const db = new Database(file);
    db.prepare('UPDATE revisions SET content = \'{"format": "lyncplan"\'').run();
    db.close();
    const reopened = new LibraryStore(file, clock);
    expect(() => reopened.load(saved.meta.id)).toThrow(
      /The library copy of this design \(revision 1\) is damaged: The file is not valid JSON/,
    );
    reopened.close();
  });

  it('keeps the previous draft when the process dies in the middle of an autosave', () => {
    const store = new LibraryStore(file, clock);
    const before = design('Crash', 100);
    store.autosave(before);
    store.close();
    // A real crash: another process starts writing a new draft and exits without committing.
    const script = `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(file)});
      db.exec('BEGIN');
      db.prepare("UPDATE drafts SET content = 'half written' WHERE design_id = ?").run(${JSON.stringify(before.meta.id)});
      process.exit(9);
    `;
    const child = spawnSync(process.execPath, ['-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(child.status).toBe(9);
    const reopened = new LibraryStore(file, clock);
    expect(reopened.load(before.meta.id).draft?.design).toEqual(before);
    reopened.close();
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir';
import { LibraryStore } from './libraryStore';
import { migrate, migrations } from './migrations';
import { readPreferences, writePreferences } from './preferenceStore';

let dir: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = join(dir.path, 'library.sqlite');
});
afterEach(() => dir.remove());

describe('the preferences the library keeps', () => {
  it('are none in a new library, so the renderer takes its defaults', () => {
    const store = new LibraryStore(file);
    expect(readPreferences(store)).toEqual({});
    store.close();
  });

  it('survive closing and reopening the library (a restart of the app)', () => {
    const store = new LibraryStore(file);
    expect(writePreferences(store, { findingsPanelHeight: 340, overviewMapVisible: false })).toEqual({
      findingsPanelHeight: 340,
      overviewMapVisible: false,
    });
    store.close();
    const reopened = new LibraryStore(file);
    expect(readPreferences(reopened)).toEqual({ findingsPanelHeight: 340, overviewMapVisible: false });
    reopened.close();
  });

  it('change only the keys a write names', () => {
    const store = new LibraryStore(file);
    writePreferences(store, { findingsPanelHeight: 340, overviewMapVisible: false });
    expect(writePreferences(store, { findingsPanelHeight: 200, findingsPanelCollapsed: true })).toEqual({
      findingsPanelHeight: 200,
      findingsPanelCollapsed: true,
      overviewMapVisible: false,
    });
    store.close();
  });

  it('read a damaged or out-of-range stored value as never set, and keep the others', () => {
    const store = new LibraryStore(file);
    writePreferences(store, { overviewMapVisible: false });
    store.setPreference('findingsPanelHeight', '{not json');
    expect(readPreferences(store)).toEqual({ overviewMapVisible: false });
    store.setPreference('findingsPanelHeight', '12');
    store.setPreference('overviewMapVisible', '"no"');
    expect(readPreferences(store)).toEqual({});
    store.close();
  });

  it('live in the preferences table of the first schema version: a library of every version keeps them', () => {
    const db = new Database(file);
    migrate(db, migrations.slice(0, 1));
    db.prepare('INSERT INTO preferences (key, value) VALUES (?, ?)').run('findingsPanelHeight', '300');
    db.close();
    const store = new LibraryStore(file);
    expect(readPreferences(store)).toEqual({ findingsPanelHeight: 300 });
    store.close();
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../store/libraryStore';
import { readPreferences } from '../store/preferenceStore';
import { tempDir } from '../testing/tempDir';
import { dialogFolder, LAST_FOLDER_KEY, LastFolder } from './lastFolder';

let dir: ReturnType<typeof tempDir>;
let store: LibraryStore;
beforeEach(() => {
  dir = tempDir('lyncplan-folder-');
  store = new LibraryStore(join(dir.path, 'library.sqlite'));
});
afterEach(() => {
  store.close();
  dir.remove();
});

describe('dialogFolder', () => {
  it('is the folder used last while it is there, Documents otherwise', () => {
    expect(dialogFolder('/plans', '/home/ana/Documents', () => true)).toBe('/plans');
    expect(dialogFolder('/media/usb/plans', '/home/ana/Documents', () => false)).toBe('/home/ana/Documents');
    expect(dialogFolder(undefined, '/home/ana/Documents', () => true)).toBe('/home/ana/Documents');
  });
});

describe('LastFolder', () => {
  it('remembers the folder of the last file across restarts, and forgets one that has gone', () => {
    const plans = join(dir.path, 'plans');
    mkdirSync(plans);
    const documents = join(dir.path, 'Documents');
    expect(new LastFolder(store, documents).folder()).toBe(documents);
    new LastFolder(store, documents).remember(join(plans, 'Contoso.lyncplan'));
    // A new LastFolder over the same library: the next start.
    expect(new LastFolder(store, documents).folder()).toBe(plans);
    rmSync(plans, { recursive: true });
    expect(new LastFolder(store, documents).folder()).toBe(documents);
  });

  it('reads a damaged value as nothing remembered, and stays out of the renderer’s preferences', () => {
    store.setPreference(LAST_FOLDER_KEY, '{not json');
    expect(new LastFolder(store, '/docs').folder()).toBe('/docs');
    new LastFolder(store, '/docs').remember(join(dir.path, 'x.lyncplan'));
    expect(readPreferences(store)).toEqual({});
  });
});

import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPreferences } from '../store/preferenceStore';
import { tempLibrary } from '../testing/tempLibrary';
import { dialogFolder, LAST_FOLDER_KEY, LastFolder } from './lastFolder';

const library = tempLibrary('lyncplan-folder-');

describe('dialogFolder', () => {
  it('is the folder used last while it is there, Documents otherwise', () => {
    expect(dialogFolder('/plans', '/home/ana/Documents', () => true)).toBe('/plans');
    expect(dialogFolder('/media/usb/plans', '/home/ana/Documents', () => false)).toBe('/home/ana/Documents');
    expect(dialogFolder(undefined, '/home/ana/Documents', () => true)).toBe('/home/ana/Documents');
  });
});

describe('LastFolder', () => {
  it('remembers the folder of the last file across restarts, and forgets one that has gone', () => {
    const plans = join(library.folder, 'plans');
    mkdirSync(plans);
    const documents = join(library.folder, 'Documents');
    expect(new LastFolder(library.store, documents).folder()).toBe(documents);
    new LastFolder(library.store, documents).remember(join(plans, 'Contoso.lyncplan'));
    // A new LastFolder over the same library: the next start.
    expect(new LastFolder(library.store, documents).folder()).toBe(plans);
    rmSync(plans, { recursive: true });
    expect(new LastFolder(library.store, documents).folder()).toBe(documents);
  });

  it('reads a damaged value as nothing remembered, and stays out of the renderer’s preferences', () => {
    library.store.setPreference(LAST_FOLDER_KEY, '{not json');
    expect(new LastFolder(library.store, '/docs').folder()).toBe('/docs');
    new LastFolder(library.store, '/docs').remember(join(library.folder, 'x.lyncplan'));
    expect(readPreferences(library.store)).toEqual({});
  });
});

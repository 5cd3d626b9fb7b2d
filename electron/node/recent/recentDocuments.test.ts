import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from '../testing/tempDir';
import { recentDocuments } from './recentDocuments';

let folder: { path: string; remove: () => void };
let store: LibraryStore;
let tick = 0;
beforeEach(() => {
  folder = tempDir('lyncplan-recent-');
  tick = 0;
  store = new LibraryStore(join(folder.path, 'library.sqlite'), () => new Date(Date.UTC(2026, 0, 1, 9, tick++)));
});
afterEach(() => {
  store.close();
  folder.remove();
});

describe('recentDocuments', () => {
  it('marks a recent file that has gone from the disk, and keeps it in the list', () => {
    const kept = join(folder.path, 'kept.lyncplan');
    const gone = join(folder.path, 'gone.lyncplan');
    writeFileSync(kept, '{}');
    writeFileSync(gone, '{}');
    store.recordRecentFile(gone, 'Gone design');
    store.recordRecentFile(kept, 'Kept design');
    expect(recentDocuments(store).map(({ name, missing }) => ({ name, missing }))).toEqual([
      { name: 'Kept design', missing: false },
      { name: 'Gone design', missing: false },
    ]);
    rmSync(gone);
    expect(recentDocuments(store).map(({ name, missing }) => ({ name, missing }))).toEqual([
      { name: 'Kept design', missing: false },
      { name: 'Gone design', missing: true },
    ]);
  });

  it('counts a folder now standing where the file was as gone', () => {
    const path = join(folder.path, 'replaced.lyncplan');
    mkdirSync(path);
    store.recordRecentFile(path, 'Replaced');
    expect(recentDocuments(store)[0]).toMatchObject({ path, missing: true });
  });

  it('is back when the file comes back, and forgetting takes it off the list', () => {
    const path = join(folder.path, 'back.lyncplan');
    store.recordRecentFile(path, 'Back');
    expect(recentDocuments(store)[0]?.missing).toBe(true);
    writeFileSync(path, '{}');
    expect(recentDocuments(store)[0]?.missing).toBe(false);
    store.forgetRecentFile(path);
    expect(recentDocuments(store)).toEqual([]);
  });
});

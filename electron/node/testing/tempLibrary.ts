import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { LibraryStore } from '../store/libraryStore';
import { tempDir } from './tempDir';

/**
 * A real SQLite library in a fresh temp folder for every test of the file that calls this, closed and removed after
 * each: `const library = tempLibrary();` then `library.store` and `library.folder` inside the tests.
 */
export function tempLibrary(prefix?: string): { readonly store: LibraryStore; readonly folder: string } {
  let dir: ReturnType<typeof tempDir> | undefined;
  let store: LibraryStore | undefined;
  beforeEach(() => {
    dir = tempDir(prefix);
    store = new LibraryStore(join(dir.path, 'library.sqlite'));
  });
  afterEach(() => {
    store?.close();
    dir?.remove();
  });
  return {
    get store() {
      if (!store) throw new Error('tempLibrary: the store exists only inside a test');
      return store;
    },
    get folder() {
      if (!dir) throw new Error('tempLibrary: the folder exists only inside a test');
      return dir.path;
    },
  };
}

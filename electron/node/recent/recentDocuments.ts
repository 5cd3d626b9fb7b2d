import type { RecentFile } from '../../../shared/ipc/contract';
import { type PathKind, pathKindOnDisk } from '../documents/documentToOpen';
import type { LibraryStore } from '../store/libraryStore';

/**
 * The library's recent files, newest first, each marked `missing` when no regular file is at its path any more.
 * Checked every time the list is read (the start screen, File ▸ Open Recent), never cached: a file deleted or
 * moved since it was opened shows as gone, and stays listed until the planner removes it.
 */
export function recentDocuments(
  store: Pick<LibraryStore, 'recentFiles'>,
  kindOf: (path: string) => PathKind = pathKindOnDisk,
): RecentFile[] {
  return store.recentFiles().map((file) => ({ ...file, missing: kindOf(file.path) !== 'file' }));
}

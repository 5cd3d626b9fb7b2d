import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LibraryStore } from '../store/libraryStore';

/** The library preference that keeps it; not one of the renderer's preferences (`preferences.read` never shows it). */
export const LAST_FOLDER_KEY = 'host.lastFolder';

const isFolderOnDisk = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Where the next Open, Save As or Export dialog starts: the folder of the file opened, saved or exported last,
 * while that folder is still there (an unplugged drive, a deleted folder fall back); Documents otherwise.
 */
export function dialogFolder(
  remembered: string | undefined,
  documentsDir: string,
  isFolder: (path: string) => boolean = isFolderOnDisk,
): string {
  return remembered && isFolder(remembered) ? remembered : documentsDir;
}

/** The last folder used, kept in the library across restarts. */
export class LastFolder {
  constructor(
    private readonly store: Pick<LibraryStore, 'getPreference' | 'setPreference'>,
    private readonly documentsDir: string,
    private readonly isFolder: (path: string) => boolean = isFolderOnDisk,
  ) {}

  /** A file was opened, saved or exported: its folder is the next dialog's. */
  remember(filePath: string): void {
    this.store.setPreference(LAST_FOLDER_KEY, JSON.stringify(dirname(filePath)));
  }

  /** The folder the next dialog opens in. */
  folder(): string {
    return dialogFolder(this.remembered(), this.documentsDir, this.isFolder);
  }

  private remembered(): string | undefined {
    try {
      const value: unknown = JSON.parse(this.store.getPreference(LAST_FOLDER_KEY) ?? 'null');
      return typeof value === 'string' && value.length > 0 ? value : undefined;
    } catch {
      return undefined;
    }
  }
}

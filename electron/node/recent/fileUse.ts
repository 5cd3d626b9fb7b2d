/** How a file was used: a design opened or saved (a recent document), or an export written (only a folder). */
export type FileUse = 'opened' | 'saved' | 'exported';

/**
 * Told by the handlers whenever a file has been opened, saved or exported, after it succeeded: the Electron host
 * adds designs to the OS's recent documents, remembers the folder for the next dialog and rebuilds Open Recent.
 */
export interface FileUseListener {
  fileUsed(path: string, use: FileUse): void;
  /** The library's recent list changed (a file opened or saved, or one removed from the list). */
  recentChanged(): void;
}

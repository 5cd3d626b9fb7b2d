import { app } from 'electron';
import type { LastFolder } from '../node/dialogs/lastFolder';
import type { FileUseListener } from '../node/recent/fileUse';

/**
 * What the desktop does when a file has been opened, saved or exported: a design joins the OS's recent documents
 * (the Windows jump list, the macOS Dock menu; Linux has none) and any file's folder becomes the next dialog's.
 * `recentChanged` is where File ▸ Open Recent is rebuilt from `recentDocuments(store)`.
 */
export function desktopFileUse(lastFolder: LastFolder, recentChanged: () => void): FileUseListener {
  return {
    fileUsed(path, use) {
      if (use !== 'exported' && process.platform !== 'linux') app.addRecentDocument(path);
      lastFolder.remember(path);
    },
    recentChanged,
  };
}

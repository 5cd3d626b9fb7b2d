import { join } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { FileDialogs } from '../node/ipc/handlers';

const filters = [{ name: 'lyncplan design', extensions: ['lyncplan'] }];

/**
 * The native Save and Open dialogs, the only way an Electron renderer gets to name a file. Each starts in
 * `folder()`: the folder used last (electron/node/dialogs/lastFolder.ts), Documents at first.
 */
export function nativeFileDialogs(window: () => BrowserWindow | undefined, folder: () => string): FileDialogs {
  return {
    async chooseSavePath(suggestedName) {
      const owner = window();
      const options = { title: 'Save design as', defaultPath: join(folder(), suggestedName), filters };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseExportPath(suggestedName, extension) {
      const owner = window();
      const options = {
        title: 'Export',
        defaultPath: join(folder(), suggestedName),
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath() {
      const owner = window();
      const options = { title: 'Open design', defaultPath: folder(), filters, properties: ['openFile' as const] };
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

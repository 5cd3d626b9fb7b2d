import { join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { LastFolder } from '../node/dialogs/lastFolder';
import { closeDecision, UNSAVED_CHANGES_ON_CLOSE } from '../node/documents/closePrompt';
import { dispatch } from '../node/ipc/dispatch';
import { createHandlers } from '../node/ipc/handlers';
import { NotAllowed } from '../node/ipc/hostErrors';
import { isAllowedNavigation, isTrustedSender } from '../node/security/navigation';
import { openableSourceUrl } from '../node/security/sourceLinks';
import { LibraryStore } from '../node/store/libraryStore';
import { desktopFileUse } from './desktopFileUse';
import { nativeFileDialogs } from './fileDialogs';
import { OsDocuments } from './osDocuments';
import { windowPrinter } from './printer';
import { mainWindowOptions } from './windowOptions';
import { rememberWindowPlace, restoredWindow } from './windowPlace';

/**
 * The Electron main process: one window, the contract bound to the services, and nothing else. Every
 * decision worth testing lives in electron/node/ and shared/.
 */
const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | undefined;

// Tests (and portable setups) point the library at a folder of their own.
if (process.env.LYNCPLAN_USER_DATA) app.setPath('userData', process.env.LYNCPLAN_USER_DATA);
if (!app.requestSingleInstanceLock()) app.quit();

// Our argv, a second instance (focuses this window) and macOS open-file, from before `ready` on.
const osDocuments = new OsDocuments(
  () => mainWindow,
  (event) => isTrustedSender(event.senderFrame?.url, rendererUrl),
);

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, rendererUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No page ever opens a window: a source link reaches the system browser through shell.openSource alone.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const store = new LibraryStore(join(app.getPath('userData'), 'library.sqlite'));
  const documentsDir = app.getPath('documents');
  const lastFolder = new LastFolder(store, documentsDir);
  const handlers = createHandlers({
    store,
    info: { host: 'electron', version: app.getVersion(), documentsDir, pathSeparator: sep === '\\' ? '\\' : '/' },
    dialogs: nativeFileDialogs(
      () => mainWindow,
      () => lastFolder.folder(),
    ),
    printer: windowPrinter(() => mainWindow),
    // The handler has already allowed the address; asked again here, next to the one call that leaves the app.
    opener: {
      open: async (url) => {
        const allowed = openableSourceUrl(url);
        if (!allowed) throw new NotAllowed('lyncplan opens only the TechNet pages its findings cite.');
        await shell.openExternal(allowed);
      },
    },
    // File ▸ Open Recent is rebuilt here from recentDocuments(store) once the menu exists.
    fileUse: desktopFileUse(lastFolder, () => undefined),
  });
  osDocuments.grantWith((path) => handlers.grantPath(path));
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, rendererUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Requests are served to the lyncplan window only.' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
  app.on('will-quit', () => store.close());
  createWindow();
});

app.on('window-all-closed', () => app.quit());

function createWindow(): void {
  const restored = restoredWindow();
  mainWindow = new BrowserWindow({ ...mainWindowOptions(join(__dirname, 'preload.cjs')), ...restored.bounds });
  if (restored.maximized) mainWindow.maximize();
  rememberWindowPlace(mainWindow);
  osDocuments.attach(mainWindow);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // The renderer refuses to unload while the design has unsaved changes; the user decides here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      ...UNSAVED_CHANGES_ON_CLOSE,
      buttons: [...UNSAVED_CHANGES_ON_CLOSE.buttons],
    });
    if (closeDecision(choice) === 'close') event.preventDefault();
    else osDocuments.quitCancelled();
  });
  void mainWindow.loadFile(rendererIndex);
}

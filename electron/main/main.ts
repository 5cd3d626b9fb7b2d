import { join, sep } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { dispatch } from '../node/ipc/dispatch';
import { createHandlers } from '../node/ipc/handlers';
import { APP_ENTRY_URL } from '../node/security/appProtocol';
import { LibraryStore } from '../node/store/libraryStore';
import { registerAppScheme, serveAppScheme } from './appScheme';
import { nativeFileDialogs } from './fileDialogs';
import { sendHostEvent } from './hostEvents';
import { createAppMenu } from './menu';
import { windowPrinter } from './printer';
import { fromAppFramesOnly, guardSession, guardWebContents, sourcePageOpener } from './shellGuards';
import { mainWindowOptions } from './windowOptions';

/**
 * The Electron main process: one window, the contract bound to the services, and nothing else. Every
 * decision worth testing lives in electron/node/ and shared/.
 */
const rendererRoot = join(__dirname, '..', 'renderer');
let mainWindow: BrowserWindow | undefined;

// Tests (and portable setups) point the library at a folder of their own.
if (process.env.LYNCPLAN_USER_DATA) app.setPath('userData', process.env.LYNCPLAN_USER_DATA);
if (!app.requestSingleInstanceLock()) app.quit();
// The page loads from app://lyncplan, never file:// (electron/node/security/appProtocol.ts).
registerAppScheme();

app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

app.whenReady().then(() => {
  serveAppScheme(rendererRoot);
  guardSession(session.defaultSession);
  const store = new LibraryStore(join(app.getPath('userData'), 'library.sqlite'));
  const documentsDir = app.getPath('documents');
  // The library's recent files; a file that has gone is not marked yet (the recent-documents part does that).
  const menu = createAppMenu(
    () => mainWindow,
    () => store.recentFiles().map((file) => ({ path: file.path, name: file.name, missing: false })),
    { openRecent: (path) => sendHostEvent(mainWindow, { kind: 'open-document', path }) },
  );
  const handlers = createHandlers({
    store,
    info: { host: 'electron', version: app.getVersion(), documentsDir, pathSeparator: sep === '\\' ? '\\' : '/' },
    dialogs: nativeFileDialogs(() => mainWindow, documentsDir),
    printer: windowPrinter(() => mainWindow),
    opener: sourcePageOpener((url) => shell.openExternal(url)),
    menu,
  });
  for (const channel of channels) {
    ipcMain.handle(
      channel,
      fromAppFramesOnly((payload) => dispatch(handlers, channel, payload)),
    );
  }
  app.on('will-quit', () => store.close());
  menu.rebuild();
  createWindow();
});

app.on('window-all-closed', () => app.quit());

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  // The renderer refuses to unload while the design has unsaved changes; the user decides here.
  mainWindow.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(mainWindow!, {
      type: 'warning',
      title: 'Unsaved changes',
      message: 'This design has unsaved changes.',
      detail: 'Close lyncplan and lose them? The autosaved draft stays in the library.',
      buttons: ['Close without saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    if (choice === 0) event.preventDefault();
  });
  void mainWindow.loadURL(APP_ENTRY_URL);
}

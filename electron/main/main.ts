import { join, sep } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, session, shell } from 'electron';
import { channels } from '../../shared/ipc/channels';
import { LastFolder } from '../node/dialogs/lastFolder';
import { closeDecision, UNSAVED_CHANGES_ON_CLOSE } from '../node/documents/closePrompt';
import { dispatch } from '../node/ipc/dispatch';
import { createHandlers } from '../node/ipc/handlers';
import { recentDocuments } from '../node/recent/recentDocuments';
import { APP_ENTRY_URL } from '../node/security/appProtocol';
import { openLibrary } from '../node/store/openLibrary';
import { readPreferences } from '../node/store/preferenceStore';
import { registerAppScheme, serveAppScheme } from './appScheme';
import { desktopFileUse } from './desktopFileUse';
import { nativeFileDialogs } from './fileDialogs';
import { createAppMenu } from './menu';
import { OsDocuments } from './osDocuments';
import { windowPrinter } from './printer';
import { fromAppFramesOnly, guardSession, guardWebContents, sourcePageOpener } from './shellGuards';
import { mainWindowOptions } from './windowOptions';
import { rememberWindowPlace, restoredWindow } from './windowPlace';

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

// Our argv, a second instance (focuses this window) and macOS open-file, from before `ready` on.
const osDocuments = new OsDocuments(() => mainWindow);

app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

app.whenReady().then(() => {
  serveAppScheme(rendererRoot);
  guardSession(session.defaultSession);
  const opening = openLibrary(join(app.getPath('userData'), 'library.sqlite'));
  if (opening.kind === 'refused') {
    // Before any window: the planner reads why, and the library stays as it was.
    dialog.showErrorBox('lyncplan cannot open its design library', opening.message);
    app.exit(1);
    return;
  }
  // A damaged library was moved aside: the renderer says so once, on the start screen (app.info's libraryNotice).
  const { store, notice } = opening;
  // View ▸ Theme: the native parts (menus, dialogs, the page's prefers-color-scheme) follow the planner's choice.
  nativeTheme.themeSource = readPreferences(store).theme ?? 'system';
  const documentsDir = app.getPath('documents');
  const lastFolder = new LastFolder(store, documentsDir);
  // File ▸ Open Recent: the library's recent files, a gone one marked; choosing one opens it as a file from the OS.
  const menu = createAppMenu(
    () => mainWindow,
    () => recentDocuments(store),
    {
      openRecent: (path) => osDocuments.open(path),
      clearRecent: () => {
        for (const file of store.recentFiles()) store.forgetRecentFile(file.path);
        menu.rebuild();
      },
    },
  );
  const handlers = createHandlers({
    store,
    info: {
      host: 'electron',
      version: app.getVersion(),
      documentsDir,
      pathSeparator: sep === '\\' ? '\\' : '/',
      ...(notice ? { libraryNotice: notice } : {}),
    },
    dialogs: nativeFileDialogs(
      () => mainWindow,
      () => lastFolder.folder(),
    ),
    printer: windowPrinter(() => mainWindow),
    opener: sourcePageOpener((url) => shell.openExternal(url)),
    menu,
    appearance: {
      themeChanged: (theme) => {
        nativeTheme.themeSource = theme;
      },
    },
    fileUse: desktopFileUse(lastFolder, () => menu.rebuild()),
  });
  osDocuments.grantWith((path) => handlers.grantPath(path));
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
  const restored = restoredWindow();
  mainWindow = new BrowserWindow({
    ...mainWindowOptions(join(__dirname, 'preload.cjs'), nativeTheme.shouldUseDarkColors),
    ...restored.bounds,
  });
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
  void mainWindow.loadURL(APP_ENTRY_URL);
}

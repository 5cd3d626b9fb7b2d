import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window, locked down: the page runs with no Node, in a sandbox, isolated from the preload, which
 * exposes only the typed contract (`window.lyncplan`). Kept as a function of its own so a unit test can
 * assert every option without an Electron binary. `dark`: the native theme in force (View ▸ Theme).
 */
export function mainWindowOptions(preloadPath: string, dark = false): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'lyncplan',
    // The page's own background (app.css --bg) in the theme in force, so the window never flashes the other one.
    backgroundColor: dark ? '#0b1120' : '#f4f6f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

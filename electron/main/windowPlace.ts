import { join } from 'node:path';
import { app, type BrowserWindow, type Rectangle, screen } from 'electron';
import { DebouncedSaver } from '../node/window/debouncedSaver';
import { type RestoredWindow, recordWindowPlace, restoreBounds } from '../node/window/windowState';
import { readWindowStateFile, writeWindowStateFile } from '../node/window/windowStateFile';

const stateFile = () => join(app.getPath('userData'), 'window-state.json');

/** Where the window opens, from the saved places and the displays connected now (only after `ready`). */
export function restoredWindow(): RestoredWindow {
  return restoreBounds(readWindowStateFile(stateFile()), screen.getAllDisplays(), screen.getPrimaryDisplay().id);
}

/** Saves the window's place on its display after it moves or resizes (debounced), and as it closes. */
export function rememberWindowPlace(window: BrowserWindow): void {
  let saved: unknown = readWindowStateFile(stateFile());
  const saver = new DebouncedSaver(() => {
    // A minimised or full-screen window's bounds are not a place to come back to.
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    const bounds: Rectangle = window.getNormalBounds();
    const next = recordWindowPlace(
      saved,
      { bounds, maximized: window.isMaximized() },
      screen.getDisplayMatching(bounds),
    );
    try {
      writeWindowStateFile(stateFile(), next);
      saved = next;
    } catch (error) {
      console.warn('lyncplan: could not save the window state', error);
    }
  });
  window.on('move', () => saver.changed());
  window.on('resize', () => saver.changed());
  window.on('maximize', () => saver.changed());
  window.on('unmaximize', () => saver.changed());
  window.on('close', () => {
    saver.changed();
    saver.flush();
  });
}

import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { INITIAL_MENU_STATE, type MenuState } from '../../shared/ipc/menuState';
import type { MenuSink } from '../node/ipc/handlers';
import { type MenuActions, menuTemplate, type RecentDocument } from '../node/menu/menuTemplate';
import { sendHostEvent } from './hostEvents';

export interface AppMenu extends MenuSink {
  /** Builds the menu again, as after the recent documents changed. */
  rebuild(): void;
}

/**
 * The native menu bar, wiring only: the template is electron/node/menu/menuTemplate.ts. A command item chosen is
 * sent to the window as a host event, and the renderer runs it; the renderer's `menu.state` rebuilds the menu.
 */
export function createAppMenu(
  window: () => BrowserWindow | undefined,
  recent: () => readonly RecentDocument[],
  recentActions: Pick<MenuActions, 'openRecent' | 'clearRecent'>,
): AppMenu {
  let state: MenuState = INITIAL_MENU_STATE;
  const rebuild = () => {
    const template: MenuItemConstructorOptions[] = menuTemplate({
      platform: process.platform,
      appName: app.name,
      state,
      recent: recent(),
      actions: { command: (id) => sendHostEvent(window(), { kind: 'command', command: id }), ...recentActions },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return {
    show(next) {
      state = next;
      rebuild();
    },
    rebuild,
  };
}

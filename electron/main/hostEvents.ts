import type { BrowserWindow } from 'electron';
import { HOST_EVENT_CHANNEL } from '../../shared/ipc/hostEventChannel';
import type { HostEvent } from '../../shared/ipc/hostEvents';

/** Tells the window something it did not ask for (a menu item chosen, a document from the OS). */
export function sendHostEvent(window: BrowserWindow | undefined, event: HostEvent): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(HOST_EVENT_CHANNEL, event);
}

import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { HOST_EVENT_CHANNEL, HOST_EVENTS_LISTENING_CHANNEL } from '../../shared/ipc/hostEventChannel';
import type { HostEventSource } from '../../shared/ipc/hostEvents';

/**
 * The only bridge between the page and Electron: the typed contract as `window.lyncplan`, each method one
 * `ipcRenderer.invoke`, and the main process's events as `window.lyncplanEvents`. Nothing of Electron or Node
 * itself is exposed: the listener gets the payload alone, never the IpcRendererEvent (its `sender` would hand
 * the page ipcRenderer).
 */
contextBridge.exposeInMainWorld(
  'lyncplan',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args)),
);

const events: HostEventSource = {
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(HOST_EVENT_CHANNEL, forward);
    // A document the OS handed over before the page listened waits in the main process until now.
    ipcRenderer.send(HOST_EVENTS_LISTENING_CHANNEL);
    return () => ipcRenderer.removeListener(HOST_EVENT_CHANNEL, forward);
  },
};
contextBridge.exposeInMainWorld('lyncplanEvents', events);

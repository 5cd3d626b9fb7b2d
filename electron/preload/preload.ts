import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/api';

/**
 * The only bridge between the page and Electron: the typed contract as `window.lyncplan`, each method one
 * `ipcRenderer.invoke`. Nothing of Electron or Node itself is exposed.
 */
contextBridge.exposeInMainWorld(
  'lyncplan',
  buildApi((channel, args) => ipcRenderer.invoke(channel, args)),
);

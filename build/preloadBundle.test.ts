import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channels } from '../shared/ipc/channels';
import { HOST_EVENT_CHANNEL, HOST_EVENTS_LISTENING_CHANNEL } from '../shared/ipc/hostEventChannel';

const bundlePath = join(__dirname, '..', 'dist', 'electron', 'preload.cjs');
const bundle = existsSync(bundlePath) ? readFileSync(bundlePath, 'utf8') : undefined;
if (!bundle) console.log('preloadBundle.test: skipped: dist/electron/preload.cjs is not built (npm run build)');

/**
 * Runs the built preload as Electron's sandboxed preload would, with a fake `electron` module: what it requires,
 * what it exposes to the page, and what reaches ipcRenderer when the page calls it.
 */
function runPreload() {
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: [string, unknown][] = [];
  const sent: string[] = [];
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  const ipcRenderer = {
    invoke: async (channel: string, args: unknown) => {
      invoked.push([channel, args]);
      return { ok: true, value: null };
    },
    send: (channel: string) => {
      sent.push(channel);
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((other) => other !== listener),
      );
    },
  };
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, value: unknown) => exposed.set(name, value) },
    ipcRenderer,
  };
  const require = (name: string) => {
    required.push(name);
    if (name === 'electron') return electron;
    throw new Error(`the sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  // The sandbox gives a preload require (of electron and a few built-ins), module and exports; no process.env games.
  runInNewContext(bundle!, { require, module, exports: module.exports, console }, { filename: 'preload.cjs' });
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener(...args);
  };
  return { required, exposed, invoked, sent, emit, listeners };
}

describe.skipIf(!bundle)('the built preload exposes the contract and nothing of Electron (checklist 20)', () => {
  it('requires nothing but electron', () => {
    expect([...new Set(runPreload().required)]).toEqual(['electron']);
  });

  it('exposes exactly window.lyncplan and window.lyncplanEvents', () => {
    expect([...runPreload().exposed.keys()]).toEqual(['lyncplan', 'lyncplanEvents']);
  });

  it('exposes one function per contract channel, each one ipcRenderer.invoke of that channel', async () => {
    const { exposed, invoked } = runPreload();
    const api = exposed.get('lyncplan') as Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
    const methods = Object.entries(api).flatMap(([namespace, group]) =>
      Object.entries(group).map(([method, fn]) => {
        expect(typeof fn).toBe('function');
        return `${namespace}.${method}`;
      }),
    );
    // Exactly the channels: no ipcRenderer, no generic send or invoke that would let the page pick a channel.
    expect(methods.sort()).toEqual([...channels].sort());
    await api.library!.list!({});
    expect(invoked).toEqual([['library.list', {}]]);
  });

  it('hands an event listener the payload alone, never the IpcRendererEvent (its sender is ipcRenderer)', () => {
    const { exposed, emit, listeners, sent } = runPreload();
    const events = exposed.get('lyncplanEvents') as { subscribe(listener: (...args: unknown[]) => void): () => void };
    expect(Object.keys(events)).toEqual(['subscribe']);
    const heard: unknown[][] = [];
    const unsubscribe = events.subscribe((...args) => heard.push(args));
    // Subscribing tells main the page listens (documents from the OS wait until then); nothing else is sent.
    expect(sent).toEqual([HOST_EVENTS_LISTENING_CHANNEL]);
    const payload = { kind: 'command', command: 'file.save' };
    emit(HOST_EVENT_CHANNEL, { sender: 'the ipcRenderer itself' }, payload);
    expect(heard).toEqual([[payload]]);
    unsubscribe();
    expect(listeners.get(HOST_EVENT_CHANNEL)).toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../node/security/appProtocol';
import { fromAppFramesOnly, guardSession, guardWebContents, sourcePageOpener } from './shellGuards';

type Listener = (event: { preventDefault(): void }, ...args: unknown[]) => void;

/** A webContents as far as the guards use it: listeners by event name, and the window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  /** Fires an event; true when some listener prevented it. */
  const fire = (name: string, ...args: unknown[]) => {
    let prevented = false;
    for (const listener of listeners.get(name) ?? []) listener({ preventDefault: () => (prevented = true) }, ...args);
    return { prevented, heard: (listeners.get(name) ?? []).length > 0 };
  };
  // A fake of Electron's WebContents, reduced to what the guards call.
  guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0]);
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

describe('every webContents stays on app://lyncplan (checklist 11-14)', () => {
  it('lets the app page navigate within its origin', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', `${APP_ENTRY_URL}#/print`)).toEqual({ prevented: false, heard: true });
    expect(fire('will-redirect', APP_ENTRY_URL)).toEqual({ prevented: false, heard: true });
  });

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
  ])('refuses a navigation or a redirect to %s', (url) => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', url).prevented).toBe(true);
    expect(fire('will-redirect', url).prevented).toBe(true);
  });

  it('opens no new window, not even one of the app', () => {
    const { open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open(APP_ENTRY_URL)).toEqual({ action: 'deny' });
  });

  it('attaches no <webview>, whatever its options (allowpopups, preload, nodeintegration)', () => {
    const { fire } = fakeContents();
    const webPreferences = { nodeIntegration: true, preload: '/tmp/evil.js' };
    const params = { src: 'https://example.com/', allowpopups: 'true' };
    expect(fire('will-attach-webview', webPreferences, params).prevented).toBe(true);
  });
});

describe('the session grants no permission (checklist 5)', () => {
  it('denies requests and checks alike', () => {
    let request: ((...args: unknown[]) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    guardSession({
      setPermissionRequestHandler: (handler: typeof request) => {
        request = handler;
      },
      setPermissionCheckHandler: (handler: typeof check) => {
        check = handler;
      },
      // A fake of Electron's Session, reduced to the two setters.
    } as unknown as Parameters<typeof guardSession>[0]);
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const callback = vi.fn();
      request?.(null, permission, callback, { requestingUrl: APP_ENTRY_URL });
      expect(callback).toHaveBeenCalledWith(false);
      expect(check?.(null, permission, 'app://lyncplan', {})).toBe(false);
    }
  });
});

describe('IPC is served to frames of app://lyncplan only (checklist 17)', () => {
  const serve = fromAppFramesOnly((payload) => ({ ok: true, payload }));

  it('serves the app page', () => {
    expect(serve({ senderFrame: { url: APP_ENTRY_URL } }, 42)).toEqual({ ok: true, payload: 42 });
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://example.com/' } }],
    ['a file:// page', { senderFrame: { url: 'file:///opt/lyncplan/dist/renderer/index.html' } }],
    ['a frame that has gone', { senderFrame: null }],
    ['no frame at all', {}],
  ])('refuses %s with forbidden', (_what, event) => {
    expect(serve(event, 42)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('the system browser opens only source pages (checklist 15)', () => {
  it('hands shell.openExternal the parsed address of an allowed page', async () => {
    const openExternal = vi.fn(async () => {});
    await sourcePageOpener(openExternal).open('HTTPS://TechNet.Microsoft.com/en-us/library/Gg615015(v=OCS.15)');
    expect(openExternal).toHaveBeenCalledWith('https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)');
  });

  it.each([
    'http://technet.microsoft.com/',
    'https://example.com/',
    'file:///etc/passwd',
    'smb://attacker/share/run.exe',
    'https://user:pw@technet.microsoft.com/',
  ])('never hands it %s', async (url) => {
    const openExternal = vi.fn(async () => {});
    await expect(sourcePageOpener(openExternal).open(url)).rejects.toThrow(/opens only the TechNet pages/);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

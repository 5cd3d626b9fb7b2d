import type { Session, WebContents } from 'electron';
import { NotAllowed } from '../node/ipc/hostErrors';
import { isAllowedNavigation, isTrustedSender } from '../node/security/navigation';
import { permissionAllowed } from '../node/security/permissions';
import { openableSourceUrl } from '../node/security/sourceLinks';

/**
 * The hardening main applies, as functions of the objects Electron hands it (types only are imported, so a test can
 * pass fakes): every webContents is kept on app://lyncplan, opens no window and attaches no <webview>; the session
 * grants no permission; IPC answers only the app's frames; the system browser opens only source pages.
 */

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Checklist items 11–14: no navigation or redirect away from the app, no new window, no <webview>. */
export function guardWebContents(contents: GuardedContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  // The window has webviewTag: false; should one be attached anyway, it is refused whatever its options.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No page ever opens a window: a source link reaches the system browser through shell.openSource alone.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Checklist item 5: both permission handlers, the asynchronous request and the synchronous check, deny. */
export function guardSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>) {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, origin) => permissionAllowed(permission, origin));
}

const FORBIDDEN = {
  ok: false,
  error: { code: 'forbidden', message: 'Requests are served to the lyncplan window only.' },
} as const;

/** Checklist item 17: an IPC handler that serves a request only when its frame is a page of app://lyncplan. */
export function fromAppFramesOnly<T>(
  serve: (payload: unknown) => T,
): (event: { senderFrame?: { url: string } | null }, payload: unknown) => T | typeof FORBIDDEN {
  return (event, payload) => (isTrustedSender(event.senderFrame?.url) ? serve(payload) : FORBIDDEN);
}

/**
 * Checklist item 15: the one way to the system browser. The handler has already allowed the address; it is asked
 * again here, next to the one call that leaves the app, and what is opened is the parsed, normalised address.
 */
export function sourcePageOpener(openExternal: (url: string) => Promise<void>): { open(url: string): Promise<void> } {
  return {
    open: async (url) => {
      const allowed = openableSourceUrl(url);
      if (!allowed) throw new NotAllowed('lyncplan opens only the TechNet pages its findings cite.');
      await openExternal(allowed);
    },
  };
}

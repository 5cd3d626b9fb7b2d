import { APP_HOST, APP_SCHEME } from './appProtocol';

/**
 * Whether a URL is one of the app's own pages: the `app:` scheme, the host `lyncplan` (without case, as Chromium
 * canonicalises it), no user, password or port. Parsed, never compared as text: `app://lyncplan.evil/` and
 * `app://lyncplan@evil/` are not ours. (Node gives a custom scheme the origin "null", so the parts are compared.)
 */
export function isAppUrl(url: string | undefined): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/**
 * The renderer is a single page served from app://lyncplan; a reload or a route of it stays there. Anything else a
 * page tries to load in the window (a link, a drag-dropped file, a redirect to the web or to file://) is refused.
 */
export function isAllowedNavigation(target: string): boolean {
  return isAppUrl(target);
}

/**
 * An IPC message is served only when it comes from a frame of the app's own origin, never from any other page or
 * frame that might end up in a webContents (Electron's checklist, item 17).
 */
export function isTrustedSender(senderUrl: string | undefined): boolean {
  return isAppUrl(senderUrl);
}

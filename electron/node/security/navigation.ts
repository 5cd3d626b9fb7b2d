/**
 * The renderer is a single page loaded from one URL; it never navigates. Anything else a page tries to load
 * in the window (a link, a drag-dropped file, a redirect) is refused.
 */
export function isAllowedNavigation(target: string, rendererUrl: string): boolean {
  return stripHash(target) === stripHash(rendererUrl);
}

/**
 * An IPC message is served only when it comes from the app's own page (the frame's URL is the renderer's
 * index.html), never from any other frame or page that might end up in a webContents.
 */
export function isTrustedSender(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false;
  return stripHash(senderUrl) === stripHash(rendererUrl);
}

function stripHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    parsed.search = '';
    return parsed.href;
  } catch {
    return `invalid:${url}`;
  }
}

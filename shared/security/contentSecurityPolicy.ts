/**
 * The renderer's Content Security Policy: only its own scripts and styles, no eval, no remote code, no
 * plugins. Connections only to its own origin (the web host's API); Electron's renderer uses IPC.
 * Both hosts send it as a response header, with `frame-ancestors`, which browsers honour only in a header: the web
 * host, and Electron's app://lyncplan scheme (electron/node/security/appProtocol.ts). index.html also carries it as
 * a meta tag, so the page is never without it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

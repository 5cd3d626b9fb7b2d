/**
 * The renderer's Content Security Policy: only its own scripts and styles, no eval, no remote code, no
 * plugins. Connections only to its own origin (the web host's API); Electron's renderer uses IPC.
 * index.html carries it as a meta tag (which also covers file:// in Electron); the web host sends it as a
 * header too, with `frame-ancestors`, which browsers honour only in a header.
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

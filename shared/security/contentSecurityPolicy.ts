/**
 * The renderer's Content Security Policy: only its own scripts and styles, no eval, no remote code, no
 * plugins, no framing. Connections only to its own origin (the web host's API); Electron's renderer uses IPC.
 * Shared by index.html (meta tag, which also covers file:// in Electron) and the web host's response header.
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
  "frame-ancestors 'none'",
].join('; ');

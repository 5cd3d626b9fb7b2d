import { join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/contentSecurityPolicy';
import { contentTypeOf } from '../webHost/staticFiles';

/**
 * The desktop window loads the renderer from `app://lyncplan/…` instead of `file://` (Electron's security checklist,
 * item 18): a file:// page may read any file the user can, while this scheme serves the renderer folder alone, with
 * the Content Security Policy as a real response header (a meta tag cannot carry `frame-ancestors`).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lyncplan';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * What `protocol.registerSchemesAsPrivileged` is given, before `ready`: a standard scheme (relative URLs resolve, the
 * page has an origin of its own), secure (a secure context, like https), fetch for its own files. Not `bypassCSP`,
 * not `corsEnabled` (which would let other origins read it), no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/** Headers every response of the scheme carries, found or not. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
} as const;

export type AppProtocolResponse =
  | { status: 200; filePath: string; headers: Record<string, string> }
  | { status: 400 | 404 | 405; headers: Record<string, string> };

/**
 * The answer to one request of the `app:` scheme: the file inside `rendererRoot` it names (200, with its content type
 * and the security headers) or a refusal. Only GET and HEAD, only the host `lyncplan`, no user, password or port; the
 * host is compared without case (Chromium lowercases a standard scheme's host; Node's parser does not). The
 * path is decoded one segment at a time and a segment that decodes to `.`, `..`, a separator (`/`, `\`), a NUL or a
 * drive colon is refused, so no encoding of `..` reaches the file system. A query or fragment is ignored (the file is
 * the same). Whether the file exists is the caller's question (a missing file is a 404 there too).
 */
export function appProtocolResponse(requestUrl: string, method: string, rendererRoot: string): AppProtocolResponse {
  const refuse = (status: 400 | 404 | 405) => ({ status, headers: { ...SECURITY_HEADERS } });
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  // A raw backslash is a separator to Chromium's standard-scheme parser and to Windows: never a file name here.
  if (typeof requestUrl !== 'string' || requestUrl.includes('\\')) return refuse(400);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST) return refuse(404);
  if (url.username !== '' || url.password !== '' || url.port !== '') return refuse(404);
  const segments = decodedSegments(url.pathname);
  if (!segments) return refuse(400);
  if (segments.length === 0) segments.push('index.html');
  const root = resolve(rendererRoot);
  const filePath = join(root, ...segments);
  // Belt and braces: whatever the segments were, the file is inside the renderer folder.
  if (!filePath.startsWith(root + sep)) return refuse(404);
  return { status: 200, filePath, headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(filePath) } };
}

/** The path's segments, each percent-decoded, or undefined when one is not a plain file or folder name. */
function decodedSegments(pathname: string): string[] | undefined {
  const raw = pathname.split('/').filter((segment, index) => !(index === 0 && segment === ''));
  if (raw.length > 0 && raw[raw.length - 1] === '') raw.pop();
  const segments: string[] = [];
  for (const part of raw) {
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (name === '' || name === '.' || name === '..' || /[/\\\0:]/.test(name)) return undefined;
    segments.push(name);
  }
  return segments;
}

/** A request's path and query, parsed without trusting them. */
export interface RequestTarget {
  /** The path, percent-decoded. */
  path: string;
  query: URLSearchParams;
}

/**
 * The path and query of a request line, or undefined for a target no browser sends for this app (not starting
 * with `/`, bad percent-encoding like `/%E0%A4%A`, a NUL byte): those get a 400, never a 500.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | undefined {
  if (!raw?.startsWith('/')) return undefined;
  const at = raw.indexOf('?');
  const encodedPath = at < 0 ? raw : raw.slice(0, at);
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0')) return undefined;
  return { path, query: new URLSearchParams(at < 0 ? '' : raw.slice(at + 1)) };
}

/**
 * Where to send the browser once the token has become a cookie: the same path and query without the token. A
 * path starting `//` would be another host to the browser (`//evil.example/`), so it is always made one `/`.
 */
export function withoutParameter(raw: string, name: string): string {
  const at = raw.indexOf('?');
  const path = `/${(at < 0 ? raw : raw.slice(0, at)).replace(/^[/\\]+/, '')}`;
  const query = new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
  query.delete(name);
  const rest = query.toString();
  return rest ? `${path}?${rest}` : path;
}

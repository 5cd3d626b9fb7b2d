import { timingSafeEqual } from 'node:crypto';

/**
 * The web host's secret, as Jupyter handles its own: printed in the terminal as `/?token=…`, traded once for an
 * HttpOnly cookie, so the page never carries it and another local process cannot read it from the page.
 */
export const TOKEN_PARAMETER = 'token';

/** One cookie per port: cookies ignore the port, so two hosts on 127.0.0.1 must not overwrite each other's. */
export const cookieNameFor = (port: number): string => `lyncplan-${port}`;

/** A cookie scripts cannot read (HttpOnly) and other sites cannot send (SameSite=Strict); plain http, so no Secure. */
export const sessionCookie = (port: number, token: string): string =>
  `${cookieNameFor(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;

/** Whether `given` is the token, in a time that does not depend on how much of it is right. */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(token, 'utf8');
  // timingSafeEqual throws on buffers of different byte lengths (a multi-byte character of the same string length).
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header, or undefined. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

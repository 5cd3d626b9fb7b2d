import { SOURCE_HOSTS } from '../../../shared/catalog/sourcePages';

/** The longest address the app will hand to the system browser; the table's are under 80 characters. */
const MAX_URL_LENGTH = 2_048;

/**
 * The address of a source page the desktop app may open in the system browser, or undefined. Only an `https:` URL
 * that parses, names no user, password or port, and whose host is one the source table uses (`SOURCE_HOSTS`) is
 * opened; what is opened is the parsed, normalised address, never the text as given. Anything else (another
 * scheme, another host, a host that merely starts or ends like an allowed one) is refused.
 */
export function openableSourceUrl(text: string): string | undefined {
  if (typeof text !== 'string' || text.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return undefined;
  return SOURCE_HOSTS.has(url.hostname) ? url.href : undefined;
}

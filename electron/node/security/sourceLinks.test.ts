import { describe, expect, it } from 'vitest';
import { SOURCE_HOSTS, SOURCE_PAGES } from '../../../shared/catalog/sourcePages';
import { openableSourceUrl } from './sourceLinks';

describe('openableSourceUrl: which addresses the desktop app opens in the system browser', () => {
  it('opens every page of the source table', () => {
    const urls = Object.values(SOURCE_PAGES).flatMap((page) => (page.url ? [page.url] : []));
    expect(urls.length).toBeGreaterThan(50);
    for (const url of urls) expect(openableSourceUrl(url), url).toBe(new URL(url).href);
    expect([...SOURCE_HOSTS]).toEqual(['technet.microsoft.com']);
  });

  it('opens the normalised address, not the text it was given', () => {
    expect(openableSourceUrl('HTTPS://TechNet.Microsoft.com/en-us/library/Gg615015(v=OCS.15)')).toBe(
      'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
    );
    expect(openableSourceUrl(' https://technet.microsoft.com/a\n')).toBe('https://technet.microsoft.com/a');
  });

  it.each([
    ['plain http', 'http://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)'],
    ['another host', 'https://example.com/'],
    ['a host that starts like an allowed one', 'https://technet.microsoft.com.example.com/'],
    ['a host that ends like an allowed one', 'https://eviltechnet.microsoft.com/'],
    ['a subdomain of an allowed host', 'https://www.technet.microsoft.com/'],
    ['an allowed host as the user name', 'https://technet.microsoft.com@example.com/'],
    ['a user and password', 'https://user:secret@technet.microsoft.com/'],
    ['a port', 'https://technet.microsoft.com:8443/'],
    ['a script', 'javascript:alert(1)//technet.microsoft.com'],
    ['a file', 'file:///etc/passwd'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['a relative path', '/en-us/library/Gg615015(v=OCS.15)'],
    ['no address at all', ''],
    ['an overlong address', `https://technet.microsoft.com/${'a'.repeat(2_048)}`],
  ])('refuses %s', (_what, url) => {
    expect(openableSourceUrl(url)).toBeUndefined();
  });

  it('refuses what is not text', () => {
    for (const value of [undefined, null, 42, {}, ['https://technet.microsoft.com/']])
      expect(openableSourceUrl(value as unknown as string)).toBeUndefined();
  });
});

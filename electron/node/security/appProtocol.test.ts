import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../../shared/security/contentSecurityPolicy';
import { APP_ENTRY_URL, APP_SCHEME_PRIVILEGES, appProtocolResponse } from './appProtocol';

const root = resolve('/opt/lyncplan/resources/app.asar/dist/renderer');
const answer = (url: string, method = 'GET') => appProtocolResponse(url, method, root);

describe('app://lyncplan serves the renderer folder and nothing else', () => {
  it('serves the page and its assets with their content types and the CSP as a header', () => {
    expect(answer(APP_ENTRY_URL)).toEqual({
      status: 200,
      filePath: join(root, 'index.html'),
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
        'X-Content-Type-Options': 'nosniff',
        'Content-Type': 'text/html; charset=utf-8',
      },
    });
    const script = answer('app://lyncplan/assets/index-Chdd_6u3.js');
    expect(script).toMatchObject({ status: 200, filePath: join(root, 'assets', 'index-Chdd_6u3.js') });
    expect(script.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(answer('app://lyncplan/assets/index-J88FzMvS.css').headers['Content-Type']).toBe('text/css; charset=utf-8');
    expect(answer('app://lyncplan/lyncplan.schema.json').headers['Content-Type']).toBe('application/json');
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });

  it('answers the bare origin with the page, and ignores a query or a fragment', () => {
    expect(answer('app://lyncplan/')).toMatchObject({ status: 200, filePath: join(root, 'index.html') });
    expect(answer('app://lyncplan')).toMatchObject({ status: 200, filePath: join(root, 'index.html') });
    expect(answer('app://lyncplan/index.html?x=../../etc/passwd#/print')).toMatchObject({
      status: 200,
      filePath: join(root, 'index.html'),
    });
    expect(answer('app://LYNCPLAN/index.html')).toMatchObject({ status: 200 });
  });

  it.each([
    ['an encoded slash', 'app://lyncplan/..%2f..%2fetc%2fpasswd', 400],
    ['an encoded backslash', 'app://lyncplan/..%5c..%5cwindows%5cwin.ini', 400],
    ['a raw backslash', 'app://lyncplan/..\\..\\windows\\win.ini', 400],
    ['a NUL', 'app://lyncplan/index.html%00.png', 400],
    ['a drive letter', 'app://lyncplan/C:%2fWindows', 400],
    ['a broken escape', 'app://lyncplan/%E0%A4%A', 400],
    ['another host', 'app://evil/index.html', 404],
    ['a host that starts like ours', 'app://lyncplan.evil/index.html', 404],
    ['a user name', 'app://lyncplan@evil/index.html', 404],
    ['our host as the user name', 'app://user@lyncplan/index.html', 404],
    ['a port', 'app://lyncplan:8080/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['https', 'https://lyncplan/index.html', 404],
    ['no URL at all', 'not a url', 400],
  ])('refuses %s', (_what, url, status) => {
    const response = answer(url);
    expect(response.status).toBe(status);
    expect(response).not.toHaveProperty('filePath');
    expect(response.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY_HEADER);
  });

  it.each([
    ['a literal ..', 'app://lyncplan/../../etc/passwd'],
    ['an encoded ..', 'app://lyncplan/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded .. in capitals', 'app://lyncplan/assets/%2E%2E/%2E%2E/etc/passwd'],
  ])('keeps %s inside the folder', (_what, url) => {
    // The URL parser (Node's and Chromium's) removes dot segments, %2e%2e included, before the path is read:
    // /../../etc/passwd is the renderer folder's etc/passwd, which does not exist (a 404 in main).
    const response = answer(url);
    expect(response).toMatchObject({ status: 200, filePath: join(root, 'etc', 'passwd') });
    if (response.status === 200) expect(response.filePath.startsWith(root + sep)).toBe(true);
  });

  it('serves only reads', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) expect(answer(APP_ENTRY_URL, method).status).toBe(405);
    expect(answer(APP_ENTRY_URL, 'HEAD').status).toBe(200);
  });

  it('registers the scheme as standard and secure, without bypassing the CSP or opening CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('the Vite build loads under app://lyncplan', () => {
  const built = resolve('dist/renderer');
  const html = existsSync(join(built, 'index.html')) ? readFileSync(join(built, 'index.html'), 'utf8') : undefined;

  it.skipIf(!html)('every script and style of the built page resolves to a file of the renderer folder', () => {
    const references = [...html!.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(references.length).toBeGreaterThanOrEqual(2);
    for (const reference of references) {
      const url = new URL(reference, APP_ENTRY_URL).href;
      expect(url.startsWith('app://lyncplan/'), `${reference} stays on the app origin`).toBe(true);
      const response = appProtocolResponse(url, 'GET', built);
      expect(response.status, reference).toBe(200);
      if (response.status === 200) expect(existsSync(response.filePath), reference).toBe(true);
    }
  });
});

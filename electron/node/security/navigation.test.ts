import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import { APP_ENTRY_URL } from './appProtocol';
import { isAllowedNavigation, isTrustedSender } from './navigation';

const hostile = [
  ['the web', 'https://example.com/'],
  [
    'a source page (it opens in the system browser instead)',
    'https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)',
  ],
  ['a local file', 'file:///home/user/evil.html'],
  ['the old file:// renderer', 'file:///opt/lyncplan/resources/app.asar/dist/renderer/index.html'],
  ['another host of the scheme', 'app://evil/index.html'],
  ['a host that starts like ours', 'app://lyncplan.evil.com/index.html'],
  ['our host as a user name', 'app://lyncplan@evil/index.html'],
  ['a port', 'app://lyncplan:1234/index.html'],
  ['a data URL', 'data:text/html,<script>alert(1)</script>'],
  ['a script URL', 'javascript:alert(1)'],
  ['about:blank', 'about:blank'],
  ['no URL', 'not a url'],
] as const;

describe('navigation stays within app://lyncplan', () => {
  it('allows the app page, its routes and its reloads', () => {
    expect(isAllowedNavigation(APP_ENTRY_URL)).toBe(true);
    expect(isAllowedNavigation(`${APP_ENTRY_URL}#/print`)).toBe(true);
    expect(isAllowedNavigation('app://lyncplan/')).toBe(true);
    expect(isAllowedNavigation('APP://LYNCPLAN/index.html?x=1')).toBe(true);
  });

  it.each(hostile)('refuses %s', (_what, url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('IPC is served to frames of app://lyncplan only', () => {
  it('serves the app page', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender(`${APP_ENTRY_URL}#/print`)).toBe(true);
  });

  it.each(hostile)('refuses %s', (_what, url) => {
    expect(isTrustedSender(url)).toBe(false);
  });

  it('refuses a frame with no URL', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('')).toBe(false);
  });
});

describe('the content security policy', () => {
  it('forbids remote and inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it('loads nothing from outside the app (checklist 1): no http, https, ws or wildcard source', () => {
    const sources = CONTENT_SECURITY_POLICY.split(';').flatMap((directive) => directive.trim().split(/\s+/).slice(1));
    for (const source of sources) expect(["'self'", "'none'", 'data:', 'blob:'], source).toContain(source);
  });
});

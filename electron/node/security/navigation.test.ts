import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/security/contentSecurityPolicy';
import { isAllowedNavigation, isTrustedSender } from './navigation';

const app = 'file:///opt/lyncplan/resources/app.asar/dist/renderer/index.html';

describe('navigation and IPC senders', () => {
  it('allows only a reload of the app page itself', () => {
    expect(isAllowedNavigation(`${app}#/print`, app)).toBe(true);
    expect(isAllowedNavigation('https://example.com/', app)).toBe(false);
    expect(isAllowedNavigation('file:///home/user/evil.html', app)).toBe(false);
    expect(isAllowedNavigation('not a url', app)).toBe(false);
    // A source link never takes the window away from the app: it opens in the system browser (shell.openSource).
    expect(isAllowedNavigation('https://technet.microsoft.com/en-us/library/Gg615015(v=OCS.15)', app)).toBe(false);
  });

  it('serves IPC only to the app page', () => {
    expect(isTrustedSender(app, app)).toBe(true);
    expect(isTrustedSender('https://example.com/', app)).toBe(false);
    expect(isTrustedSender(undefined, app)).toBe(false);
  });

  it('forbids remote and inline script in the content security policy', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

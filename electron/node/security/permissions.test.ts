import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './appProtocol';
import { permissionAllowed } from './permissions';

// Every permission Electron 45 names in setPermissionRequestHandler / setPermissionCheckHandler (electron.d.ts).
const electronPermissions = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
];

describe('permissionAllowed: the window gets no web permission', () => {
  it.each(electronPermissions)('denies %s to the app page and to any other origin', (permission) => {
    expect(permissionAllowed(permission, APP_ORIGIN)).toBe(false);
    expect(permissionAllowed(permission, 'https://example.com')).toBe(false);
    expect(permissionAllowed(permission, undefined)).toBe(false);
  });

  it('denies a permission it has never heard of', () => {
    expect(permissionAllowed('some-future-permission', APP_ORIGIN)).toBe(false);
  });
});

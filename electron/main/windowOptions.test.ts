import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './windowOptions';

describe('the main window is locked down', () => {
  const { webPreferences } = mainWindowOptions('/app/preload.cjs');

  it('isolates the page from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and the risky features off', () => {
    expect(webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
  });
});

describe('the main window enables nothing Electron leaves off', () => {
  const { webPreferences = {} } = mainWindowOptions('/app/preload.cjs');

  it('enables no Blink feature and no <webview> (checklist 10-11)', () => {
    expect(webPreferences.enableBlinkFeatures).toBeUndefined();
    expect(webPreferences.webviewTag).toBe(false);
  });

  it('names no session partition, so the guarded default session is the one it uses', () => {
    expect(webPreferences.partition).toBeUndefined();
    expect(webPreferences.session).toBeUndefined();
  });
});

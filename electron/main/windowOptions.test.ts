import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('the window before its page is drawn', () => {
  // The first and the dark block of app.css: the page's background in each theme.
  const css = readFileSync(join(__dirname, '..', '..', 'renderer', 'src', 'styles', 'app.css'), 'utf8');
  const background = (block: RegExp) => block.exec(css)?.[1]?.match(/--bg:\s*(#[0-9a-f]{6})/i)?.[1];

  it('is the page’s background in the theme in force, so neither theme flashes the other', () => {
    expect(mainWindowOptions('/app/preload.cjs').backgroundColor).toBe(background(/:root \{([^}]*)\}/));
    expect(mainWindowOptions('/app/preload.cjs', true).backgroundColor).toBe(
      background(/:root\[data-theme="dark"\] \{([^}]*)\}/),
    );
  });
});

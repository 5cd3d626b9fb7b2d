import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electron cannot start on the machines this is built on, so what main.ts wires is read from its text: the guards
 * themselves are tested as functions (shellGuards.test.ts, appProtocol.test.ts); these tests check that main applies
 * them, and that nothing around them undoes them. e2e/electronShell.spec.ts checks the same in a real window.
 */
function sources(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => ({ file: relative('.', join(folder, file)), text: readFileSync(join(folder, file), 'utf8') }));
}
const appSources = [...sources('electron'), ...sources('shared')];
const main = readFileSync(join(__dirname, 'main.ts'), 'utf8');
/** The text without its comments (block comments and whole-line // ones), so a comment may name what code may not. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('main loads the window from app://lyncplan, never from a file (checklist 18)', () => {
  it('registers the scheme before ready, serves it after, and loads the page from it', () => {
    const registered = main.indexOf('registerAppScheme();');
    const ready = main.indexOf('app.whenReady()');
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(ready);
    expect(main.indexOf('serveAppScheme(rendererRoot);')).toBeGreaterThan(ready);
    expect(main).toContain('loadURL(APP_ENTRY_URL)');
  });

  it('has no loadFile and no file:// address anywhere in the Electron code', () => {
    for (const { file, text } of appSources.filter(({ file }) => file.startsWith('electron/main/'))) {
      expect(code(text), file).not.toMatch(/\.loadFile\s*\(|file:\/\/|pathToFileURL/);
    }
  });
});

describe('main applies every guard (checklist 5, 11-15, 17)', () => {
  it('guards every webContents, the session and every IPC channel', () => {
    expect(main).toContain("app.on('web-contents-created', (_event, contents) => guardWebContents(contents));");
    expect(main).toContain('guardSession(session.defaultSession);');
    expect(code(main)).toMatch(/ipcMain\.handle\(\s*channel,\s*fromAppFramesOnly\(/);
    expect(code(main).match(/ipcMain\.(handle|on)\(/g)).toHaveLength(1);
  });

  it('calls shell.openExternal in one place, with the address sourcePageOpener allowed', () => {
    const calls = appSources.flatMap(({ file, text }) =>
      [...code(text).matchAll(/^.*\.openExternal\s*\(.*$/gm)].map((match) => `${file}: ${match[0].trim()}`),
    );
    expect(calls).toEqual(['electron/main/main.ts: opener: sourcePageOpener((url) => shell.openExternal(url)),']);
  });

  it('never opens paths or items in the desktop shell', () => {
    for (const { file, text } of appSources) expect(text, file).not.toMatch(/\bshell\.(openPath|openItem)\b/);
  });

  it('switches off no security default anywhere (no insecure flag, no bypass)', () => {
    for (const { file, text } of appSources)
      expect(code(text), file).not.toMatch(
        /enableBlinkFeatures|allowpopups|bypassCSP|corsEnabled|disable-web-security|no-sandbox|ignore-certificate-errors|ELECTRON_DISABLE_SECURITY_WARNINGS|appendSwitch/,
      );
  });
});

describe('main follows View ▸ Theme', () => {
  it('sets the native theme from the stored preference before the window exists, and again on each change', () => {
    const text = code(main);
    const fromStore = text.indexOf("nativeTheme.themeSource = readPreferences(store).theme ?? 'system';");
    const libraryOpened = text.indexOf("const opening = openLibrary(join(app.getPath('userData'), 'library.sqlite'));");
    expect(libraryOpened).toBeGreaterThan(0);
    expect(fromStore).toBeGreaterThan(libraryOpened);
    expect(fromStore).toBeLessThan(text.indexOf('createWindow();'));
    expect(text).toMatch(/appearance: \{\s*themeChanged: \(theme\) => \{\s*nativeTheme\.themeSource = theme;/);
    expect(text).toContain("mainWindowOptions(join(__dirname, 'preload.cjs'), nativeTheme.shouldUseDarkColors)");
  });
});

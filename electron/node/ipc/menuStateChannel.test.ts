import { describe, expect, it } from 'vitest';
import { APP_COMMAND_IDS } from '../../../shared/appCommands/appCommands';
import type { MenuState } from '../../../shared/ipc/menuState';
import { tempLibrary } from '../testing/tempLibrary';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

const library = tempLibrary();

const info = { host: 'electron' as const, version: '0.0.0', documentsDir: '/tmp', pathSeparator: '/' as const };

describe('menu.state: the renderer tells the native menu what is enabled and checked', () => {
  it('hands a well-formed state to the menu and answers nothing; the web host, without a menu, accepts it too', async () => {
    const shown: MenuState[] = [];
    const handlers = createHandlers({ store: library.store, info, menu: { show: (state) => shown.push(state) } });
    const state = { enabled: ['file.save', 'edit.undo'], checked: ['view.findings'], textField: false };
    expect(await dispatch(handlers, 'menu.state', state)).toEqual({ ok: true, result: {} });
    expect(shown).toEqual([state]);
    const web = createHandlers({ store: library.store, info: { ...info, host: 'web' } });
    expect(await dispatch(web, 'menu.state', state)).toEqual({ ok: true, result: {} });
  });

  it.each([
    [{ enabled: ['file.format-disk'], checked: [], textField: false }, 'enabled[0]'],
    [{ enabled: ['__proto__'], checked: [], textField: false }, 'enabled[0]'],
    [{ enabled: Array(APP_COMMAND_IDS.length + 1).fill('file.save'), checked: [], textField: false }, 'enabled'],
    [{ enabled: Array(1_000_000).fill('file.save'), checked: [], textField: false }, 'enabled'],
    [{ enabled: [], checked: [], textField: 'yes' }, 'textField'],
    [{ enabled: [], checked: [], textField: false, click: 'process.exit()' }, '(file)'],
    [{ enabled: [], checked: [] }, 'textField'],
    [null, '(file)'],
  ])('refuses a hostile payload before the menu sees it (%#)', async (payload, where) => {
    const shown: MenuState[] = [];
    const handlers = createHandlers({ store: library.store, info, menu: { show: (state) => shown.push(state) } });
    const response = await dispatch(handlers, 'menu.state', payload);
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(response.error.code).toBe('bad-request');
      expect(response.error.message).toContain(`The menu.state request is malformed at ${where}`);
    }
    expect(shown).toEqual([]);
  });
});

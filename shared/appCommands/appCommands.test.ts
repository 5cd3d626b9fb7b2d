import { describe, expect, it } from 'vitest';
import { matchesAccelerator, parseAccelerator, shownAccelerator } from './accelerators';
import { APP_COMMANDS, type AppCommandSpec } from './appCommands';

const table: readonly AppCommandSpec[] = APP_COMMANDS;
const keysOf = (command: AppCommandSpec) =>
  [command.accelerator, ...(command.alternates ?? [])].filter(Boolean) as string[];
const press = (key: string, rest: Partial<Parameters<typeof matchesAccelerator>[1]> = {}) => ({
  key,
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...rest,
});

describe('the command table', () => {
  it('names every command once, with an id of the form menu.verb', () => {
    const ids = table.map((command) => command.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  it('gives no two commands the same key, so a key runs one thing', () => {
    const keys = table.flatMap((command) => keysOf(command).map((key) => shownAccelerator(key)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes every key in Electron’s accelerator syntax', () => {
    for (const key of table.flatMap(keysOf)) expect(() => parseAccelerator(key), key).not.toThrow();
  });

  it('lists on the shortcut sheet every command that has keys', () => {
    for (const command of table) if (command.accelerator) expect(command.sheet, command.id).toBeDefined();
  });
});

describe('accelerators', () => {
  it('match the key events the shortcuts always took', () => {
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { ctrlKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', press('s', { metaKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+S', press('S', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+Shift+S', press('S', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('Delete', press('Delete'))).toBe(true);
    expect(matchesAccelerator('Delete', press('Delete', { ctrlKey: true }))).toBe(false);
    // Shift+1 is "!" on a US keyboard and "+" on a Swiss one: the digit is matched by its place.
    expect(matchesAccelerator('Shift+1', press('!', { code: 'Digit1', shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('Shift+1', press('1', { code: 'Digit1' }))).toBe(false);
    expect(matchesAccelerator('Alt+Shift+Left', press('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('Alt+Left', press('ArrowLeft', { altKey: true, shiftKey: true }))).toBe(false);
    // "?" says itself that Shift is held.
    expect(matchesAccelerator('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+Plus', press('+', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesAccelerator('M', press('m'))).toBe(true);
    expect(matchesAccelerator('M', press('m', { altKey: true }))).toBe(false);
  });

  it('print as the sheet always showed them', () => {
    expect(shownAccelerator('CmdOrCtrl+Shift+S')).toBe('Ctrl+Shift+S');
    expect(shownAccelerator('Alt+Shift+Left')).toBe('Alt+Shift+←');
    expect(shownAccelerator('Shift+1')).toBe('Shift+1');
    expect(shownAccelerator('CmdOrCtrl+Plus')).toBe('Ctrl++');
  });
});

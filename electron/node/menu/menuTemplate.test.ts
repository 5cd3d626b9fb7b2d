import { describe, expect, it } from 'vitest';
import { APP_COMMAND_IDS, isAppCommandId } from '../../../shared/appCommands/appCommands';
import type { MenuState } from '../../../shared/ipc/menuState';
import type { MenuItemSpec } from './menuItem';
import { type MenuActions, menuTemplate, type RecentDocument } from './menuTemplate';

const everything: MenuState = { enabled: [...APP_COMMAND_IDS], checked: [], textField: false };

function build(platform: NodeJS.Platform, state: Partial<MenuState> = {}, recent: RecentDocument[] = []) {
  const chosen: string[] = [];
  const actions: MenuActions = {
    command: (id) => chosen.push(`command:${id}`),
    openRecent: (path) => chosen.push(`open:${path}`),
    clearRecent: () => chosen.push('clear'),
  };
  const template = menuTemplate({ platform, appName: 'lyncplan', state: { ...everything, ...state }, recent, actions });
  return { template, chosen };
}

const titles = (template: MenuItemSpec[]) => template.map((menu) => menu.label ?? menu.role);
const menu = (template: MenuItemSpec[], title: string) => template.find((item) => item.label === title)!.submenu!;
const labels = (items: MenuItemSpec[]) =>
  items.map((item) => (item.type === 'separator' ? '—' : (item.label ?? item.role)));
const flatten = (items: MenuItemSpec[]): MenuItemSpec[] =>
  items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
const item = (template: MenuItemSpec[], id: string) => flatten(template).find((candidate) => candidate.id === id)!;

describe('the native menu template', () => {
  it('on macOS has the app menu with its roles first and a Window menu before Help', () => {
    const { template } = build('darwin');
    expect(titles(template)).toEqual(['lyncplan', 'File', 'Edit', 'View', 'Plan', 'window', 'Help']);
    expect(template[0]!.submenu!.map((entry) => entry.role).filter(Boolean)).toEqual([
      'about',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(template[5]!.submenu!.map((entry) => entry.role).filter(Boolean)).toEqual(['minimize', 'zoom', 'front']);
    // Quit lives in the app menu on a Mac, not at the end of File.
    expect(flatten(menu(template, 'File')).some((entry) => entry.role === 'quit')).toBe(false);
  });

  it('on Windows is File…Help with Exit at the end of File and About in Help', () => {
    const { template } = build('win32');
    expect(titles(template)).toEqual(['File', 'Edit', 'View', 'Plan', 'Help']);
    expect(labels(menu(template, 'File'))).toEqual([
      'New',
      'Open…',
      'Open Recent',
      'Library…',
      '—',
      'Save',
      'Save As…',
      '—',
      'Export',
      'Print…',
      '—',
      'Close',
      '—',
      'Exit',
    ]);
    expect(menu(template, 'File').at(-1)!.role).toBe('quit');
    expect(labels(menu(menu(template, 'File'), 'Export'))).toEqual([
      'PNG Image…',
      'SVG Drawing…',
      'Bill of Materials (CSV)…',
      'Link Bandwidth (CSV)…',
      'Migration Runbook (Markdown)…',
      'Migration Runbook (CSV)…',
    ]);
    expect(menu(template, 'Help').map((entry) => entry.role ?? entry.label)).toEqual([
      'Keyboard Shortcuts',
      undefined,
      'The .lyncplan File Format',
      'The lyncplan Command Line',
      undefined,
      'about',
    ]);
  });

  it('on Linux names the last File item Quit', () => {
    expect(menu(build('linux').template, 'File').at(-1)).toEqual({ role: 'quit', label: 'Quit' });
  });

  it('lists Edit and View as the issue asks, Plan with the migration commands that exist', () => {
    const { template } = build('linux');
    expect(labels(menu(template, 'Edit'))).toEqual([
      'Undo',
      'Redo',
      '—',
      'Cut',
      'Copy',
      'Paste',
      'Duplicate',
      'Delete',
      '—',
      'Select All',
      'Find…',
    ]);
    expect(labels(menu(template, 'View'))).toEqual([
      'Zoom to Fit',
      'Zoom to Selection',
      'Zoom In',
      'Zoom Out',
      '—',
      'Collapse All Sites',
      'Findings Panel',
      'Overview Map',
      'Theme',
      '—',
      'Lay Out: Sites Left to Right',
      'Lay Out: Hubs and Spokes',
      'Lay Out the Selected Site',
    ]);
    expect(labels(menu(template, 'Plan'))).toEqual([
      'Plan the Migration…',
      'Add Step…',
      '—',
      'Previous State',
      'Next State',
      '—',
      'Move Step Earlier',
      'Move Step Later',
      'Rename Step…',
      'Step Notes…',
      'Delete Step',
      '—',
      'Compare With…',
    ]);
  });

  it('gives every item with an id a command of the table, and runs that command when chosen', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template, chosen } = build(platform);
      const withIds = flatten(template).filter((entry) => entry.id !== undefined);
      expect(withIds.length).toBeGreaterThan(30);
      for (const entry of withIds) expect(isAppCommandId(entry.id!), entry.id).toBe(true);
      item(template, 'file.save').click!();
      expect(chosen).toEqual(['command:file.save']);
    }
  });

  it('never shows one accelerator on two items of a platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const shown = flatten(build(platform).template)
        .map((entry) => entry.accelerator)
        .filter((accelerator): accelerator is string => accelerator !== undefined)
        .map((accelerator) => accelerator.toLowerCase());
      expect(shown.length).toBeGreaterThan(12);
      expect(new Set(shown).size, platform).toBe(shown.length);
    }
  });

  it('registers only Ctrl/Cmd accelerators: a bare key (Delete, M) stays with a text field being typed in', () => {
    const linux = build('linux').template;
    expect(item(linux, 'file.save')).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(item(linux, 'file.save').registerAccelerator).toBeUndefined();
    expect(item(linux, 'edit.delete')).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    expect(item(linux, 'plan.next-state')).toMatchObject({ accelerator: 'Alt+Right', registerAccelerator: false });
    const mac = build('darwin').template;
    expect(item(mac, 'file.save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(mac, 'edit.delete').accelerator).toBeUndefined();
    expect(item(mac, 'view.overview-map').accelerator).toBeUndefined();
  });

  it('disables Delete and Save when the renderer says so, and checks the findings panel', () => {
    const enabled = APP_COMMAND_IDS.filter((id) => id !== 'edit.delete' && id !== 'file.save');
    const { template } = build('win32', { enabled, checked: ['view.findings'] });
    expect(item(template, 'edit.delete').enabled).toBe(false);
    expect(item(template, 'file.save').enabled).toBe(false);
    expect(item(template, 'edit.undo').enabled).toBe(true);
    expect(item(template, 'view.findings')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item(template, 'view.overview-map')).toMatchObject({ type: 'checkbox', checked: false });
  });

  it('offers View ▸ Theme ▸ as three radio items, the one the renderer checks in force', () => {
    const { template, chosen } = build('linux', { checked: ['view.theme-dark'] });
    const theme = menu(menu(template, 'View'), 'Theme');
    expect(theme.map((entry) => [entry.label, entry.type, entry.checked])).toEqual([
      ['Use System Setting', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    theme[1]!.click!();
    expect(chosen).toEqual(['command:view.theme-light']);
  });

  it('before the renderer has spoken, no command of the app is enabled', () => {
    const { template } = build('linux', { enabled: [] });
    expect(flatten(template).filter((entry) => entry.id && entry.enabled)).toEqual([]);
  });

  it('hands Cut, Copy, Paste and Select All to Electron’s roles while a text field has the focus, never Undo', () => {
    const { template } = build('darwin', { textField: true });
    const edit = menu(template, 'Edit');
    expect(edit.filter((entry) => entry.role).map((entry) => entry.role)).toEqual([
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    expect(edit.find((entry) => entry.role === 'copy')!.label).toBe('Copy');
    expect(item(template, 'edit.undo').role).toBeUndefined();
    expect(item(build('darwin').template, 'edit.copy').role).toBeUndefined();
  });

  it('builds Open Recent from the list it is given: a file that has gone is marked and disabled', () => {
    const { template, chosen } = build('linux', {}, [
      { path: '/plans/contoso.lyncplan', name: 'Contoso', missing: false },
      { path: '/plans/gone.lyncplan', name: 'Fabrikam & Co', missing: true },
    ]);
    const recent = menu(template, 'File').find((entry) => entry.label === 'Open Recent')!.submenu!;
    expect(labels(recent)).toEqual([
      'Contoso (/plans/contoso.lyncplan)',
      'Fabrikam && Co (not found: /plans/gone.lyncplan)',
      '—',
      'Clear Recent',
    ]);
    expect(recent[1]!.enabled).toBe(false);
    recent[0]!.click!();
    recent[3]!.click!();
    expect(chosen).toEqual(['open:/plans/contoso.lyncplan', 'clear']);
    const empty = build('darwin').template;
    const none = menu(empty, 'File').find((entry) => entry.label === 'Open Recent')!.submenu!;
    expect(none.map((entry) => [entry.label, entry.enabled])).toEqual([
      ['No recent files', false],
      [undefined, undefined],
      ['Clear Recent', false],
    ]);
  });
});

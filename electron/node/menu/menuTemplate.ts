import { hasCommandModifier } from '../../../shared/appCommands/accelerators';
import {
  APP_COMMANDS,
  type AppCommandId,
  type AppCommandSpec,
  type MenuName,
  SUBMENU_TITLES,
  type SubmenuName,
} from '../../../shared/appCommands/appCommands';
import type { MenuState } from '../../../shared/ipc/menuState';
import type { MenuItemSpec } from './menuItem';

/** A file of File ▸ Open Recent, as the recent-documents list gives it; a file that has gone is `missing`. */
export interface RecentDocument {
  path: string;
  name: string;
  missing: boolean;
}

/** What a chosen item does: electron/main/menu.ts binds these to the window. */
export interface MenuActions {
  /** An item of the command table: the renderer runs it (a host event `{kind: 'command'}`). */
  command(id: AppCommandId): void;
  openRecent(path: string): void;
  /** Absent while the recent list cannot be cleared: Clear Recent is shown disabled. */
  clearRecent?: () => void;
}

export interface MenuInput {
  platform: NodeJS.Platform;
  appName: string;
  state: MenuState;
  recent: readonly RecentDocument[];
  actions: MenuActions;
}

const TITLES: Record<MenuName, string> = { file: 'File', edit: 'Edit', view: 'View', plan: 'Plan', help: 'Help' };
const separator: MenuItemSpec = { type: 'separator' };

/**
 * The native menu bar as Electron's template, a pure function of the platform, the renderer's menu state and the
 * recent documents. macOS: the app menu (About, Services, Hide, Quit…) first and a Window menu before Help; Windows
 * and Linux: File…Help, with Exit (Quit) at the end of File and About in Help.
 */
export function menuTemplate(input: MenuInput): MenuItemSpec[] {
  const mac = input.platform === 'darwin';
  const menus: MenuItemSpec[] = [];
  if (mac) menus.push(appMenu(input.appName));
  for (const name of ['file', 'edit', 'view', 'plan'] as const) {
    menus.push({ label: TITLES[name], submenu: menuItems(name, input) });
  }
  if (mac)
    menus.push({ role: 'window', submenu: [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] });
  const help = menuItems('help', input);
  if (!mac) help.push(separator, { role: 'about', label: `About ${input.appName}` });
  menus.push({ role: 'help', label: TITLES.help, submenu: help });
  return menus;
}

function appMenu(appName: string): MenuItemSpec {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

/** The items of one menu: the table's commands in their groups, parted by separators, plus the menu's extras. */
function menuItems(name: MenuName, input: MenuInput): MenuItemSpec[] {
  const groups = new Map<number, MenuItemSpec[]>();
  for (const command of APP_COMMANDS as readonly AppCommandSpec[]) {
    if (command.menu?.in !== name) continue;
    const group = groups.get(command.menu.group) ?? [];
    if (command.menu.submenu) submenuIn(group, command.menu.submenu).push(commandItem(command, input));
    else group.push(commandItem(command, input));
    // Open Recent follows Open, as on every platform's File menu.
    if (command.id === 'file.open') group.push(openRecent(input));
    groups.set(command.menu.group, group);
  }
  const items = [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, group], at) => (at > 0 ? [separator, ...group] : group));
  if (name === 'file' && input.platform !== 'darwin')
    items.push(separator, { role: 'quit', label: input.platform === 'win32' ? 'Exit' : 'Quit' });
  return items;
}

/** A submenu (File ▸ Export ▸, View ▸ Theme ▸), made in its group the first time one of its commands is placed. */
function submenuIn(group: MenuItemSpec[], name: SubmenuName): MenuItemSpec[] {
  const label = SUBMENU_TITLES[name];
  let submenu = group.find((item) => item.label === label)?.submenu;
  if (!submenu) {
    submenu = [];
    group.push({ label, submenu });
  }
  return submenu;
}

/**
 * One command of the table as a menu item. While a text field has the focus, Cut, Copy, Paste and Select All are
 * Electron's roles, which act on the field natively and never reach the renderer; otherwise they are the app's own
 * commands on the canvas's selection. Undo and Redo are always the app's: the design has one history, and a
 * field's own undo would commit earlier text behind it (the renderer turns a field's native undo into it too).
 */
function commandItem(command: AppCommandSpec, { platform, state, actions }: MenuInput): MenuItemSpec {
  const id = command.id as AppCommandId;
  if (command.textRole && state.textField) return { role: command.textRole, label: command.label };
  const item: MenuItemSpec = {
    id,
    label: command.label,
    enabled: state.enabled.includes(id),
    click: () => actions.command(id),
    ...acceleratorOf(command, platform),
  };
  if (command.checkbox || command.radio) {
    item.type = command.radio ? 'radio' : 'checkbox';
    item.checked = state.checked.includes(id);
  }
  return item;
}

/**
 * The renderer's key handler runs every shortcut itself (it knows about text fields and dialogs, and it prevents
 * the key's default, so Electron does not also run the menu item: Electron offers the menu only the keys the page
 * left unhandled). A key without Ctrl/Cmd (Delete, M, Alt+←) would be taken from a text field being typed in if
 * the menu registered it: on Windows and Linux it is shown but not registered; macOS cannot show a key without
 * registering it, so there the item shows none (the shortcut sheet lists it).
 */
function acceleratorOf(
  command: AppCommandSpec,
  platform: NodeJS.Platform,
): Pick<MenuItemSpec, 'accelerator' | 'registerAccelerator'> {
  const accelerator = command.accelerator;
  if (!accelerator) return {};
  if (hasCommandModifier(accelerator)) return { accelerator };
  if (platform === 'darwin') return {};
  return { accelerator, registerAccelerator: false };
}

/** Windows and Linux read `&` in a label as the next letter's access key; `&&` is an ampersand. */
const literal = (text: string, platform: NodeJS.Platform) =>
  platform === 'darwin' ? text : text.replaceAll('&', '&&');

function openRecent({ platform, recent, actions }: MenuInput): MenuItemSpec {
  const files: MenuItemSpec[] = recent.map((file) =>
    file.missing
      ? { label: literal(`${file.name} (not found: ${file.path})`, platform), enabled: false }
      : { label: literal(`${file.name} (${file.path})`, platform), click: () => actions.openRecent(file.path) },
  );
  return {
    label: 'Open Recent',
    submenu: [
      ...(files.length > 0 ? files : [{ label: 'No recent files', enabled: false }]),
      separator,
      {
        label: 'Clear Recent',
        enabled: recent.length > 0 && actions.clearRecent !== undefined,
        click: () => actions.clearRecent?.(),
      },
    ],
  };
}

/**
 * The part of Electron's `MenuItemConstructorOptions` the app's template uses, spelt out here because
 * electron/node/ never imports electron (not even its types; the layer test refuses it). electron/main/menu.ts
 * hands the template to `Menu.buildFromTemplate`, so the compiler checks there that this stays assignable.
 */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close'
  | 'window'
  | 'help';

export interface MenuItemSpec {
  /** The command id, for the app's own items: `Menu.getMenuItemById` finds it. */
  id?: string;
  label?: string;
  role?: MenuRole;
  type?: 'normal' | 'separator' | 'submenu' | 'checkbox' | 'radio';
  accelerator?: string;
  /** Windows and Linux: false shows the accelerator without taking the key from the page. */
  registerAccelerator?: boolean;
  enabled?: boolean;
  checked?: boolean;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

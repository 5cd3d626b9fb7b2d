/**
 * Every command of the app, once: its stable id, its words, where the native menu puts it and which keys run it.
 * The menu (electron/node/menu/), the toolbar, the shortcut sheet and the renderer's key handler all read this
 * table, so a label or an accelerator is written here and nowhere else. What a command does, and when it is
 * enabled or checked, is the renderer's (renderer/src/app/commandImplementations.ts), keyed by these ids.
 */

/** Grid step of the canvas; an arrow key moves the selection by one step, Shift+arrow by five. */
export const NUDGE = { step: 8, large: 40 } as const;

/** The native menus that hold commands, in menu-bar order; macOS adds its app menu and Window menu around them. */
export const MENUS = ['file', 'edit', 'view', 'plan', 'help'] as const;
export type MenuName = (typeof MENUS)[number];

/** Submenus inside a menu's group, with their titles (File ▸ Export ▸, View ▸ Theme ▸). */
export const SUBMENU_TITLES = { export: 'Export', theme: 'Theme' } as const;
export type SubmenuName = keyof typeof SUBMENU_TITLES;

/** The shortcut sheet's columns. */
export const SHEET_GROUPS = ['File', 'Edit', 'Selection', 'View', 'Plan'] as const;
export type SheetGroup = (typeof SHEET_GROUPS)[number];

/**
 * The role that does the command natively while a text field has the focus (Electron's menu roles act on the
 * focused field: copy copies the field's text). The app's own command acts on the canvas's selection.
 */
export type TextRole = 'cut' | 'copy' | 'paste' | 'selectAll';

export interface AppCommandSpec {
  id: string;
  /** The menu item's label, in the platform's title case. */
  label: string;
  /** The toolbar button's shorter text, where the toolbar has one and it is shorter than the menu's label. */
  toolbarLabel?: string;
  /** One line for the shortcut sheet and the toolbar's tooltip. */
  description: string;
  /**
   * Where the native menu shows it: the menu, and the group inside it (groups are parted by separators); with
   * `submenu`, inside that group's submenu (File ▸ Export ▸).
   */
  menu?: { in: MenuName; group: number; submenu?: SubmenuName };
  /** Shown as a check box in the menu. */
  checkbox?: true;
  /** One of the choices of its submenu, shown as a radio item: the renderer checks the one in force. */
  radio?: true;
  /** The column of the shortcut sheet; a command without keys is not listed there. */
  sheet?: SheetGroup;
  /** In Electron's syntax (`CmdOrCtrl+S`): shown in the menu and the sheet, and matched by the key handler. */
  accelerator?: string;
  /** Further keys the key handler takes and the sheet lists, but the menu does not show (a menu item has one). */
  alternates?: readonly string[];
  /** Whether its keys also work while a text field has the focus (Ctrl+S saves from the inspector). */
  inFields?: true;
  textRole?: TextRole;
}

/** In the order the menus and the shortcut sheet list them. */
export const APP_COMMANDS = [
  // File
  {
    id: 'file.new',
    label: 'New',
    description: 'New design',
    menu: { in: 'file', group: 0 },
    sheet: 'File',
    accelerator: 'CmdOrCtrl+N',
    inFields: true,
  },
  {
    id: 'file.open',
    label: 'Open…',
    description: 'Open a .lyncplan file',
    menu: { in: 'file', group: 0 },
    sheet: 'File',
    accelerator: 'CmdOrCtrl+O',
    inFields: true,
  },
  {
    id: 'file.library',
    label: 'Library…',
    toolbarLabel: 'Library',
    description: 'Designs kept in the library',
    menu: { in: 'file', group: 0 },
  },
  {
    id: 'file.save',
    label: 'Save',
    description: 'Save',
    menu: { in: 'file', group: 1 },
    sheet: 'File',
    accelerator: 'CmdOrCtrl+S',
    inFields: true,
  },
  {
    id: 'file.save-as',
    label: 'Save As…',
    description: 'Save as a .lyncplan file',
    menu: { in: 'file', group: 1 },
    sheet: 'File',
    accelerator: 'CmdOrCtrl+Shift+S',
    inFields: true,
  },
  // The toolbar's Export… opens the dialog as it was left; File ▸ Export ▸ opens it on one kind of file.
  { id: 'file.export', label: 'Export…', description: 'Export PNG, SVG, CSV or Markdown' },
  {
    id: 'file.export-png',
    label: 'PNG Image…',
    description: 'Export a PNG image of the diagram',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.export-svg',
    label: 'SVG Drawing…',
    description: 'Export an SVG drawing of the diagram',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.export-bom',
    label: 'Bill of Materials (CSV)…',
    description: 'Export the bill of materials as CSV',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.export-bandwidth',
    label: 'Link Bandwidth (CSV)…',
    description: 'Export the bandwidth of each link as CSV',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.export-runbook-md',
    label: 'Migration Runbook (Markdown)…',
    description: 'Export the migration runbook as Markdown',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.export-runbook-csv',
    label: 'Migration Runbook (CSV)…',
    description: 'Export the migration runbook as CSV',
    menu: { in: 'file', group: 2, submenu: 'export' },
  },
  {
    id: 'file.print',
    label: 'Print…',
    description: 'Print preview and page setup',
    menu: { in: 'file', group: 2 },
    sheet: 'File',
    accelerator: 'CmdOrCtrl+P',
    inFields: true,
  },
  {
    id: 'file.close',
    label: 'Close',
    description: 'Close the design',
    menu: { in: 'file', group: 3 },
  },
  // Edit. Undo and Redo are the design's one history, from a field too: a field's own text undo would commit
  // earlier text behind the design's back (useShortcuts.ts, useDraft).
  {
    id: 'edit.undo',
    label: 'Undo',
    description: 'Undo the last change to the design, from a field too',
    menu: { in: 'edit', group: 0 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+Z',
    inFields: true,
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    description: 'Redo',
    menu: { in: 'edit', group: 0 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+Shift+Z',
    alternates: ['CmdOrCtrl+Y'],
    inFields: true,
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    description: 'Cut the selection',
    menu: { in: 'edit', group: 1 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+X',
    textRole: 'cut',
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    description: 'Copy the selection',
    menu: { in: 'edit', group: 1 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+C',
    textRole: 'copy',
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    description: 'Paste (FQDNs numbered on: fe03 → fe04)',
    menu: { in: 'edit', group: 1 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+V',
    textRole: 'paste',
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    description: 'Duplicate the selection',
    menu: { in: 'edit', group: 1 },
    sheet: 'Edit',
    accelerator: 'CmdOrCtrl+D',
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    description: 'Delete the selection',
    menu: { in: 'edit', group: 1 },
    sheet: 'Edit',
    accelerator: 'Delete',
    alternates: ['Backspace'],
  },
  {
    id: 'edit.nudge',
    label: 'Nudge',
    description: `Nudge the selection ${NUDGE.step} px (Shift: ${NUDGE.large} px)`,
    sheet: 'Edit',
    accelerator: 'Left',
    alternates: ['Up', 'Right', 'Down', 'Shift+Left', 'Shift+Up', 'Shift+Right', 'Shift+Down'],
  },
  {
    id: 'edit.select-all',
    label: 'Select All',
    description: 'Select everything',
    menu: { in: 'edit', group: 2 },
    sheet: 'Selection',
    accelerator: 'CmdOrCtrl+A',
    textRole: 'selectAll',
  },
  {
    id: 'edit.clear-selection',
    label: 'Clear Selection',
    description: 'Clear the selection',
    sheet: 'Selection',
    accelerator: 'Escape',
  },
  {
    id: 'edit.find',
    label: 'Find…',
    description: 'Find a site, pool, server or group by name or FQDN',
    menu: { in: 'edit', group: 2 },
    sheet: 'View',
    accelerator: 'CmdOrCtrl+F',
    inFields: true,
  },
  // View
  {
    id: 'view.fit',
    label: 'Zoom to Fit',
    toolbarLabel: 'Fit',
    description: 'Zoom to fit the design',
    menu: { in: 'view', group: 0 },
    sheet: 'View',
    accelerator: 'Shift+1',
  },
  {
    id: 'view.zoom-selection',
    label: 'Zoom to Selection',
    toolbarLabel: 'Selection',
    description: 'Zoom to the selection',
    menu: { in: 'view', group: 0 },
    sheet: 'View',
    accelerator: 'Shift+2',
  },
  {
    id: 'view.zoom-in',
    label: 'Zoom In',
    description: 'Zoom in on the canvas',
    menu: { in: 'view', group: 0 },
    sheet: 'View',
    accelerator: 'CmdOrCtrl+=',
    alternates: ['CmdOrCtrl+Plus'],
  },
  {
    id: 'view.zoom-out',
    label: 'Zoom Out',
    description: 'Zoom out of the canvas',
    menu: { in: 'view', group: 0 },
    sheet: 'View',
    accelerator: 'CmdOrCtrl+-',
  },
  {
    id: 'view.collapse-sites',
    label: 'Collapse All Sites',
    description: 'Draw every site as one box with its totals',
    menu: { in: 'view', group: 1 },
    checkbox: true,
  },
  {
    id: 'view.findings',
    label: 'Findings Panel',
    description: 'Show or hide the findings under the canvas',
    menu: { in: 'view', group: 1 },
    checkbox: true,
  },
  {
    id: 'view.overview-map',
    label: 'Overview Map',
    description: 'Show or hide the overview map',
    menu: { in: 'view', group: 1 },
    checkbox: true,
    sheet: 'View',
    accelerator: 'M',
  },
  // View ▸ Theme ▸: the window's colours, kept in the library's preferences (`theme`); the system's by default.
  {
    id: 'view.theme-system',
    label: 'Use System Setting',
    description: 'Light or dark as the system is set',
    menu: { in: 'view', group: 1, submenu: 'theme' },
    radio: true,
  },
  {
    id: 'view.theme-light',
    label: 'Light',
    description: 'Light colours, whatever the system',
    menu: { in: 'view', group: 1, submenu: 'theme' },
    radio: true,
  },
  {
    id: 'view.theme-dark',
    label: 'Dark',
    description: 'Dark colours, whatever the system',
    menu: { in: 'view', group: 1, submenu: 'theme' },
    radio: true,
  },
  {
    id: 'view.layout-left-to-right',
    label: 'Lay Out: Sites Left to Right',
    toolbarLabel: 'Whole design: sites left to right',
    description: 'Lay out the whole design, its sites left to right',
    menu: { in: 'view', group: 2 },
  },
  {
    id: 'view.layout-hub-and-spokes',
    label: 'Lay Out: Hubs and Spokes',
    toolbarLabel: 'Whole design: hubs and spokes',
    description: 'Lay out the whole design, branch sites around their hubs',
    menu: { in: 'view', group: 2 },
  },
  {
    id: 'view.layout-selected-site',
    label: 'Lay Out the Selected Site',
    toolbarLabel: 'Selected site only',
    description: 'Lay out the selected site only',
    menu: { in: 'view', group: 2 },
  },
  // Plan
  {
    id: 'plan.plan-migration',
    label: 'Plan the Migration…',
    description: 'Propose a migration plan for the Lync Server 2010 pools',
    menu: { in: 'plan', group: 0 },
  },
  {
    id: 'plan.add-step',
    label: 'Add Step…',
    description: 'Add a step after the state on screen',
    menu: { in: 'plan', group: 0 },
  },
  {
    id: 'plan.previous-state',
    label: 'Previous State',
    description: 'Show the state before this one in the migration plan',
    menu: { in: 'plan', group: 1 },
    sheet: 'Plan',
    accelerator: 'Alt+Left',
  },
  {
    id: 'plan.next-state',
    label: 'Next State',
    description: 'Show the state after this one',
    menu: { in: 'plan', group: 1 },
    sheet: 'Plan',
    accelerator: 'Alt+Right',
  },
  {
    id: 'plan.move-step-earlier',
    label: 'Move Step Earlier',
    description: 'Move the selected step one place earlier',
    menu: { in: 'plan', group: 2 },
    sheet: 'Plan',
    accelerator: 'Alt+Shift+Left',
  },
  {
    id: 'plan.move-step-later',
    label: 'Move Step Later',
    description: 'Move the selected step one place later',
    menu: { in: 'plan', group: 2 },
    sheet: 'Plan',
    accelerator: 'Alt+Shift+Right',
  },
  {
    id: 'plan.rename-step',
    label: 'Rename Step…',
    description: 'Rename the selected step',
    menu: { in: 'plan', group: 2 },
  },
  {
    id: 'plan.step-notes',
    label: 'Step Notes…',
    description: 'Edit the notes of the selected step',
    menu: { in: 'plan', group: 2 },
  },
  {
    id: 'plan.delete-step',
    label: 'Delete Step',
    description: 'Delete the selected step and what it added',
    menu: { in: 'plan', group: 2 },
  },
  {
    id: 'plan.compare',
    label: 'Compare With…',
    description: 'Compare the state on screen with another state of the plan',
    menu: { in: 'plan', group: 3 },
  },
  // Help
  {
    id: 'help.shortcuts',
    label: 'Keyboard Shortcuts',
    description: 'Show this sheet',
    menu: { in: 'help', group: 0 },
    sheet: 'View',
    accelerator: '?',
  },
  {
    id: 'help.format-docs',
    label: 'The .lyncplan File Format',
    description: 'Every field of a .lyncplan file, its versions and what is refused on opening',
    menu: { in: 'help', group: 1 },
  },
  {
    id: 'help.cli-docs',
    label: 'The lyncplan Command Line',
    description: 'lyncplan check and report: options, exit statuses and JSON output',
    menu: { in: 'help', group: 1 },
  },
] as const satisfies readonly AppCommandSpec[];

export type AppCommandId = (typeof APP_COMMANDS)[number]['id'];
export const APP_COMMAND_IDS = APP_COMMANDS.map((command) => command.id) as [AppCommandId, ...AppCommandId[]];

const byId: ReadonlyMap<string, AppCommandSpec> = new Map(APP_COMMANDS.map((command) => [command.id, command]));

export const isAppCommandId = (id: string): id is AppCommandId => byId.has(id);

export function appCommand(id: AppCommandId): AppCommandSpec {
  return byId.get(id)!;
}

/**
 * Keys the shortcut sheet lists that are gestures of one place, not commands: nothing in a menu runs them.
 */
export const GESTURES: ReadonlyArray<{ keys: readonly string[]; description: string; sheet: SheetGroup }> = [
  { keys: ['Shift+drag'], description: 'Select with a box', sheet: 'Selection' },
  { keys: ['Shift+click', 'Ctrl+click'], description: 'Add to or remove from the selection', sheet: 'Selection' },
  { keys: ['F2'], description: 'Rename the selected step (in the plan’s list)', sheet: 'Plan' },
];

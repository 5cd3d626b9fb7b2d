import type { CanvasView } from '../canvas/useCanvasView';
import { deleteSelection } from '../editing/deleteSelection';
import { copySelection, duplicateSelection, paste, selectAll } from '../editing/editActions';
import { moveSelectedStep, stepBy } from '../plan/planActions';
import { openPrintPreview } from '../print/PrintPreview';
import { redo, setSelection, undo, useDocument } from '../state/documentStore';
import { toggleOverviewMap } from '../state/preferences';
import { useUi } from '../state/uiStore';
import { historyStepOfKey } from '../ui/historyKeys';
import { openDesignFile, saveDesign, saveDesignAs } from './fileActions';

/** Grid step of the canvas; an arrow key moves by one step, Shift+arrow by five. */
export const NUDGE = { step: 8, large: 40 } as const;

export interface Shortcut {
  /** As shown in the shortcut sheet: alternatives are separate entries. */
  keys: string[];
  what: string;
  group: 'File' | 'Edit' | 'Selection' | 'View' | 'Plan';
  /** Whether the event is this shortcut; `mod` is Ctrl (Cmd on a Mac). */
  matches(event: KeyboardEvent, mod: boolean): boolean;
  run(view: CanvasView): void;
  /** Also when focus is in a text field (Ctrl+S saves from the inspector). */
  inFields?: boolean;
}

const key = (event: KeyboardEvent) => event.key.toLowerCase();
const plain = (event: KeyboardEvent, mod: boolean) => !mod && !event.altKey;
const hasSelection = () => useDocument.getState().selection.length > 0;

/** Every keyboard shortcut, in the order the sheet lists them. The sheet is drawn from this table. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    keys: ['Ctrl+S'],
    what: 'Save',
    group: 'File',
    inFields: true,
    matches: (e, mod) => mod && !e.shiftKey && key(e) === 's',
    run: () => void saveDesign(),
  },
  {
    keys: ['Ctrl+Shift+S'],
    what: 'Save as a .lyncplan file',
    group: 'File',
    inFields: true,
    matches: (e, mod) => mod && e.shiftKey && key(e) === 's',
    run: () => void saveDesignAs(),
  },
  {
    keys: ['Ctrl+O'],
    what: 'Open a .lyncplan file',
    group: 'File',
    inFields: true,
    matches: (e, mod) => mod && key(e) === 'o',
    run: () => void openDesignFile(),
  },
  {
    keys: ['Ctrl+P'],
    what: 'Print preview and page setup',
    group: 'File',
    inFields: true,
    matches: (e, mod) => mod && key(e) === 'p',
    run: () => openPrintPreview(),
  },
  // In fields too: the app has one undo history, and a field's text undo would commit earlier text behind it.
  {
    keys: ['Ctrl+Z'],
    what: 'Undo the last change to the design, from a field too',
    group: 'Edit',
    inFields: true,
    matches: (e) => historyStepOfKey(e) === 'undo',
    run: () => void undo(),
  },
  {
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    what: 'Redo',
    group: 'Edit',
    inFields: true,
    matches: (e) => historyStepOfKey(e) === 'redo',
    run: () => void redo(),
  },
  {
    keys: ['Ctrl+C'],
    what: 'Copy the selection',
    group: 'Edit',
    matches: (e, mod) => mod && key(e) === 'c',
    run: () => void copySelection(),
  },
  {
    keys: ['Ctrl+X'],
    what: 'Cut the selection',
    group: 'Edit',
    matches: (e, mod) => mod && key(e) === 'x',
    run: () => void (copySelection() && deleteSelection()),
  },
  {
    keys: ['Ctrl+V'],
    what: 'Paste (FQDNs numbered on: fe03 → fe04)',
    group: 'Edit',
    matches: (e, mod) => mod && key(e) === 'v',
    run: () => void paste(),
  },
  {
    keys: ['Ctrl+D'],
    what: 'Duplicate the selection',
    group: 'Edit',
    matches: (e, mod) => mod && key(e) === 'd',
    run: () => void duplicateSelection(),
  },
  {
    keys: ['Delete', 'Backspace'],
    what: 'Delete the selection',
    group: 'Edit',
    matches: (e, mod) => plain(e, mod) && (e.key === 'Delete' || e.key === 'Backspace') && hasSelection(),
    run: () => void deleteSelection(),
  },
  {
    keys: ['←', '↑', '→', '↓'],
    what: `Nudge the selection ${NUDGE.step} px (Shift: ${NUDGE.large} px)`,
    group: 'Edit',
    matches: (e, mod) => plain(e, mod) && e.key.startsWith('Arrow') && hasSelection(),
    run: () => undefined,
  },
  {
    keys: ['Ctrl+A'],
    what: 'Select everything',
    group: 'Selection',
    matches: (e, mod) => mod && key(e) === 'a',
    run: () => selectAll(),
  },
  { keys: ['Shift+drag'], what: 'Select with a box', group: 'Selection', matches: () => false, run: () => undefined },
  {
    keys: ['Shift+click', 'Ctrl+click'],
    what: 'Add to or remove from the selection',
    group: 'Selection',
    matches: () => false,
    run: () => undefined,
  },
  {
    keys: ['Escape'],
    what: 'Clear the selection',
    group: 'Selection',
    matches: (e) => e.key === 'Escape',
    run: () => setSelection([]),
  },
  {
    keys: ['Ctrl+F'],
    what: 'Find a site, pool, server or group by name or FQDN',
    group: 'View',
    inFields: true,
    matches: (e, mod) => mod && key(e) === 'f',
    run: () => document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus(),
  },
  {
    keys: ['Shift+1'],
    what: 'Zoom to fit the design',
    group: 'View',
    matches: (e, mod) => !mod && e.shiftKey && e.code === 'Digit1',
    run: (view) => view.zoomToFit(),
  },
  {
    keys: ['Shift+2'],
    what: 'Zoom to the selection',
    group: 'View',
    matches: (e, mod) => !mod && e.shiftKey && e.code === 'Digit2',
    run: (view) => view.zoomToSelection(),
  },
  {
    keys: ['M'],
    what: 'Show or hide the overview map',
    group: 'View',
    matches: (e, mod) => plain(e, mod) && key(e) === 'm',
    run: () => toggleOverviewMap(),
  },
  {
    keys: ['Alt+←'],
    what: 'Show the state before this one in the migration plan',
    group: 'Plan',
    matches: (e, mod) => !mod && e.altKey && !e.shiftKey && e.key === 'ArrowLeft',
    run: () => stepBy(-1),
  },
  {
    keys: ['Alt+→'],
    what: 'Show the state after this one',
    group: 'Plan',
    matches: (e, mod) => !mod && e.altKey && !e.shiftKey && e.key === 'ArrowRight',
    run: () => stepBy(1),
  },
  {
    keys: ['Alt+Shift+←'],
    what: 'Move the selected step one place earlier',
    group: 'Plan',
    matches: (e, mod) => !mod && e.altKey && e.shiftKey && e.key === 'ArrowLeft',
    run: () => moveSelectedStep(-1),
  },
  {
    keys: ['Alt+Shift+→'],
    what: 'Move the selected step one place later',
    group: 'Plan',
    matches: (e, mod) => !mod && e.altKey && e.shiftKey && e.key === 'ArrowRight',
    run: () => moveSelectedStep(1),
  },
  {
    keys: ['F2'],
    what: 'Rename the selected step (in the plan’s list)',
    group: 'Plan',
    matches: () => false,
    run: () => undefined,
  },
  {
    keys: ['?'],
    what: 'Show this sheet',
    group: 'View',
    matches: (e, mod) => !mod && e.key === '?',
    run: () => useUi.setState({ shortcutSheetOpen: true }),
  },
];

/** The arrow keys' direction, or undefined for any other key. */
export function nudgeOf(event: KeyboardEvent): { dx: number; dy: number } | undefined {
  const step = event.shiftKey ? NUDGE.large : NUDGE.step;
  switch (event.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return undefined;
  }
}

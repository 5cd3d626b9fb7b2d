/**
 * Electron's accelerator syntax (`CmdOrCtrl+Shift+S`), read three ways: as the key handler matches a key event,
 * as the shortcut sheet prints it, and whether a menu may register it. One syntax, so the menu and the keyboard
 * cannot drift apart.
 */

/** The fields of a DOM KeyboardEvent that a match reads; a plain object in tests. */
export interface KeyPress {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface ParsedAccelerator {
  /** Ctrl, or Cmd on a Mac: the app takes either on every platform, as it always has. */
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** Electron's key code: `S`, `1`, `Left`, `Delete`, `Plus`, `?`. */
  key: string;
}

const MODIFIERS: Record<string, 'mod' | 'shift' | 'alt'> = {
  cmdorctrl: 'mod',
  commandorcontrol: 'mod',
  ctrl: 'mod',
  control: 'mod',
  cmd: 'mod',
  command: 'mod',
  shift: 'shift',
  alt: 'alt',
  option: 'alt',
};

export function parseAccelerator(accelerator: string): ParsedAccelerator {
  // `CmdOrCtrl+-` and `CmdOrCtrl+=` split cleanly; the key is the last part.
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const parsed: ParsedAccelerator = { mod: false, shift: false, alt: false, key };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) throw new Error(`"${accelerator}" has an unknown modifier "${part}"`);
    parsed[modifier] = true;
  }
  return parsed;
}

/** Electron's names for keys whose DOM `key` differs. */
const DOM_KEY: Record<string, string> = {
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Plus: '+',
  Esc: 'Escape',
};

/** A printable character that is not a letter or digit: the character itself says whether Shift was held. */
const isPunctuation = (key: string) => key.length === 1 && !/[A-Za-z0-9]/.test(key);

/** Whether the key event is the accelerator (modifiers exactly, except Shift on punctuation). */
export function matchesAccelerator(accelerator: string, event: KeyPress): boolean {
  const wanted = parseAccelerator(accelerator);
  const key = DOM_KEY[wanted.key] ?? wanted.key;
  if ((event.ctrlKey || event.metaKey) !== wanted.mod || event.altKey !== wanted.alt) return false;
  if (!isPunctuation(key) && event.shiftKey !== wanted.shift) return false;
  // A digit by its place on the keyboard: Shift+1 is `!` as a character on most layouts.
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  if (key.length === 1) return event.key.toLowerCase() === key.toLowerCase();
  return event.key === key;
}

const SHOWN_KEY: Record<string, string> = { Left: '←', Right: '→', Up: '↑', Down: '↓', Plus: '+' };

/** As the shortcut sheet prints it: `Ctrl+Shift+S`, `Alt+←` (the sheet says that Cmd stands for Ctrl on a Mac). */
export function shownAccelerator(accelerator: string): string {
  const { mod, shift, alt, key } = parseAccelerator(accelerator);
  return [mod ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', SHOWN_KEY[key] ?? key].filter(Boolean).join('+');
}

/** Whether the accelerator holds Ctrl/Cmd: without it, a key would be taken from a text field being typed in. */
export const hasCommandModifier = (accelerator: string): boolean => parseAccelerator(accelerator).mod;

/** A step through the design's one undo history. */
export type HistoryStep = 'undo' | 'redo';

/** Ctrl+Z (Cmd+Z) is undo; Ctrl+Shift+Z and Ctrl+Y are redo; any other key is neither. */
export function historyStepOfKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): HistoryStep | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  return undefined;
}

/**
 * The browser's own Undo or Redo of a text field (the Edit menu, the context menu), as the `beforeinput` event
 * names it; any other input is neither.
 */
export function historyStepOfInput(event: InputEvent): HistoryStep | undefined {
  if (event.inputType === 'historyUndo') return 'undo';
  if (event.inputType === 'historyRedo') return 'redo';
  return undefined;
}

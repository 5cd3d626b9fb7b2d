/**
 * The one question closing or quitting asks when the design has unsaved changes (the page refused to unload:
 * Electron's `will-prevent-unload`). Cancel is the default and what Escape answers, so a reflex Enter or a stray
 * Escape never loses work; the autosaved draft stays in the library either way.
 */
export const UNSAVED_CHANGES_ON_CLOSE = {
  type: 'warning',
  title: 'Unsaved changes',
  message: 'This design has unsaved changes.',
  detail: 'Close lyncplan and lose them? The autosaved draft stays in the library.',
  buttons: ['Close without saving', 'Cancel'],
  defaultId: 1,
  cancelId: 1,
} as const;

/** What the answer means: `close` lets the page unload (the quit goes on); `stay` cancels the close and the quit. */
export function closeDecision(choice: number): 'close' | 'stay' {
  return UNSAVED_CHANGES_ON_CLOSE.buttons[choice] === 'Close without saving' ? 'close' : 'stay';
}

import { useEffect } from 'react';
import { useCanvasView } from '../canvas/useCanvasView';
import { redo, undo } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { historyStepOfInput } from '../ui/historyKeys';
import { nudgeOf, SHORTCUTS } from './shortcuts';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The keyboard, as the table in shortcuts.ts lists it; menus and buttons call the same actions. */
export function useShortcuts(): void {
  const view = useCanvasView();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = useUi.getState();
      if (ui.dialog || ui.libraryOpen || ui.exportOpen || ui.compareOpen) return;
      if (ui.shortcutSheetOpen) {
        if (event.key === 'Escape' || event.key === '?') useUi.setState({ shortcutSheetOpen: false });
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      const inField = typing(event.target);
      const shortcut = SHORTCUTS.find((candidate) => (!inField || candidate.inFields) && candidate.matches(event, mod));
      if (!shortcut) return;
      event.preventDefault();
      // Alt+arrows walk the plan's states; only plain and Shift+arrows nudge.
      const nudge = event.altKey ? undefined : nudgeOf(event);
      if (nudge) view.nudge(nudge.dx, nudge.dy);
      else shortcut.run(view);
    };
    // The browser's Undo from a menu, in a field that does not take it itself (the design's fields do, see
    // useDraft): the design's history, never the field's text, which would commit earlier values behind it.
    const onBeforeInput = (event: InputEvent) => {
      const step = historyStepOfInput(event);
      const ui = useUi.getState();
      if (!step || event.defaultPrevented || ui.dialog || ui.libraryOpen || ui.exportOpen) return;
      event.preventDefault();
      void (step === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeinput', onBeforeInput);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeinput', onBeforeInput);
    };
  }, [view]);
}

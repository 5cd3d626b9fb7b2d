import { useEffect } from 'react';
import { useCanvasView } from '../canvas/useCanvasView';
import { useUi } from '../state/uiStore';
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
      if (ui.dialog || ui.libraryOpen || ui.exportOpen) return;
      if (ui.shortcutSheetOpen) {
        if (event.key === 'Escape' || event.key === '?') useUi.setState({ shortcutSheetOpen: false });
        return;
      }
      const mod = event.ctrlKey || event.metaKey;
      const inField = typing(event.target);
      const shortcut = SHORTCUTS.find((candidate) => (!inField || candidate.inFields) && candidate.matches(event, mod));
      if (!shortcut) return;
      event.preventDefault();
      const nudge = nudgeOf(event);
      if (nudge) view.nudge(nudge.dx, nudge.dy);
      else shortcut.run(view);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);
}

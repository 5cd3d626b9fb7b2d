import { useEffect } from 'react';
import { setSelection, useDocument } from '../state/documentStore';
import { deleteSelection } from './deleteSelection';
import { useUi } from '../state/uiStore';
import { openDesignFile, saveDesign, saveDesignAs } from './fileActions';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The keyboard: Ctrl+S, Ctrl+Shift+S, Ctrl+O, Delete and Escape; menus and buttons call the same actions. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (useUi.getState().dialog) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 's') {
        event.preventDefault();
        void (event.shiftKey ? saveDesignAs() : saveDesign());
      } else if (mod && key === 'o') {
        event.preventDefault();
        void openDesignFile();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !typing(event.target)) {
        if (useDocument.getState().selection.length === 0) return;
        event.preventDefault();
        void deleteSelection();
      } else if (event.key === 'Escape' && !typing(event.target)) {
        setSelection([]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

import { useEffect } from 'react';
import { hasCommandModifier, matchesAccelerator } from '../../../shared/appCommands/accelerators';
import { APP_COMMANDS, type AppCommandId, type AppCommandSpec, NUDGE } from '../../../shared/appCommands/appCommands';
import { useCanvasView } from '../canvas/useCanvasView';
import { redo, undo } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { historyStepOfInput } from '../ui/historyKeys';
import { COMMAND_IMPLEMENTATIONS, nudgeOf } from './commandImplementations';
import { commandEnabled, isTextField } from './commandState';

const table: readonly AppCommandSpec[] = APP_COMMANDS;
const keysOf = (spec: AppCommandSpec): string[] =>
  spec.accelerator ? [spec.accelerator, ...(spec.alternates ?? [])] : [];

/**
 * The keyboard, as the command table (shared/appCommands) lists it: the one place keys are handled, in the browser
 * and in Electron alike. A key it handles has its default prevented, so Electron does not run the native menu's
 * item for it too; the menu and the toolbar run the same commands.
 */
export function useShortcuts(): void {
  const view = useCanvasView();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ui = useUi.getState();
      if (ui.dialog || ui.libraryOpen || ui.exportOpen || ui.compareOpen || ui.helpDocument) return;
      if (ui.shortcutSheetOpen) {
        if (event.key === 'Escape' || event.key === '?') useUi.setState({ shortcutSheetOpen: false });
        return;
      }
      const inField = isTextField(event.target);
      let key: string | undefined;
      const spec = table.find((candidate) => {
        if (inField && !candidate.inFields) return false;
        key = keysOf(candidate).find((accelerator) => matchesAccelerator(accelerator, event));
        return key !== undefined;
      });
      if (!spec || !key) return;
      if (!commandEnabled(spec, inField)) {
        // A disabled command keeps its Ctrl key from the browser (no "Save page as" for Ctrl+S without a design);
        // a bare key (Delete, an arrow) goes on to the page.
        if (hasCommandModifier(key)) event.preventDefault();
        return;
      }
      event.preventDefault();
      const nudge = spec.id === 'edit.nudge' ? nudgeOf(event, NUDGE) : undefined;
      if (nudge) view.nudge(nudge.dx, nudge.dy);
      else COMMAND_IMPLEMENTATIONS[spec.id as AppCommandId].run({ view, event });
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

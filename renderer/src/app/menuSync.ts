import { isAppCommandId } from '../../../shared/appCommands/appCommands';
import type { MenuState } from '../../../shared/ipc/menuState';
import type { CanvasView } from '../canvas/useCanvasView';
import { host } from '../contract/contractClient';
import { onHostEvent } from '../contract/hostEvents';
import { usePlanDialog } from '../migration/planDialogState';
import { useDocument } from '../state/documentStore';
import { usePreferences } from '../state/preferences';
import { useUi } from '../state/uiStore';
import { currentMenuState, runMenuCommand } from './commandState';

/** Long enough to fold a drag's frames into one message, short enough that a menu opened next is right. */
const MENU_STATE_DEBOUNCE_MS = 60;

/**
 * Keeps the native menu's enabled and checked items in step with the app: after any change of the stores or of
 * the focus, once the changes settle, the state is computed again and sent through `menu.state`, only when it
 * differs from the last one sent. Only in Electron (`window.lyncplanEvents`): the web host has no native menu.
 */
export function startMenuSync(): () => void {
  if (!window.lyncplanEvents) return () => undefined;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = () => {
    timer = undefined;
    const state: MenuState = currentMenuState();
    const text = JSON.stringify(state);
    if (text === last) return;
    last = text;
    void host.menu.state(state);
  };
  const schedule = () => {
    if (timer === undefined) timer = setTimeout(send, MENU_STATE_DEBOUNCE_MS);
  };
  const unsubscribes = [
    useDocument.subscribe(schedule),
    useDocument.temporal.subscribe(schedule),
    useUi.subscribe(schedule),
    usePreferences.subscribe(schedule),
    usePlanDialog.subscribe(schedule),
  ];
  window.addEventListener('focusin', schedule);
  window.addEventListener('focusout', schedule);
  schedule();
  return () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    window.removeEventListener('focusin', schedule);
    window.removeEventListener('focusout', schedule);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** A native menu item chosen: the renderer runs the command of that id (documents from the OS are not ours). */
export function runMenuCommands(view: () => CanvasView): () => void {
  return onHostEvent((event) => {
    if (event.kind !== 'command') return;
    if (isAppCommandId(event.command)) runMenuCommand(event.command, { view: view() });
    else console.warn(`lyncplan: the menu chose "${event.command}", which is no command of the app`);
  });
}

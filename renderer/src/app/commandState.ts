import { APP_COMMANDS, type AppCommandId, type AppCommandSpec } from '../../../shared/appCommands/appCommands';
import type { MenuState } from '../../../shared/ipc/menuState';
import { usePlanDialog } from '../migration/planDialogState';
import { useUi } from '../state/uiStore';
import { COMMAND_IMPLEMENTATIONS, type CommandEnv } from './commandImplementations';

const table: readonly AppCommandSpec[] = APP_COMMANDS;

/** A field that takes typed text: while one has the focus, its keys are its own. */
export const isTextField = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export const textFieldFocused = (): boolean => isTextField(document.activeElement);

/** A modal of the app is open: as a native app's sheet does, it leaves the menu's commands disabled. */
export function modalOpen(): boolean {
  const ui = useUi.getState();
  return (
    ui.dialog !== null ||
    ui.libraryOpen ||
    ui.exportOpen ||
    ui.compareOpen ||
    ui.shortcutSheetOpen ||
    ui.helpDocument !== null ||
    usePlanDialog.getState().open
  );
}

/**
 * Whether the command can run now: its own condition (nothing selected: Delete cannot), no modal open, and, while a
 * text field has the focus, only the commands that work in fields (Delete there deletes text, not servers).
 */
export function commandEnabled(spec: AppCommandSpec, typing: boolean): boolean {
  if (modalOpen() || (typing && !spec.inFields)) return false;
  return COMMAND_IMPLEMENTATIONS[spec.id as AppCommandId].enabled?.() ?? true;
}

/** What the native menu shows: sent to the main process through `menu.state` (menuSync.ts). */
export function currentMenuState(): MenuState {
  const typing = textFieldFocused();
  const ids = (filter: (spec: AppCommandSpec) => boolean) =>
    table.filter(filter).map((spec) => spec.id as AppCommandId);
  return {
    enabled: ids((spec) => spec.menu !== undefined && commandEnabled(spec, typing)),
    checked: ids(
      (spec) => spec.checkbox === true && (COMMAND_IMPLEMENTATIONS[spec.id as AppCommandId].checked?.() ?? false),
    ),
    textField: typing,
  };
}

/**
 * A command chosen in the native menu. A text role chosen while a field has the focus (the menu had not yet
 * heard of the focus) acts on the field, as Electron's role would have; a command that cannot run now is dropped.
 */
export function runMenuCommand(id: AppCommandId, env: CommandEnv): void {
  const spec = table.find((candidate) => candidate.id === id)!;
  const typing = textFieldFocused();
  if (typing && spec.textRole) {
    document.execCommand(spec.textRole);
    return;
  }
  if (commandEnabled(spec, typing)) COMMAND_IMPLEMENTATIONS[id].run(env);
}

import { shownAccelerator } from '../../../shared/appCommands/accelerators';
import { APP_COMMANDS, type AppCommandSpec, GESTURES, type SheetGroup } from '../../../shared/appCommands/appCommands';

export interface ShortcutRow {
  keys: string[];
  description: string;
}

/**
 * The shortcut sheet's rows of one column: the command table's commands with keys, then the gestures. Shift+arrow
 * is said by the nudge's own line, so a Shift variant of a key already listed is left out.
 */
export function shortcutRows(group: SheetGroup): ShortcutRow[] {
  const commands = (APP_COMMANDS as readonly AppCommandSpec[])
    .filter((spec) => spec.sheet === group && spec.accelerator)
    .map((spec) => {
      const keys = [spec.accelerator!, ...(spec.alternates ?? [])];
      const shown = keys.filter((key) => !(key.startsWith('Shift+') && keys.includes(key.slice('Shift+'.length))));
      return { keys: shown.map(shownAccelerator), description: spec.description };
    });
  const gestures = GESTURES.filter((gesture) => gesture.sheet === group).map((gesture) => ({
    keys: [...gesture.keys],
    description: gesture.description,
  }));
  return [...commands, ...gestures];
}

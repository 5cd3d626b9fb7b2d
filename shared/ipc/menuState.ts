import { z } from 'zod';
import { APP_COMMAND_IDS } from '../appCommands/appCommands';

const commandIds = z
  .array(z.enum(APP_COMMAND_IDS, { message: 'expected a command id of the app’s command table' }))
  .max(APP_COMMAND_IDS.length, { message: 'expected each command at most once' });

/**
 * What the renderer tells the main process for its native menu: which commands are enabled and which checked
 * (a command named in neither is disabled and unchecked), and whether a text field has the focus (then Cut, Copy,
 * Paste and Select All are Electron's roles acting on the field). Ids from the table only, each list no longer
 * than the table: a hostile payload cannot name an item that does not exist or send megabytes.
 */
export const menuStateSchema = z.strictObject({
  enabled: commandIds,
  checked: commandIds,
  textField: z.boolean({ message: 'expected true or false' }),
});

export type MenuState = z.infer<typeof menuStateSchema>;

/** Before the renderer has spoken: nothing of the app's can run yet. */
export const INITIAL_MENU_STATE: MenuState = { enabled: [], checked: [], textField: false };

import type { ReactNode } from 'react';
import { shownAccelerator } from '../../../shared/appCommands/accelerators';
import { type AppCommandId, appCommand } from '../../../shared/appCommands/appCommands';
import { useCanvasView } from '../canvas/useCanvasView';
import { COMMAND_IMPLEMENTATIONS } from './commandImplementations';

/** The toolbar's tooltip of a command: its line from the table, and its key. */
export function commandTooltip(id: AppCommandId, description = appCommand(id).description): string {
  const { accelerator } = appCommand(id);
  return accelerator ? `${description} (${shownAccelerator(accelerator)})` : description;
}

/** A toolbar button for a command of the table: its words and key from there, its action the command's own. */
export function CommandButton({
  command,
  className = 'toolbar-button',
  title,
  disabled,
  testId,
  ariaLabel,
  children,
}: {
  command: AppCommandId;
  className?: string;
  /** Said instead of the table's line, where the toolbar knows more (Save names the file). */
  title?: string;
  disabled?: boolean;
  testId?: string;
  /** For a button whose text is a sign (`?`). */
  ariaLabel?: string;
  children?: ReactNode;
}) {
  const view = useCanvasView();
  const spec = appCommand(command);
  return (
    <button
      type="button"
      className={className}
      onClick={() => COMMAND_IMPLEMENTATIONS[command].run({ view })}
      disabled={disabled}
      title={commandTooltip(command, title)}
      data-testid={testId}
      aria-label={ariaLabel}
    >
      {children ?? spec.toolbarLabel ?? spec.label}
    </button>
  );
}

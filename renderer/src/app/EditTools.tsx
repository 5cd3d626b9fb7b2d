import type { AppCommandId } from '../../../shared/appCommands/appCommands';
import { useHistoryAvailability } from '../state/documentStore';
import { CommandButton } from './CommandButton';
import { CommandMenu } from './CommandMenu';
import { SearchBox } from './SearchBox';

const LAYOUT_COMMANDS: readonly AppCommandId[] = [
  'view.layout-left-to-right',
  'view.layout-hub-and-spokes',
  'view.layout-selected-site',
];

/** The toolbar's editing group: undo and redo, automatic layout, zoom and find. */
export function EditTools() {
  const { canUndo, canRedo } = useHistoryAvailability();
  return (
    <div className="edit-tools">
      <CommandButton command="edit.undo" disabled={!canUndo} testId="undo" />
      <CommandButton command="edit.redo" disabled={!canRedo} testId="redo" />
      <span className="toolbar-separator" />
      <CommandMenu sections={[{ commands: LAYOUT_COMMANDS }]} label="Layout ▾" testId="layout-menu" />
      <CommandButton command="view.fit" className="toolbar-button toolbar-zoom" testId="zoom-fit" />
      <CommandButton command="view.zoom-selection" className="toolbar-button toolbar-zoom" testId="zoom-selection" />
      <SearchBox />
    </div>
  );
}

import { useState } from 'react';
import { type AppCommandId, appCommand } from '../../../shared/appCommands/appCommands';
import { useCanvasView } from '../canvas/useCanvasView';
import { useHistoryAvailability } from '../state/documentStore';
import { CommandButton } from './CommandButton';
import { COMMAND_IMPLEMENTATIONS } from './commandImplementations';
import { SearchBox } from './SearchBox';

const LAYOUT_COMMANDS: readonly AppCommandId[] = [
  'view.layout-left-to-right',
  'view.layout-hub-and-spokes',
  'view.layout-selected-site',
];

/** The toolbar's editing group: undo and redo, automatic layout, zoom, find, and the shortcut sheet. */
export function EditTools() {
  const { canUndo, canRedo } = useHistoryAvailability();
  const view = useCanvasView();
  const [layoutMenu, setLayoutMenu] = useState(false);
  return (
    <div className="edit-tools">
      <CommandButton command="edit.undo" disabled={!canUndo} testId="undo" />
      <CommandButton command="edit.redo" disabled={!canRedo} testId="redo" />
      <span className="toolbar-separator" />
      <div className="menu-anchor">
        <button
          type="button"
          className="toolbar-button"
          aria-haspopup="menu"
          aria-expanded={layoutMenu}
          onClick={() => setLayoutMenu(!layoutMenu)}
          data-testid="layout-menu"
        >
          Layout ▾
        </button>
        {layoutMenu ? (
          <div className="menu" role="menu" onMouseLeave={() => setLayoutMenu(false)}>
            {LAYOUT_COMMANDS.map((id) => (
              <button
                key={id}
                type="button"
                role="menuitem"
                className="menu-item"
                title={appCommand(id).description}
                onClick={() => {
                  setLayoutMenu(false);
                  COMMAND_IMPLEMENTATIONS[id].run({ view });
                }}
              >
                {appCommand(id).toolbarLabel}
              </button>
            ))}
          </div>
        ) : null}
      </div>
      <CommandButton command="view.fit" className="toolbar-button toolbar-zoom" testId="zoom-fit" />
      <CommandButton command="view.zoom-selection" className="toolbar-button toolbar-zoom" testId="zoom-selection" />
      <SearchBox />
      <CommandButton command="help.shortcuts" className="toolbar-button toolbar-help" ariaLabel="Keyboard shortcuts">
        ?
      </CommandButton>
    </div>
  );
}

import { useState } from 'react';
import { useCanvasView } from '../canvas/useCanvasView';
import { layOutDesign, layOutSelectedSite } from '../editing/editActions';
import { useHistoryAvailability } from '../state/documentStore';
import { CommandButton } from './CommandButton';
import { SearchBox } from './SearchBox';

/** The toolbar's editing group: undo and redo, automatic layout, zoom, find, and the shortcut sheet. */
export function EditTools() {
  const { canUndo, canRedo } = useHistoryAvailability();
  const view = useCanvasView();
  const [layoutMenu, setLayoutMenu] = useState(false);
  const layout = (run: () => void) => () => {
    setLayoutMenu(false);
    run();
  };
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
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={layout(() => layOutDesign('leftToRight'))}
            >
              Whole design: sites left to right
            </button>
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={layout(() => layOutDesign('hubAndSpokes'))}
            >
              Whole design: hubs and spokes
            </button>
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={layout(() => layOutSelectedSite(view.positionOf))}
            >
              Selected site only
            </button>
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

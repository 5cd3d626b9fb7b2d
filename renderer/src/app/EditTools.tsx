import { useState } from 'react';
import { useCanvasView } from '../canvas/useCanvasView';
import { layOutDesign, layOutSelectedSite } from '../editing/editActions';
import { redo, undo, useHistoryAvailability } from '../state/documentStore';
import { useUi } from '../state/uiStore';
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
      <button
        type="button"
        className="toolbar-button"
        onClick={() => undo()}
        disabled={!canUndo}
        title="Undo (Ctrl+Z)"
        data-testid="undo"
      >
        Undo
      </button>
      <button
        type="button"
        className="toolbar-button"
        onClick={() => redo()}
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z)"
        data-testid="redo"
      >
        Redo
      </button>
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
      <button
        type="button"
        className="toolbar-button toolbar-zoom"
        onClick={view.zoomToFit}
        title="Zoom to fit (Shift+1)"
        data-testid="zoom-fit"
      >
        Fit
      </button>
      <button
        type="button"
        className="toolbar-button toolbar-zoom"
        onClick={view.zoomToSelection}
        title="Zoom to the selection (Shift+2)"
        data-testid="zoom-selection"
      >
        Selection
      </button>
      <SearchBox />
      <button
        type="button"
        className="toolbar-button toolbar-help"
        onClick={() => useUi.setState({ shortcutSheetOpen: true })}
        title="Keyboard shortcuts (?)"
        aria-label="Keyboard shortcuts"
      >
        ?
      </button>
    </div>
  );
}

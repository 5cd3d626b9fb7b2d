import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { Canvas } from '../canvas/Canvas';
import { type Containers, defaultDropPoint, placeItem } from '../canvas/placeItem';
import { useCanvasView } from '../canvas/useCanvasView';
import { FindingsPanel } from '../findings/FindingsPanel';
import { Inspector } from '../inspector/Inspector';
import { PlanMigrationDialog } from '../migration/PlanMigrationDialog';
import { Palette } from '../palette/Palette';
import type { PaletteItem } from '../palette/paletteItems';
import { PlanStrip } from '../plan/PlanStrip';
import { ExportDialog } from '../print/ExportDialog';
import { PRINT_ROUTE, PrintPreview } from '../print/PrintPreview';
import { startAutosave } from '../state/autosave';
import { applyCommand, isDirty, setSelection, shownDesign, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { loadPreferences } from '../state/preferences';
import { applyTheme, useShownTheme } from '../state/theme';
import { DialogHost } from './DialogHost';
import { openDesignFile } from './fileActions';
import { HelpDocumentDialog } from './HelpDocumentDialog';
import { LibraryDialog } from './LibraryDialog';
import { runMenuCommands, startMenuSync } from './menuSync';
import { openDocumentsFromHost } from './openDocumentsFromHost';
import { ShortcutSheet } from './ShortcutSheet';
import { StartScreen } from './StartScreen';
import { Toasts } from './Toasts';
import { Toolbar } from './Toolbar';
import { useHashRoute } from './useHashRoute';
import { useShortcuts } from './useShortcuts';

/** The keyboard handler and the native menu's commands sit inside the React Flow provider: zooming needs the canvas. */
function KeyboardShortcuts() {
  useShortcuts();
  const view = useCanvasView();
  const current = useRef(view);
  current.current = view;
  useEffect(() => runMenuCommands(() => current.current), []);
  useEffect(() => startMenuSync(), []);
  return null;
}

export function App() {
  const hasDesign = useDocument((s) => s.design !== null);
  const route = useHashRoute();
  const containers = useRef<Containers | null>(null);
  const theme = useShownTheme();
  useLayoutEffect(() => applyTheme(theme), [theme]);
  useEffect(() => startAutosave(), []);
  useEffect(() => void loadPreferences(), []);
  // A .lyncplan file the OS hands the desktop app opens as Open… would (the unsaved-changes prompt included).
  useEffect(() => openDocumentsFromHost(openDesignFile), []);
  // Closing the window or reloading with unsaved changes asks first (Electron shows its own dialog).
  useEffect(() => {
    const guard = (event: BeforeUnloadEvent) => {
      if (!isDirty(useDocument.getState())) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, []);

  const addFromPalette = useCallback((item: PaletteItem) => {
    const { selection } = useDocument.getState();
    const design = shownDesign();
    if (!design || !containers.current) return;
    const point = defaultDropPoint(item, selection, design, containers.current);
    const id = newId(item.kind === 'site' ? 's' : item.kind === 'pool' ? 'p' : item.kind === 'server' ? 'v' : 'g');
    const keepSelection = item.kind === 'server';
    if (applyCommand(placeItem(item, point, containers.current, id)) && !keepSelection) setSelection([id]);
  }, []);

  return (
    <ReactFlowProvider>
      <KeyboardShortcuts />
      <div className="app">
        <Toolbar />
        {hasDesign && route !== PRINT_ROUTE ? <PlanStrip /> : null}
        {hasDesign && route === PRINT_ROUTE ? (
          <PrintPreview />
        ) : hasDesign ? (
          <div className="workspace">
            <Palette onAdd={addFromPalette} />
            <main className="stage">
              <Canvas containersRef={containers} />
              <FindingsPanel />
            </main>
            <Inspector />
          </div>
        ) : (
          <StartScreen />
        )}
        <LibraryDialog />
        <ShortcutSheet />
        <HelpDocumentDialog />
        <ExportDialog />
        <PlanMigrationDialog />
        <DialogHost />
        <Toasts />
      </div>
    </ReactFlowProvider>
  );
}

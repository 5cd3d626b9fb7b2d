import { openPlanDialog } from '../migration/planDialogState';
import { openPrintPreview } from '../print/PrintPreview';
import { isDirty, useDocument } from '../state/documentStore';
import { setLibraryOpen, useUi } from '../state/uiStore';
import { Icon } from '../ui/icons';
import { EditTools } from './EditTools';
import { closeCurrentDesign, newDesign, openDesignFile, saveDesign, saveDesignAs } from './fileActions';
import { useWindowTitle } from './useWindowTitle';

/** The time of the last draft, to the minute: short enough for the toolbar at 1440 px. */
const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });

/** The autosave line and its tooltip, which says it in full. */
function autosaveText(autosave: ReturnType<typeof useUi.getState>['autosave']): { text: string; title: string } {
  if (autosave.state === 'saving')
    return { text: 'Autosaving…', title: 'Writing a draft of the design to the library' };
  if (autosave.state === 'saved' && autosave.at)
    return {
      text: `Draft autosaved ${time(autosave.at)}`,
      title: `Draft autosaved ${time(autosave.at)}: a copy in the library in case lyncplan stops; Save keeps a revision`,
    };
  return { text: '', title: '' };
}

export function Toolbar() {
  const name = useDocument((s) => s.design?.meta.name);
  const dirty = useDocument(isDirty);
  const filePath = useDocument((s) => s.origin.filePath);
  const autosave = useUi((s) => s.autosave);
  const open = name !== undefined;
  // The union of the plan's states holds every 2010 pool that ever exists: cheap to ask on every edit.
  const hasLegacyPools = useDocument(
    (s) => s.design?.pools.some((pool) => pool.role === 'frontEnd' && pool.version === 2010) ?? false,
  );
  const status = autosaveText(autosave);
  useWindowTitle(name, dirty, filePath);
  return (
    <header className="toolbar">
      <div className="toolbar-brand">
        <span className="brand-mark brand-mark-small">
          <Icon name="link" size={16} />
        </span>
        <span className="brand-name">lyncplan</span>
      </div>
      {open ? (
        <div
          className="toolbar-title"
          title={filePath ? `Save writes ${filePath} and a library revision` : 'Save writes a library revision only'}
        >
          <span className="design-name" data-testid="design-name" title={name}>
            {name}
          </span>
          {dirty ? <span className="dirty-dot" title="Unsaved changes" data-testid="dirty" /> : null}
          <span className="design-origin" data-testid="design-origin">
            {filePath ?? 'library only'}
          </span>
        </div>
      ) : null}
      {open ? <EditTools /> : null}
      <nav className="toolbar-actions" aria-label="File">
        <button type="button" className="toolbar-button" onClick={() => void newDesign()} title="New design">
          New
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void openDesignFile()}
          title="Open a .lyncplan file (Ctrl+O)"
        >
          Open…
        </button>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => setLibraryOpen(true)}
          title="Designs kept in the library"
        >
          Library
        </button>
        {open ? (
          <>
            <span className="toolbar-separator" />
            <button
              type="button"
              className="toolbar-button"
              onClick={() => void saveDesign()}
              title={
                filePath ? `Save to ${filePath} and the library (Ctrl+S)` : 'Save a revision to the library (Ctrl+S)'
              }
            >
              Save
            </button>
            <button
              type="button"
              className="toolbar-button"
              onClick={() => void saveDesignAs()}
              title="Save as a .lyncplan file (Ctrl+Shift+S)"
            >
              Save As…
            </button>
            {/* Offered where it applies, a design with Lync Server 2010 pools: elsewhere its room goes to the rest. */}
            {hasLegacyPools ? (
              <button
                type="button"
                className="toolbar-button"
                onClick={openPlanDialog}
                title="Propose a migration plan for the Lync Server 2010 pools"
                data-testid="plan-migration-button"
                aria-label="Plan the migration…"
              >
                <span className="label-long">Plan the migration…</span>
                <span className="label-short">Plan…</span>
              </button>
            ) : null}
            <button
              type="button"
              className="toolbar-button"
              onClick={openPrintPreview}
              title="Print preview and page setup (Ctrl+P)"
              data-testid="print-preview-button"
            >
              Print…
            </button>
            <button
              type="button"
              className="toolbar-button"
              onClick={() => useUi.setState({ exportOpen: true })}
              title="Export PNG, SVG or CSV"
              data-testid="export-button"
            >
              Export…
            </button>
            <button
              type="button"
              className="toolbar-button"
              onClick={() => void closeCurrentDesign()}
              title="Close the design"
            >
              Close
            </button>
          </>
        ) : null}
      </nav>
      <div className="toolbar-status" data-testid="autosave-status" title={status.title || undefined}>
        {status.text}
        {autosave.state === 'failed' ? (
          <span className="status-error" title={autosave.message}>
            Autosave failed
          </span>
        ) : null}
      </div>
    </header>
  );
}

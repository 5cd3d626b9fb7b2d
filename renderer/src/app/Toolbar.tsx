import { appCommand } from '../../../shared/appCommands/appCommands';
import { openPlanDialog } from '../migration/planDialogState';
import { isDirty, useDocument } from '../state/documentStore';
import { useUi } from '../state/uiStore';
import { Icon } from '../ui/icons';
import { CommandButton } from './CommandButton';
import { CommandMenu, type CommandMenuSection } from './CommandMenu';
import { EditTools } from './EditTools';
import { useWindowTitle } from './useWindowTitle';

const HELP_MENU: readonly CommandMenuSection[] = [
  { commands: ['help.shortcuts', 'help.format-docs', 'help.cli-docs'] },
  { title: 'Theme', commands: ['view.theme-system', 'view.theme-light', 'view.theme-dark'] },
];

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
        <CommandButton command="file.new" />
        <CommandButton command="file.open" />
        <CommandButton command="file.library" />
        {open ? (
          <>
            <span className="toolbar-separator" />
            <CommandButton
              command="file.save"
              title={filePath ? `Save to ${filePath} and the library` : 'Save a revision to the library'}
            />
            <CommandButton command="file.save-as" />
            {/* Offered where it applies, a design with Lync Server 2010 pools: elsewhere its room goes to the rest. */}
            {hasLegacyPools ? (
              <button
                type="button"
                className="toolbar-button"
                onClick={openPlanDialog}
                title={appCommand('plan.plan-migration').description}
                data-testid="plan-migration-button"
                aria-label={appCommand('plan.plan-migration').label}
              >
                <span className="label-long">{appCommand('plan.plan-migration').label}</span>
                <span className="label-short">Plan…</span>
              </button>
            ) : null}
            <CommandButton command="file.print" testId="print-preview-button" />
            <CommandButton command="file.export" testId="export-button" />
            <CommandButton command="file.close" />
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
      {/* The native menu's Help and View ▸ Theme, for the web host (no menu bar) and always at hand: one button. */}
      <CommandMenu
        sections={HELP_MENU}
        label="?"
        ariaLabel="Help and theme"
        className="toolbar-button toolbar-round"
        testId="help-menu"
        align="right"
      />
    </header>
  );
}

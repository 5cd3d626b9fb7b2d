import type { AppCommandId } from '../../../shared/appCommands/appCommands';
import type { Theme } from '../../../shared/ipc/preferences';
import type { CanvasView } from '../canvas/useCanvasView';
import { deleteSelection } from '../editing/deleteSelection';
import {
  copySelection,
  duplicateSelection,
  layOutDesign,
  layOutSelectedSite,
  paste,
  selectAll,
} from '../editing/editActions';
import { openPlanDialog } from '../migration/planDialogState';
import {
  addStepAfterSelected,
  deleteSelectedStep,
  editSelectedStepNotes,
  moveSelectedStep,
  renameSelectedStep,
  stepBy,
} from '../plan/planActions';
import { openPrintPreview } from '../print/PrintPreview';
import { redo, setSelection, shownDesign, undo, useDocument } from '../state/documentStore';
import { setPreferences, toggleOverviewMap, usePreferences } from '../state/preferences';
import { setLibraryOpen, useUi } from '../state/uiStore';
import { closeCurrentDesign, newDesign, openDesignFile, saveDesign, saveDesignAs } from './fileActions';

/** What a command runs with: the canvas's view, and the key that ran it (none from a menu or a button). */
export interface CommandEnv {
  view: CanvasView;
  event?: KeyboardEvent;
}

/** What a command does and when it can: the renderer's half of the command table (shared/appCommands). */
export interface CommandImplementation {
  run(env: CommandEnv): void;
  /** Read from the stores when asked; a command without it is always enabled. */
  enabled?(): boolean;
  /** For the menu's check boxes. */
  checked?(): boolean;
}

const doc = () => useDocument.getState();
const hasDesign = () => doc().design !== null;
const hasSelection = () => doc().selection.length > 0;
const history = () => useDocument.temporal.getState();
const stepIndex = () => doc().view?.stepIndex;
const planSteps = () => doc().design?.migration?.steps ?? [];
const selectedStepAt = () => planSteps().findIndex((step) => step.id === useUi.getState().selectedState);

const hasPlanSteps = () => planSteps().length > 0;

/** File ▸ Export ▸ one kind of file: the export dialog, opened on it (ExportDialog.tsx names the kinds). */
const exportOf = (choice: string, enabled: () => boolean): CommandImplementation => ({
  run: () => useUi.setState({ exportOpen: true, exportChoice: choice }),
  enabled,
});

/** View ▸ Theme ▸ one choice: kept in the library's preferences, checked while it is the one in force. */
const themeChoice = (theme: Theme): CommandImplementation => ({
  run: () => setPreferences({ theme }),
  checked: () => usePreferences.getState().theme === theme,
});

/** Whether every site is drawn collapsed (and there is a site). */
function allSitesCollapsed(): boolean {
  const sites = shownDesign()?.sites ?? [];
  const collapsed = useUi.getState().collapsedSites;
  return sites.length > 0 && sites.every((site) => collapsed.has(site.id));
}

/** The arrow key's direction, or undefined for any other key. */
export function nudgeOf(
  event: KeyboardEvent,
  steps: { step: number; large: number },
): { dx: number; dy: number } | undefined {
  const step = event.shiftKey ? steps.large : steps.step;
  switch (event.key) {
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: -step };
    case 'ArrowDown':
      return { dx: 0, dy: step };
    default:
      return undefined;
  }
}

/**
 * Every command of the table, once, keyed by its id: the compiler refuses a missing or unknown id, and
 * commandImplementations.test.ts checks that none is left over.
 */
export const COMMAND_IMPLEMENTATIONS: Record<AppCommandId, CommandImplementation> = {
  'file.new': { run: () => void newDesign() },
  'file.open': { run: () => void openDesignFile() },
  'file.library': { run: () => setLibraryOpen(true) },
  'file.save': { run: () => void saveDesign(), enabled: hasDesign },
  'file.save-as': { run: () => void saveDesignAs(), enabled: hasDesign },
  'file.export': { run: () => useUi.setState({ exportOpen: true }), enabled: hasDesign },
  'file.export-png': exportOf('png', hasDesign),
  'file.export-svg': exportOf('svg', hasDesign),
  'file.export-bom': exportOf('bom', hasDesign),
  'file.export-bandwidth': exportOf('bandwidth', hasDesign),
  'file.export-runbook-md': exportOf('runbookMd', hasPlanSteps),
  'file.export-runbook-csv': exportOf('runbookCsv', hasPlanSteps),
  'file.print': { run: () => openPrintPreview(), enabled: hasDesign },
  'file.close': { run: () => void closeCurrentDesign(), enabled: hasDesign },
  'edit.undo': { run: () => void undo(), enabled: () => history().pastStates.length > 0 },
  'edit.redo': { run: () => void redo(), enabled: () => history().futureStates.length > 0 },
  'edit.cut': { run: () => void (copySelection() && deleteSelection()), enabled: hasSelection },
  'edit.copy': { run: () => void copySelection(), enabled: hasSelection },
  'edit.paste': { run: () => void paste(), enabled: hasDesign },
  'edit.duplicate': { run: () => void duplicateSelection(), enabled: hasSelection },
  'edit.delete': { run: () => void deleteSelection(), enabled: hasSelection },
  // The handler nudges from the key itself (useShortcuts.ts): nothing else runs this command.
  'edit.nudge': { run: () => undefined, enabled: hasSelection },
  'edit.select-all': { run: () => selectAll(), enabled: hasDesign },
  'edit.clear-selection': { run: () => setSelection([]) },
  'edit.find': {
    run: () => document.querySelector<HTMLInputElement>('[data-testid="search-input"]')?.focus(),
    enabled: hasDesign,
  },
  'view.fit': { run: ({ view }) => view.zoomToFit(), enabled: hasDesign },
  'view.zoom-selection': { run: ({ view }) => view.zoomToSelection(), enabled: hasSelection },
  'view.zoom-in': { run: ({ view }) => view.zoomIn(), enabled: hasDesign },
  'view.zoom-out': { run: ({ view }) => view.zoomOut(), enabled: hasDesign },
  'view.collapse-sites': {
    run: () =>
      useUi.setState({
        collapsedSites: allSitesCollapsed() ? new Set() : new Set((shownDesign()?.sites ?? []).map((site) => site.id)),
      }),
    enabled: () => (shownDesign()?.sites.length ?? 0) > 0,
    checked: allSitesCollapsed,
  },
  'view.findings': {
    run: () => setPreferences({ findingsPanelCollapsed: !usePreferences.getState().findingsPanelCollapsed }),
    enabled: hasDesign,
    checked: () => !usePreferences.getState().findingsPanelCollapsed,
  },
  'view.overview-map': {
    run: () => toggleOverviewMap(),
    enabled: hasDesign,
    checked: () => usePreferences.getState().overviewMapVisible,
  },
  'view.theme-system': themeChoice('system'),
  'view.theme-light': themeChoice('light'),
  'view.theme-dark': themeChoice('dark'),
  'view.layout-left-to-right': { run: () => void layOutDesign('leftToRight'), enabled: hasDesign },
  'view.layout-hub-and-spokes': { run: () => void layOutDesign('hubAndSpokes'), enabled: hasDesign },
  'view.layout-selected-site': {
    run: ({ view }) => void layOutSelectedSite(view.positionOf),
    enabled: hasSelection,
  },
  'plan.plan-migration': {
    run: () => openPlanDialog(),
    // Offered where it applies, as the toolbar's button: a design with Lync Server 2010 pools.
    enabled: () => doc().design?.pools.some((pool) => pool.role === 'frontEnd' && pool.version === 2010) ?? false,
  },
  'plan.add-step': { run: () => void addStepAfterSelected(), enabled: hasDesign },
  'plan.previous-state': { run: () => stepBy(-1), enabled: () => (stepIndex() ?? -1) >= 0 },
  'plan.next-state': {
    run: () => stepBy(1),
    enabled: () => doc().plan !== null && (stepIndex() ?? -1) < planSteps().length - 1,
  },
  'plan.move-step-earlier': { run: () => moveSelectedStep(-1), enabled: () => selectedStepAt() > 0 },
  'plan.move-step-later': {
    run: () => moveSelectedStep(1),
    enabled: () => selectedStepAt() >= 0 && selectedStepAt() < planSteps().length - 1,
  },
  'plan.rename-step': { run: () => void renameSelectedStep(), enabled: () => selectedStepAt() >= 0 },
  'plan.step-notes': { run: () => void editSelectedStepNotes(), enabled: () => selectedStepAt() >= 0 },
  'plan.delete-step': { run: () => deleteSelectedStep(), enabled: () => selectedStepAt() >= 0 },
  'plan.compare': { run: () => useUi.setState({ compareOpen: true }), enabled: () => doc().plan !== null },
  'help.shortcuts': { run: () => useUi.setState({ shortcutSheetOpen: true }) },
  'help.format-docs': { run: () => useUi.setState({ helpDocument: 'format' }) },
  'help.cli-docs': { run: () => useUi.setState({ helpDocument: 'cli' }) },
};

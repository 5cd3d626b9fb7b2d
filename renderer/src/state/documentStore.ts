import { temporal } from 'zundo';
import { create, useStore } from 'zustand';
import { CommandRefused } from '../../../shared/commands/commandError';
import { touchModifiedAt } from '../../../shared/commands/touchModifiedAt';
import { type Design, entityCollections } from '../../../shared/model/design';
import { START_STATE } from '../../../shared/model/migration';
import { createValidator } from '../../../shared/validate';
import { createWaiverView, type WaivedValidation } from '../../../shared/waivers/applyWaivers';
import { commandInSelectedState } from './commandInSelectedState';
import { validateOpenPlan } from './planValidation';
import { type PlanView, planViewOf } from './planView';
import { createStateView, type StateView } from './stateView';
import { notify, useUi } from './uiStore';

/** Where the open design was last saved: the library revision and, if any, the .lyncplan file. */
export interface DesignOrigin {
  filePath?: string;
  revision?: number;
}

export interface DocumentState {
  design: Design | null;
  /**
   * The design's validation, with its index and its findings by subject (the badges read those), its waivers
   * applied: `findings` and `findingsBySubject` hold what counts, the waived findings are in `waivers`.
   */
  validation: WaivedValidation | null;
  /** The plan of a design with one: every state validated, the findings that count, the counts per state. */
  plan: PlanView | null;
  /**
   * What the canvas, the inspector and the findings show: the state selected in the plan (uiStore's
   * `selectedState`), or the design and its validation when it has no plan.
   */
  view: StateView | null;
  origin: DesignOrigin;
  /** The design as last saved (or opened clean); the open design is dirty while it is another object. */
  savedDesign: Design | null;
  selection: readonly string[];
}

const empty: DocumentState = {
  design: null,
  validation: null,
  plan: null,
  view: null,
  origin: {},
  savedDesign: null,
  selection: [],
};

/** How many steps back Ctrl+Z reaches; designs share structure, so each step costs only what it changed. */
export const UNDO_LIMIT = 500;

/**
 * The one document store. The design is the truth; validation is recomputed from it on every change, and
 * the canvas's React Flow nodes and edges are derived from both. Selection lives here too but is never part
 * of the design.
 */
export const useDocument = create<DocumentState>()(
  // Undo history (zundo) records the design only: selection, validation and the viewport are never undo
  // steps, and one command (a whole drag, a paste, a layout) is one step.
  temporal(() => empty, {
    partialize: (state): Pick<DocumentState, 'design'> => ({ design: state.design }),
    equality: (past, current) => past.design === current.design,
    limit: UNDO_LIMIT,
  }),
);

const history = () => useDocument.temporal.getState();

/**
 * The typing session a command runs in, if any: a field's commits while it keeps the focus are one undo step,
 * as a whole drag is, rather than one step per key. `lastStepSession` is the session of the newest step.
 */
let typingSession: string | undefined;
let lastStepSession: string | undefined;

/**
 * Runs `commit` (a field's commit of a typed value) as part of typing session `session`: its command joins the
 * previous step when that step was the same session's, so "200" typed into a field is one step, not three.
 */
export function asTyping<T>(session: string, commit: () => T): T {
  typingSession = session;
  try {
    return commit();
  } finally {
    typingSession = undefined;
  }
}

/** Replaces the whole document without an undo step, and forgets the history of the previous design. */
function replaceDocument(state: DocumentState): void {
  lastStepSession = undefined;
  history().pause();
  useDocument.setState(state);
  history().clear();
  history().resume();
}

/** One validator for the open design: a drag or a typed count re-checks only what it touched. */
const validator = createValidator();
/** Its result with the design's waivers applied; the same object while neither changes. */
const waiverView = createWaiverView();

/** The selected state's view, made again only for what changed. */
const stateView = createStateView();

type Derived = Pick<DocumentState, 'design' | 'validation' | 'plan' | 'view'>;

function withValidation(design: Design, previous: Design | null = null): Derived {
  const validation = waiverView(validator.validate(design), design.waivers);
  const plan = design.migration ? planViewOf(validateOpenPlan(design), design.waivers) : null;
  const stateId = stateToShow(design, previous);
  if (stateId !== useUi.getState().selectedState) {
    following = true;
    useUi.setState({ selectedState: stateId });
    following = false;
  }
  return { design, validation, plan, view: stateView(design, validation, plan, stateId) };
}

/**
 * The state to show after a change: the one selected while it exists; when an undo or a deletion took the selected
 * step away, the nearest step before it that remains, else `start`. Undefined for a design without a plan.
 */
function stateToShow(design: Design, previous: Design | null): string | undefined {
  const steps = design.migration?.steps;
  if (!steps) return undefined;
  const selected = useUi.getState().selectedState;
  if (selected === undefined || selected === START_STATE) return START_STATE;
  const remaining = new Set(steps.map((step) => step.id));
  if (remaining.has(selected)) return selected;
  const before = previous?.migration?.steps ?? [];
  for (let i = before.findIndex((step) => step.id === selected) - 1; i >= 0; i--)
    if (remaining.has(before[i]!.id)) return before[i]!.id;
  return START_STATE;
}

/** Set while the store itself moves the selected state (a step undone): the view is being made already. */
let following = false;

// Another state selected: the view follows, and the selection keeps only what exists in that state.
useUi.subscribe((ui, previous) => {
  if (following || ui.selectedState === previous.selectedState) return;
  const { design, validation, plan, selection } = useDocument.getState();
  if (!design || !validation) return;
  const view = stateView(design, validation, plan, ui.selectedState);
  useDocument.setState({ view, selection: existingIn(view.design, selection) });
});

/** The ids of `ids` that name an entity of `design`, in their order (the same array when all do). */
function existingIn(design: Design, ids: readonly string[]): readonly string[] {
  if (ids.length === 0) return ids;
  const exists = new Set<string>();
  for (const collection of entityCollections) for (const entity of design[collection]) exists.add(entity.id);
  const kept = ids.filter((id) => exists.has(id));
  return kept.length === ids.length ? ids : kept;
}

/** The design on screen: the selected state of the plan, or the design itself when it has none. */
export function shownDesign(): Design | null {
  const { view, design } = useDocument.getState();
  return view?.design ?? design;
}

/** Opens a design: a clean one from a file or revision, or a dirty one (a recovered draft, a new design). */
export function loadDesign(design: Design, origin: DesignOrigin, options: { dirty: boolean }): void {
  // A design opens on its estate as it stands today: the plan's `start`.
  following = true;
  useUi.setState({ selectedState: design.migration ? START_STATE : undefined });
  following = false;
  replaceDocument({ ...empty, ...withValidation(design), origin, savedDesign: options.dirty ? null : design });
}

export function closeDesign(): void {
  following = true;
  useUi.setState({ selectedState: undefined });
  following = false;
  replaceDocument(empty);
}

/** What happened to a command: whether the design changed, and why it was refused if it was. */
export interface CommandOutcome {
  changed: boolean;
  refused?: string;
}

/**
 * Applies one pure command to the state on screen: to the design itself, or, with a step of its plan selected,
 * recorded into that step (commandInSelectedState). A command that refuses (a server dropped outside a pool, a
 * negative count) leaves the design untouched and returns the reason.
 */
export function runCommand(command: (design: Design) => Design): CommandOutcome {
  return runFileCommand(commandInSelectedState(command));
}

/**
 * Applies one pure command to the file whatever state is on screen: an edit of the plan itself (a step renamed,
 * moved, deleted) or of what holds in every state (a waiver).
 */
export function runFileCommand(command: (design: Design) => Design): CommandOutcome {
  const { design } = useDocument.getState();
  if (!design) return { changed: false };
  let next: Design;
  try {
    next = command(design);
  } catch (error) {
    if (error instanceof CommandRefused) return { changed: false, refused: error.message };
    throw error;
  }
  if (next === design) return { changed: false };
  const joinsLastStep =
    typingSession !== undefined && typingSession === lastStepSession && history().pastStates.length > 0;
  if (joinsLastStep) history().pause();
  useDocument.setState(withValidation(touchModifiedAt(next, new Date().toISOString()), design));
  if (joinsLastStep) history().resume();
  lastStepSession = typingSession;
  return { changed: true };
}

/** runCommand for the canvas, palette and keyboard: a refusal is shown as a message. Returns whether the design changed. */
export function applyCommand(command: (design: Design) => Design): boolean {
  return shown(runCommand(command));
}

/** runFileCommand, a refusal shown as a message. */
export function applyFileCommand(command: (design: Design) => Design): boolean {
  return shown(runFileCommand(command));
}

function shown(outcome: CommandOutcome): boolean {
  if (outcome.refused) notify(outcome.refused, 'error');
  return outcome.changed;
}

/** Records that `design` (the one that was written) is saved; later changes make the open design dirty again. */
export function markSaved(origin: DesignOrigin, design: Design): void {
  // Typing on after a save starts a new step, so undo can come back to the saved design.
  lastStepSession = undefined;
  useDocument.setState((state) => ({ origin: { ...state.origin, ...origin }, savedDesign: design }));
}

/** Ctrl+Z: the design before the last command, validated again; the selection keeps what still exists. */
export function undo(): boolean {
  return travel(() => history().undo());
}

/** Ctrl+Shift+Z / Ctrl+Y: the command undone last, again. */
export function redo(): boolean {
  return travel(() => history().redo());
}

function travel(step: () => void): boolean {
  lastStepSession = undefined;
  const before = useDocument.getState().design;
  step();
  const { design, selection } = useDocument.getState();
  if (!design || design === before) return false;
  const derived = withValidation(design, before);
  useDocument.setState({ ...derived, selection: existingIn(derived.view!.design, selection) });
  return true;
}

/** Whether Undo and Redo have anything to do, for the toolbar's buttons. */
export function useHistoryAvailability(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(useDocument.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useDocument.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}

export function setSelection(ids: readonly string[]): void {
  const current = useDocument.getState().selection;
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  useDocument.setState({ selection: ids });
}

export const isDirty = (state: DocumentState): boolean => state.design !== null && state.design !== state.savedDesign;

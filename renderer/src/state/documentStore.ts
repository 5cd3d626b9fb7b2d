import { create } from 'zustand';
import { CommandRefused } from '../../../shared/commands/commandError';
import { touch } from '../../../shared/commands/updateDesign';
import type { Design } from '../../../shared/model/design';
import type { Finding } from '../../../shared/rules/rule';
import { createValidator, type ValidationResult } from '../../../shared/validate';
import { notify } from './uiStore';

/** Where the open design was last saved: the library revision and, if any, the .lyncplan file. */
export interface DesignOrigin {
  filePath?: string;
  revision?: number;
}

export interface DocumentState {
  design: Design | null;
  validation: ValidationResult | null;
  findingsBySubject: ReadonlyMap<string, Finding[]>;
  origin: DesignOrigin;
  /** Counts document changes; the design is dirty while it differs from `savedChangeCount`. */
  changeCount: number;
  savedChangeCount: number;
  selection: readonly string[];
}

const empty: DocumentState = {
  design: null,
  validation: null,
  findingsBySubject: new Map(),
  origin: {},
  changeCount: 0,
  savedChangeCount: 0,
  selection: [],
};

/**
 * The one document store. The design is the truth; validation is recomputed from it on every change, and
 * the canvas's React Flow nodes and edges are derived from both. Selection lives here too but is never part
 * of the design.
 */
export const useDocument = create<DocumentState>(() => empty);

/** One validator for the open design: a drag or a typed count re-checks only what it touched. */
const validator = createValidator();

function withValidation(design: Design): Pick<DocumentState, 'design' | 'validation' | 'findingsBySubject'> {
  const validation = validator.validate(design);
  const previous = useDocument.getState();
  if (previous.validation === validation) return { design, validation, findingsBySubject: previous.findingsBySubject };
  const findingsBySubject = new Map<string, Finding[]>();
  for (const finding of validation.findings) {
    for (const subject of finding.subjects) {
      const list = findingsBySubject.get(subject);
      if (list) list.push(finding);
      else findingsBySubject.set(subject, [finding]);
    }
  }
  return { design, validation, findingsBySubject };
}

/** Opens a design: a clean one from a file or revision, or a dirty one (a recovered draft, a new design). */
export function loadDesign(design: Design, origin: DesignOrigin, options: { dirty: boolean }): void {
  useDocument.setState({ ...empty, ...withValidation(design), origin, changeCount: options.dirty ? 1 : 0, savedChangeCount: 0 });
}

export function closeDesign(): void {
  useDocument.setState(empty);
}

/** What happened to a command: whether the design changed, and why it was refused if it was. */
export interface CommandOutcome {
  changed: boolean;
  refused?: string;
}

/**
 * Applies one pure command to the open design. A command that refuses (a server dropped outside a pool, a
 * negative count) leaves the design untouched and returns the reason.
 */
export function runCommand(command: (design: Design) => Design): CommandOutcome {
  const { design, changeCount } = useDocument.getState();
  if (!design) return { changed: false };
  let next: Design;
  try {
    next = command(design);
  } catch (error) {
    if (error instanceof CommandRefused) return { changed: false, refused: error.message };
    throw error;
  }
  if (next === design) return { changed: false };
  useDocument.setState({ ...withValidation(touch(next, new Date().toISOString())), changeCount: changeCount + 1 });
  return { changed: true };
}

/** runCommand for the canvas, palette and keyboard: a refusal is shown as a message. Returns whether the design changed. */
export function applyCommand(command: (design: Design) => Design): boolean {
  const outcome = runCommand(command);
  if (outcome.refused) notify(outcome.refused, 'error');
  return outcome.changed;
}

export function markSaved(origin: DesignOrigin, atChange: number): void {
  useDocument.setState((state) => ({ origin: { ...state.origin, ...origin }, savedChangeCount: atChange }));
}

export function setSelection(ids: readonly string[]): void {
  const current = useDocument.getState().selection;
  if (current.length === ids.length && current.every((id, i) => id === ids[i])) return;
  useDocument.setState({ selection: ids });
}

export const isDirty = (state: DocumentState): boolean => state.design !== null && state.changeCount !== state.savedChangeCount;

import { create } from 'zustand';

export type ToastKind = 'info' | 'success' | 'error';
export interface Toast {
  id: number;
  text: string;
  kind: ToastKind;
}

/** A modal question; `resolve` receives the chosen button's id and the text typed, or null when dismissed. */
export interface DialogRequest {
  title: string;
  message: string;
  detail?: string;
  /** Lines shown in a monospace list, such as the problems found in a file. */
  list?: string[];
  buttons: ReadonlyArray<{ id: string; label: string; kind?: 'primary' | 'danger' }>;
  /** When set, the dialog has a text field starting with this value; its text is passed back in `text`. */
  input?: { label: string; value: string };
  resolve: (choice: { button: string; text: string } | null) => void;
}

/** A saved revision: its id in the library, and which save of the design it was (1 for the first), for wording. */
export interface RevisionRef {
  designId: string;
  revision: number;
  number: number;
}

/** The documents of Help ▸ (renderer/src/app/helpDocuments.ts holds their text). */
export type HelpDocumentId = 'format' | 'cli';

interface UiState {
  toasts: Toast[];
  dialog: DialogRequest | null;
  libraryOpen: boolean;
  /** A saved revision shown read-only in the library dialog, before the user restores it or goes back. */
  revisionPreview: RevisionRef | null;
  autosave: { state: 'idle' | 'saving' | 'saved' | 'failed'; at?: string; message?: string };
  shortcutSheetOpen: boolean;
  /** The document Help shows (the file format or the command line), or null while none is open. */
  helpDocument: HelpDocumentId | null;
  exportOpen: boolean;
  /** What File ▸ Export ▸ asked for (`png`, `bom`…): the export dialog opens on it; null keeps the last choice. */
  exportChoice: string | null;
  /** Sites drawn as one box with their totals; a view setting, never part of the design or its undo history. */
  collapsedSites: ReadonlySet<string>;
  /**
   * The state of the open design's plan on screen: `start` or a step id; undefined for a design without a plan. A
   * view setting like the viewport: never part of the design or its undo history.
   */
  selectedState: string | undefined;
  /** Whether the findings panel lists the findings of every state of the plan, not only of the selected one. */
  findingsOfAllStates: boolean;
  /** "Compare with…" is open: the keyboard's shortcuts wait, as for the other dialogs. */
  compareOpen: boolean;
}

export const useUi = create<UiState>(() => ({
  toasts: [],
  dialog: null,
  libraryOpen: false,
  revisionPreview: null,
  autosave: { state: 'idle' },
  shortcutSheetOpen: false,
  helpDocument: null,
  exportOpen: false,
  exportChoice: null,
  collapsedSites: new Set<string>(),
  selectedState: undefined,
  findingsOfAllStates: false,
  compareOpen: false,
}));

/** Shows another state of the plan (`start` or a step id); the document store derives what it shows. */
export function selectState(stateId: string): void {
  if (useUi.getState().selectedState !== stateId) useUi.setState({ selectedState: stateId });
}

export function toggleSiteCollapsed(siteId: string): void {
  useUi.setState((state) => {
    const next = new Set(state.collapsedSites);
    if (!next.delete(siteId)) next.add(siteId);
    return { collapsedSites: next };
  });
}

let nextToast = 1;

/** A short message at the bottom of the window; errors stay longer. */
export function notify(text: string, kind: ToastKind = 'info'): void {
  const id = nextToast++;
  useUi.setState((state) => ({ toasts: [...state.toasts.slice(-3), { id, text, kind }] }));
  setTimeout(
    () => useUi.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
    kind === 'error' ? 8000 : 3500,
  );
}

/** Shows a modal dialog and waits for the user's answer. */
export function ask(request: Omit<DialogRequest, 'resolve'>): Promise<{ button: string; text: string } | null> {
  return new Promise((resolve) => {
    useUi.setState({
      dialog: {
        ...request,
        resolve: (choice) => {
          useUi.setState({ dialog: null });
          resolve(choice);
        },
      },
    });
  });
}

export function setLibraryOpen(open: boolean): void {
  useUi.setState({ libraryOpen: open, revisionPreview: null });
}

/** Shows a saved revision read-only in the library dialog (opening it if need be); null goes back to the list. */
export function previewRevision(preview: RevisionRef | null): void {
  useUi.setState(preview ? { libraryOpen: true, revisionPreview: preview } : { revisionPreview: null });
}

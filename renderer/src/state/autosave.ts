import { host, unwrap } from '../contract/contractClient';
import { isDirty, useDocument } from './documentStore';
import { useUi } from './uiStore';

/** How long the design must rest before its draft is written: a drag or a typed number is one write. */
const AUTOSAVE_DELAY_MS = 800;

/**
 * Writes the open design's draft into the library a moment after each change, so a crash loses at most the
 * last second. Drafts are kept apart from saved revisions and from the user's file, which only Save changes.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: unknown;
  const unsubscribe = useDocument.subscribe((state, previous) => {
    // Saved (a revision replaces the draft), closed or another design opened: the line no longer names a draft.
    if (state.savedDesign !== previous.savedDesign || state.design?.meta.id !== previous.design?.meta.id)
      if (!isDirty(state) && useUi.getState().autosave.state === 'saved')
        useUi.setState({ autosave: { state: 'idle' } });
    if (state.design === previous.design) return;
    if (timer) clearTimeout(timer);
    if (!state.design || !isDirty(state)) return;
    timer = setTimeout(() => void write(), AUTOSAVE_DELAY_MS);
  });

  async function write(): Promise<void> {
    const state = useDocument.getState();
    if (!state.design || !isDirty(state) || state.design === lastWritten) return;
    const design = state.design;
    const filePath = state.origin.filePath;
    useUi.setState({ autosave: { state: 'saving' } });
    try {
      // The file goes with the draft, so a design recovered after a crash still saves back to it.
      const { savedAt } = await unwrap(host.library.autosave({ design, ...(filePath ? { filePath } : {}) }));
      lastWritten = design;
      useUi.setState({ autosave: { state: 'saved', at: savedAt } });
    } catch (error) {
      useUi.setState({
        autosave: { state: 'failed', message: error instanceof Error ? error.message : String(error) },
      });
    }
  }

  return () => {
    if (timer) clearTimeout(timer);
    unsubscribe();
  };
}

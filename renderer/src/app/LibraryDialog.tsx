import { useEffect, useRef } from 'react';
import { previewRevision, setLibraryOpen, useUi } from '../state/uiStore';
import { ModalBackdrop } from '../ui/ModalBackdrop';
import { LibraryList } from './LibraryList';
import { RevisionPreview } from './RevisionPreview';

export function LibraryDialog() {
  const open = useUi((s) => s.libraryOpen);
  const preview = useUi((s) => s.revisionPreview);
  const dialogRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    dialogRef.current?.focus();
    // Escape wherever the focus is (the Library button that opened it stays focused behind the backdrop): back
    // from a preview, else closed. Caught before it reaches anything else; a question asked over the library
    // (rename, delete) answers Escape itself.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || useUi.getState().dialog) return;
      event.preventDefault();
      if (useUi.getState().revisionPreview) previewRevision(null);
      else setLibraryOpen(false);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
  if (!open) return null;
  return (
    <ModalBackdrop onDismiss={() => setLibraryOpen(false)}>
      <div
        className="modal modal-wide"
        role="dialog"
        aria-modal="true"
        aria-label="Library"
        tabIndex={-1}
        ref={dialogRef}
      >
        <div className="modal-heading">
          <h2 className="modal-title">{preview ? 'Saved revision' : 'Library'}</h2>
          <button type="button" className="button" onClick={() => setLibraryOpen(false)}>
            Close
          </button>
        </div>
        {preview ? <RevisionPreview of={preview} /> : null}
        {/* Kept while a preview shows, hidden, so going back finds the list as it was (revisions still open). */}
        <div hidden={preview !== null}>
          <LibraryList />
        </div>
      </div>
    </ModalBackdrop>
  );
}

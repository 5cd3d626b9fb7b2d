import { setLibraryOpen, useUi } from '../state/uiStore';
import { ModalBackdrop } from '../ui/ModalBackdrop';
import { LibraryList } from './LibraryList';

export function LibraryDialog() {
  const open = useUi((s) => s.libraryOpen);
  if (!open) return null;
  return (
    <ModalBackdrop onDismiss={() => setLibraryOpen(false)}>
      <div
        className="modal modal-wide"
        role="dialog"
        aria-modal="true"
        aria-label="Library"
        onKeyDown={(e) => e.key === 'Escape' && setLibraryOpen(false)}
      >
        <div className="modal-heading">
          <h2 className="modal-title">Library</h2>
          <button type="button" className="button" onClick={() => setLibraryOpen(false)}>
            Close
          </button>
        </div>
        <LibraryList />
      </div>
    </ModalBackdrop>
  );
}

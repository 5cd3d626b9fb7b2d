import type { ReactNode } from 'react';

/**
 * The dimmed layer behind every modal: a press on it (not on the dialog inside) dismisses the dialog, as a
 * press outside a native sheet does. Keyboard users dismiss with Escape, which each dialog handles itself.
 */
export function ModalBackdrop({ onDismiss, children }: { onDismiss: () => void; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a pointer convenience only; Escape is the keyboard's way out.
    <div
      className="modal-backdrop"
      role="presentation"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onDismiss();
      }}
    >
      {children}
    </div>
  );
}

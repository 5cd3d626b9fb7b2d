import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { ModalBackdrop } from './ModalBackdrop';

/**
 * A modal dialog: the backdrop, the labelled dialog box and its title. Its keys are its own — Delete, Escape or
 * Ctrl+Z pressed in it never reach the canvas's shortcuts — Escape closes it, and `onKey` sees every other key
 * (Ctrl+Enter to submit).
 */
export function ModalDialog({
  title,
  onClose,
  onKey,
  className,
  testId,
  children,
}: {
  title: ReactNode;
  onClose: () => void;
  onKey?: (event: KeyboardEvent<HTMLDivElement>) => void;
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <ModalBackdrop onDismiss={onClose}>
      <div
        className={className ? `modal ${className}` : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Escape') onClose();
          else onKey?.(event);
        }}
      >
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
        {children}
      </div>
    </ModalBackdrop>
  );
}

/** Why the dialog's action was refused, above its buttons, announced to a screen reader; nothing when there is none. */
export function DialogProblem({ problem }: { problem: string | null | undefined }) {
  return problem ? (
    <p className="waive-problem" role="alert">
      {problem}
    </p>
  ) : null;
}

import { useEffect, useRef, useState } from 'react';
import { waiveFinding } from '../../../shared/commands/waiveFinding';
import type { Finding } from '../../../shared/rules/define/rule';
import { runFileCommand, useDocument } from '../state/documentStore';
import { newId } from '../state/ids';
import { DialogProblem, ModalDialog } from '../ui/ModalDialog';

const AUTHOR_KEY = 'lyncplan.waiverAuthor';

/** The author of the last waiver made here (kept by the browser), so the next one starts with it. */
function lastAuthor(): string | undefined {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function rememberAuthor(author: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, author);
  } catch {
    // A browser that keeps nothing: the design's author is the default next time.
  }
}

/** What the dialog waives: the finding, and the waiver it renews when that one no longer matches. */
export interface WaiveRequest {
  finding: Finding;
  replaces?: { id: string; reason: string };
}

/**
 * Asks why a finding is accepted and who accepts it, then waives it as one undo step. The author starts as the last
 * one used, or the design's author; a stale waiver being renewed lends its reason. A refusal (an empty reason) is
 * shown in the dialog, which stays open.
 */
export function WaiveDialog({ request, onClose }: { request: WaiveRequest; onClose: () => void }) {
  const { finding, replaces } = request;
  const [reason, setReason] = useState(replaces?.reason ?? '');
  const [author, setAuthor] = useState(() => lastAuthor() ?? useDocument.getState().design?.meta.author ?? '');
  const [problem, setProblem] = useState<string>();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => reasonRef.current?.focus(), []);

  const submit = () => {
    const outcome = runFileCommand((design) =>
      waiveFinding(design, {
        id: newId('w'),
        finding,
        reason,
        author,
        waivedAt: new Date().toISOString(),
        ...(replaces ? { replaces: replaces.id } : {}),
      }),
    );
    if (outcome.refused) {
      setProblem(outcome.refused);
      return;
    }
    rememberAuthor(author.trim());
    onClose();
  };

  return (
    <ModalDialog
      title={`Waive ${finding.rule}`}
      onClose={onClose}
      onKey={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit();
      }}
      className="waive-dialog"
      testId="waive-dialog"
    >
      <p className="modal-message">{finding.message}</p>
      <p className="modal-detail">
        A waived finding stops counting as long as it says the same
        {finding.value !== undefined ? ` (the value ${finding.value.toLocaleString('en-US')})` : ''}; it comes back when
        that changes. It stays listed under Waived, and in the report, with your reason.
      </p>
      <label className="modal-input">
        <span>Reason</span>
        <textarea
          ref={reasonRef}
          className="field-input waive-reason"
          rows={3}
          value={reason}
          maxLength={2_000}
          placeholder="Single Edge by design, approved by change board 2026-11"
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      <label className="modal-input">
        <span>Author</span>
        <input
          className="field-input"
          value={author}
          maxLength={200}
          onChange={(event) => setAuthor(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') submit();
          }}
          spellCheck={false}
        />
      </label>
      <DialogProblem problem={problem} />
      <div className="modal-buttons">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={submit}>
          Waive
        </button>
      </div>
    </ModalDialog>
  );
}

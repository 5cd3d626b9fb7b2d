import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../shared/ipc/contract';
import { host, unwrap } from '../contract/contractClient';
import { previewRevision } from '../state/uiStore';
import { showError } from '../ui/showError';
import { restoreSavedRevision } from './fileActions';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** "840 B", "12.4 KB", "3.1 MB": a stored revision's size. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The saved revisions of one design, newest first, each to preview or restore. */
export function RevisionList({ designId }: { designId: string }) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  useEffect(() => {
    unwrap(host.library.revisions({ id: designId })).then(setRevisions, (error) =>
      showError('Could not list the saved revisions', error),
    );
  }, [designId]);
  const refOf = ({ revision, number }: RevisionSummary) => ({ designId, revision, number });
  if (revisions === null) return <p className="muted">Reading the revisions…</p>;
  if (revisions.length === 0) return <p className="muted">No saved revisions yet: Save keeps one each time.</p>;
  return (
    <table className="revision-table" data-testid="revision-list">
      <thead>
        <tr>
          <th>Revision</th>
          <th>Saved</th>
          <th>Name</th>
          <th>Size</th>
          <th aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {revisions.map((revision) => (
          <tr key={revision.revision} data-testid="revision-row">
            <td>
              {revision.number}
              {revision.label ? <span className="tag">{revision.label}</span> : null}
            </td>
            <td>{when(revision.savedAt)}</td>
            <td>{revision.name}</td>
            <td>{formatBytes(revision.bytes)}</td>
            <td>
              <div className="library-actions">
                <button type="button" className="button button-small" onClick={() => previewRevision(refOf(revision))}>
                  Preview
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => void restoreSavedRevision(refOf(revision))}
                >
                  Restore
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

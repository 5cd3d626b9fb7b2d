import { Fragment, useCallback, useEffect, useState } from 'react';
import { updateMeta } from '../../../shared/commands/updateMeta';
import type { DesignSummary, RecentFile } from '../../../shared/ipc/contract';
import { host, unwrap } from '../contract/contractClient';
import { closeDesign, isDirty, markSaved, runCommand, useDocument } from '../state/documentStore';
import { newDesignId } from '../state/ids';
import { ask, notify } from '../state/uiStore';
import { showError } from '../ui/showError';
import { openFromLibrary } from './fileActions';
import { RecentFileList } from './RecentFileList';
import { RevisionList } from './RevisionList';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The designs in the local library, with open, rename, duplicate and delete; and the recent files. */
export function LibraryList() {
  const [designs, setDesigns] = useState<DesignSummary[] | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  /** The design whose saved revisions are listed under its row. */
  const [expanded, setExpanded] = useState<string | null>(null);
  const openId = useDocument((s) => s.design?.meta.id);

  const refresh = useCallback(async () => {
    try {
      setDesigns(await unwrap(host.library.list({})));
      setRecent(await unwrap(host.recent.list({})));
    } catch (error) {
      await showError('Could not read the library', error);
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);

  const rename = async (summary: DesignSummary) => {
    const choice = await ask({
      title: 'Rename design',
      message: `New name for “${summary.name}”:`,
      input: { label: 'Design name', value: summary.name },
      buttons: [
        { id: 'rename', label: 'Rename', kind: 'primary' },
        { id: 'cancel', label: 'Cancel' },
      ],
    });
    const name = choice?.button === 'rename' ? choice.text.trim() : '';
    if (!name || name === summary.name) return;
    try {
      await unwrap(host.library.rename({ id: summary.id, name }));
      if (summary.id === openId) renameOpenDesign(name);
    } catch (error) {
      await showError('Could not rename', error);
    }
    await refresh();
  };
  const duplicate = async (summary: DesignSummary) => {
    await unwrap(host.library.duplicate({ id: summary.id, newId: newDesignId() })).then(
      () => notify(`Duplicated “${summary.name}”`, 'success'),
      (error) => showError('Could not duplicate', error),
    );
    await refresh();
  };
  const remove = async (summary: DesignSummary) => {
    const choice = await ask({
      title: 'Delete design',
      message: `Delete “${summary.name}” and its ${summary.revisions} saved revision${summary.revisions === 1 ? '' : 's'} from the library?`,
      detail: 'Files saved with Save As are not touched.',
      buttons: [
        { id: 'delete', label: 'Delete', kind: 'danger' },
        { id: 'cancel', label: 'Cancel' },
      ],
    });
    if (choice?.button !== 'delete') return;
    await unwrap(host.library.delete({ id: summary.id })).catch((error) => showError('Could not delete', error));
    if (summary.id === openId) closeDesign();
    await refresh();
  };

  return (
    <div className="library">
      {designs === null ? <p className="muted">Reading the library…</p> : null}
      {designs?.length === 0 ? (
        <p className="muted">The library is empty. Designs you create are kept here as you work.</p>
      ) : null}
      {designs && designs.length > 0 ? (
        <table className="library-table" data-testid="library-table">
          <thead>
            <tr>
              <th>Design</th>
              <th>Last change</th>
              <th>Saved revisions</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {designs.map((summary) => (
              <Fragment key={summary.id}>
                <tr data-testid="library-row">
                  <td>
                    <button
                      type="button"
                      className="link-button library-name"
                      onClick={() => void openFromLibrary(summary.id)}
                    >
                      {summary.name}
                    </button>
                    {summary.draftSavedAt ? (
                      <span className="tag tag-draft" title={`Autosaved ${when(summary.draftSavedAt)}`}>
                        unsaved changes
                      </span>
                    ) : null}
                    {summary.id === openId ? <span className="tag">open</span> : null}
                    <div className="muted library-file" title="Save writes this file and a library revision">
                      {summary.filePath ?? 'library only'}
                    </div>
                  </td>
                  <td>{when(summary.updatedAt)}</td>
                  <td data-testid="library-revisions">{summary.revisions}</td>
                  <td>
                    <div className="library-actions">
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => void openFromLibrary(summary.id)}
                      >
                        Open
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={expanded === summary.id}
                        disabled={summary.revisions === 0}
                        onClick={() => setExpanded(expanded === summary.id ? null : summary.id)}
                      >
                        Revisions
                      </button>
                      <button type="button" className="button button-small" onClick={() => void rename(summary)}>
                        Rename
                      </button>
                      <button type="button" className="button button-small" onClick={() => void duplicate(summary)}>
                        Duplicate
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => void remove(summary)}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
                {expanded === summary.id ? (
                  <tr className="library-revisions">
                    <td colSpan={4}>
                      <RevisionList designId={summary.id} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
      <RecentFileList files={recent} onChange={setRecent} />
    </div>
  );
}

/** The open design takes the new name too; if it had no unsaved changes, the rename (already saved) adds none. */
function renameOpenDesign(name: string): void {
  const wasClean = !isDirty(useDocument.getState());
  runCommand((design) => updateMeta(design, { name }));
  const renamed = useDocument.getState().design;
  if (wasClean && renamed) markSaved({}, renamed);
}

import type { RecentFile } from '../../../shared/ipc/contract';
import { host, unwrap } from '../contract/contractClient';
import { ask, notify } from '../state/uiStore';
import { showError } from '../ui/showError';
import { openDesignFile } from './fileActions';

/**
 * The recent files on the start screen. One that has gone from the disk (`missing`, checked when the list was
 * read) stays listed and is marked; opening it says so and offers to take it off the list.
 */
export function RecentFileList({ files, onChange }: { files: RecentFile[]; onChange: (files: RecentFile[]) => void }) {
  const openGone = async (file: RecentFile) => {
    const choice = await ask({
      title: 'File not found',
      message: `“${file.name}” is no longer at ${file.path}.`,
      detail:
        'It was moved, renamed or deleted, or its drive is not connected. The library keeps its own copy if you saved it there.',
      buttons: [
        { id: 'remove', label: 'Remove from list', kind: 'primary' },
        { id: 'keep', label: 'Keep in list' },
      ],
    });
    if (choice?.button !== 'remove') return;
    try {
      onChange(await unwrap(host.recent.remove({ path: file.path })));
      notify(`Removed “${file.name}” from the recent files`, 'success');
    } catch (error) {
      await showError('Could not change the recent files', error);
    }
  };

  if (files.length === 0) return null;
  return (
    <>
      <h3 className="library-subtitle">Recent files</h3>
      <ul className="recent-files">
        {files.map((file) => (
          <li key={file.path} data-testid="recent-file" className={file.missing ? 'recent-missing' : undefined}>
            <button
              type="button"
              className="link-button"
              onClick={() => void (file.missing ? openGone(file) : openDesignFile(file.path))}
              title={file.missing ? `Not found: ${file.path}` : file.path}
            >
              {file.name}
            </button>
            {file.missing ? (
              <span className="tag tag-missing" data-testid="recent-missing">
                not found
              </span>
            ) : null}
            <span className="muted recent-path">{file.path}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

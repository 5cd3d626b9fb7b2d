import { useEffect, useMemo, useState } from 'react';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import type { ResultOf } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/rules/define/rule';
import { validate } from '../../../shared/validate';
import { formatCount } from '../../../shared/wording/numbers';
import { host, unwrap } from '../contract/contractClient';
import { DiagramSvg } from '../print/DiagramSvg';
import { previewRevision, type RevisionRef } from '../state/uiStore';
import { showError } from '../ui/showError';
import { restoreSavedRevision } from './fileActions';

type LoadedRevision = ResultOf<'library.loadRevision'>;

/**
 * A saved revision, read-only: its name, when it was saved, what it holds, its findings and its diagram, drawn as
 * print draws it. Nothing here edits the open design; Restore asks about unsaved work first.
 */
export function RevisionPreview({ of }: { of: RevisionRef }) {
  const { designId, revision, number } = of;
  const [loaded, setLoaded] = useState<LoadedRevision | null>(null);
  useEffect(() => {
    unwrap(host.library.loadRevision({ id: designId, revision })).then(setLoaded, async (error) => {
      await showError('Could not read the revision', error);
      previewRevision(null);
    });
  }, [designId, revision]);
  const view = useMemo(() => {
    if (!loaded) return null;
    const { design } = loaded;
    const validation = validate(design);
    // Drawn from the same diagram model as print, with every site open.
    const diagram = designDiagram(design, validation);
    const count = (severity: Finding['severity']) => validation.findings.filter((f) => f.severity === severity).length;
    return {
      diagram,
      counts: [
        ['Sites', design.sites.length],
        ['Pools', design.pools.length],
        ['Servers', design.servers.length],
        ['Users', design.userGroups.reduce((sum, group) => sum + group.count, 0)],
        ['WAN links', design.links.length],
        ['Errors', count('error')],
        ['Warnings', count('warning')],
      ] as const,
    };
  }, [loaded]);

  return (
    <div className="revision-preview" data-testid="revision-preview">
      {loaded && view ? (
        <>
          <p className="revision-preview-title">
            <strong data-testid="revision-preview-name">{loaded.design.meta.name}</strong>, revision {number}, saved{' '}
            {new Date(loaded.revision.savedAt).toLocaleString()} <span className="tag">read-only</span>
          </p>
          <dl className="revision-counts">
            {view.counts.map(([label, value]) => (
              <div key={label} data-testid="revision-count">
                <dt>{label}</dt>
                <dd>{formatCount(value)}</dd>
              </div>
            ))}
          </dl>
          <div className="revision-diagram">
            <DiagramSvg
              diagram={view.diagram}
              viewBox={view.diagram.bounds}
              background="white"
              width="100%"
              height="100%"
              title={`${loaded.design.meta.name}, revision ${number}`}
            />
          </div>
        </>
      ) : (
        <p className="muted">Reading the revision…</p>
      )}
      <div className="modal-buttons">
        <button type="button" className="button" onClick={() => previewRevision(null)}>
          Back to the library
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!loaded}
          onClick={() => void restoreSavedRevision(of)}
        >
          Restore this revision
        </button>
      </div>
    </div>
  );
}

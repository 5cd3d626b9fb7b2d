import { useState } from 'react';
import { designDiagram } from '../../../shared/diagram/designDiagram';
import { diagramOfSelection } from '../../../shared/diagram/diagramParts';
import type { ExportKind } from '../../../shared/ipc/contract';
import { reportTables, tableCsv } from '../../../shared/report/formatReport';
import { planningReport } from '../../../shared/report/planningReport';
import { runbookExport } from '../../../shared/report/runbookExport';
import { host, unwrap } from '../contract/contractClient';
import { useDocument } from '../state/documentStore';
import { notify, useUi } from '../state/uiStore';
import { useAppInfo } from '../ui/appInfo';
import { ModalBackdrop } from '../ui/ModalBackdrop';
import { showError } from '../ui/showError';
import { pngFile, pngSize, svgFile } from './exportImage';
import { withExportExtension } from './exportPath';

type What = 'png' | 'svg' | 'bom' | 'bandwidth' | 'runbookMd' | 'runbookCsv';
const WHAT: Array<{ id: What; label: string; plan?: true }> = [
  { id: 'png', label: 'PNG image of the diagram' },
  { id: 'svg', label: 'SVG drawing of the diagram' },
  { id: 'bom', label: 'CSV: bill of materials' },
  { id: 'bandwidth', label: 'CSV: bandwidth of each link' },
  // The PDF of the runbook is the print preview's (Print… or Export PDF…), where its pages are laid out.
  { id: 'runbookMd', label: 'Markdown: migration runbook', plan: true },
  { id: 'runbookCsv', label: 'CSV: migration runbook', plan: true },
];

const extensionOf = (what: What): ExportKind =>
  what === 'png' ? 'png' : what === 'svg' ? 'svg' : what === 'runbookMd' ? 'md' : 'csv';
const SUFFIX: Partial<Record<What, string>> = {
  bom: ' - bill of materials',
  bandwidth: ' - link bandwidth',
  runbookMd: ' - migration runbook',
  runbookCsv: ' - migration runbook',
};

/** Export: the diagram as PNG (1x, 2x, 4x) or SVG, whole or the selection, on white or transparent; or a CSV table. */
export function ExportDialog() {
  const open = useUi((s) => s.exportOpen);
  const info = useAppInfo();
  const [what, setWhat] = useState<What>('png');
  const [scope, setScope] = useState<'design' | 'selection'>('design');
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const design = useDocument((s) => s.design);
  const selection = useDocument((s) => s.selection);
  if (!open || !design) return null;
  const close = () => useUi.setState({ exportOpen: false });
  const image = what === 'png' || what === 'svg';
  const extension = extensionOf(what);
  const baseName = `${design.meta.name}${SUFFIX[what] ?? ''}.${extension}`;
  const hasPlan = (design.migration?.steps.length ?? 0) > 0;
  const suggested = info ? `${info.documentsDir}${info.pathSeparator}${baseName}` : baseName;

  const run = async () => {
    setBusy(true);
    try {
      // Images and tables are of what the canvas shows: for a plan, the selected state (with its step's marks).
      const view = useDocument.getState().view!;
      const { collapsedSites } = useUi.getState();
      let content: { encoding: 'utf8'; text: string } | { encoding: 'base64'; data: string };
      if (image) {
        const whole = designDiagram(view.design, view.validation, collapsedSites, view.diff);
        const diagram =
          scope === 'selection' && selection.length > 0 ? diagramOfSelection(whole, new Set(selection)) : whole;
        const svg = svgFile(diagram, background, design.meta.name);
        content =
          what === 'svg'
            ? { encoding: 'utf8', text: svg }
            : { encoding: 'base64', data: await pngFile(svg, pngSize(diagram, scale)) };
      } else if (what === 'runbookMd' || what === 'runbookCsv') {
        // The same files as the runbook of `lyncplan report`, from the same shared code.
        const files = runbookExport(design)!;
        content = { encoding: 'utf8', text: what === 'runbookMd' ? files.markdown : files.csv };
      } else {
        const table = reportTables(planningReport(view.design, view.validation)).find(
          (candidate) => candidate.key === (what === 'bom' ? 'billOfMaterials' : 'bandwidth'),
        )!;
        content = { encoding: 'utf8', text: tableCsv(table) };
      }
      const target = info?.nativeDialogs ? undefined : withExportExtension(path || suggested, extension);
      const result = await unwrap(
        host.export.save({ kind: extension, suggestedName: baseName, ...(target ? { path: target } : {}), content }),
      );
      if ('canceled' in result) return;
      notify(`Exported ${result.path}`, 'success');
      close();
    } catch (error) {
      await showError('Could not export', error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalBackdrop onDismiss={close}>
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="export-title" data-testid="export-dialog">
        <h2 id="export-title" className="modal-title">
          Export
        </h2>
        <fieldset className="field print-radio">
          <legend className="field-label">What</legend>
          {WHAT.filter((option) => hasPlan || !option.plan).map((option) => (
            <label key={option.id}>
              <input
                type="radio"
                name="export-what"
                checked={what === option.id}
                onChange={() => {
                  setWhat(option.id);
                  // A path typed (or kept from the last export) takes the new format's extension.
                  setPath((typed) => withExportExtension(typed, extensionOf(option.id)));
                }}
              />{' '}
              {option.label}
            </label>
          ))}
        </fieldset>
        {image ? (
          <>
            <fieldset className="field print-radio">
              <legend className="field-label">Of</legend>
              <label>
                <input
                  type="radio"
                  name="export-scope"
                  checked={scope === 'design'}
                  onChange={() => setScope('design')}
                />{' '}
                The whole design
              </label>
              <label>
                <input
                  type="radio"
                  name="export-scope"
                  checked={scope === 'selection'}
                  disabled={selection.length === 0}
                  onChange={() => setScope('selection')}
                />{' '}
                The selection ({selection.length} {selection.length === 1 ? 'item' : 'items'})
              </label>
            </fieldset>
            {what === 'png' ? (
              <fieldset className="field print-radio">
                <legend className="field-label">Resolution</legend>
                {[1, 2, 4].map((factor) => (
                  <label key={factor}>
                    <input
                      type="radio"
                      name="export-scale"
                      checked={scale === factor}
                      onChange={() => setScale(factor)}
                    />{' '}
                    {factor}×
                  </label>
                ))}
              </fieldset>
            ) : null}
            <fieldset className="field print-radio">
              <legend className="field-label">Background</legend>
              <label>
                <input
                  type="radio"
                  name="export-bg"
                  checked={background === 'white'}
                  onChange={() => setBackground('white')}
                />{' '}
                White
              </label>
              <label>
                <input
                  type="radio"
                  name="export-bg"
                  checked={background === 'transparent'}
                  onChange={() => setBackground('transparent')}
                />{' '}
                Transparent
              </label>
            </fieldset>
          </>
        ) : null}
        {info && !info.nativeDialogs ? (
          <>
            <p className="modal-detail" data-testid="export-folder">
              lyncplan in a browser writes exports in {info.documentsDir}.
            </p>
            <label className="modal-input">
              <span>File path</span>
              <input
                className="field-input"
                value={path || suggested}
                onChange={(event) => setPath(event.target.value)}
                spellCheck={false}
              />
            </label>
          </>
        ) : null}
        <div className="modal-buttons">
          <button type="button" className="button button-primary" onClick={() => void run()} disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
        </div>
      </div>
    </ModalBackdrop>
  );
}

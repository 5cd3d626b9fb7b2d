import { createDesign } from '../../../shared/commands/createDesign';
import { restoreRevision } from '../../../shared/commands/restoreRevision';
import type { Design } from '../../../shared/model/design';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/design';
import { host, unwrap } from '../contract/contractClient';
import {
  closeDesign,
  isDirty,
  loadDesign,
  markSaved,
  runFileCommand,
  setSelection,
  useDocument,
} from '../state/documentStore';
import { newDesignId } from '../state/ids';
import { ask, notify, type RevisionRef, setLibraryOpen } from '../state/uiStore';
import { appInfo } from '../ui/appInfo';
import { showError } from '../ui/showError';

/**
 * Unsaved changes are never dropped silently: before the open design is replaced, the user chooses to save
 * them, to discard them (and the autosaved draft), or to stay. Returns whether to go on.
 */
export async function confirmDiscardChanges(doing: string): Promise<boolean> {
  const state = useDocument.getState();
  if (!state.design || !isDirty(state)) return true;
  const choice = await ask({
    title: 'Unsaved changes',
    message: `Save the changes to “${state.design.meta.name}” before ${doing}?`,
    detail: 'If you do not save, your changes since the last save are lost.',
    buttons: [
      { id: 'save', label: 'Save', kind: 'primary' },
      { id: 'discard', label: 'Don’t save', kind: 'danger' },
      { id: 'cancel', label: 'Cancel' },
    ],
  });
  if (choice?.button === 'save') return saveDesign();
  if (choice?.button === 'discard') {
    await unwrap(host.library.discardDraft({ id: state.design.meta.id })).catch(() => undefined);
    return true;
  }
  return false;
}

export async function newDesign(): Promise<void> {
  if (!(await confirmDiscardChanges('starting a new design'))) return;
  const choice = await ask({
    title: 'New design',
    message: 'What is the design called?',
    input: { label: 'Design name', value: 'Untitled design' },
    buttons: [
      { id: 'create', label: 'Create', kind: 'primary' },
      { id: 'cancel', label: 'Cancel' },
    ],
  });
  const name = choice?.button === 'create' ? choice.text.trim() : '';
  if (!name) return;
  const design = createDesign({ id: newDesignId(), name, now: new Date().toISOString() });
  setLibraryOpen(false);
  loadDesign(design, {}, { dirty: true });
}

/**
 * A sample design (shared/samples, bundled in the renderer) as a new unsaved design: its own id, so saving it never
 * replaces an earlier copy in the library, no file behind it, and unsaved changes from the first moment.
 */
export async function openSample(sample: Design): Promise<void> {
  if (!(await confirmDiscardChanges('opening a sample'))) return;
  const now = new Date().toISOString();
  const design: Design = { ...sample, meta: { ...sample.meta, id: newDesignId(), createdAt: now, modifiedAt: now } };
  setLibraryOpen(false);
  loadDesign(design, {}, { dirty: true });
  notify(`Opened the sample “${sample.meta.name}” as a new design`, 'success');
}

/** The file opened last, when it was written in an older format version and has not been saved since. */
let upgradedFile: { path: string; from: number } | undefined;

/**
 * Save: a revision in the library and, when the design came from or went to a file (opened from it, or reopened
 * from the library, which remembers the file), that file too.
 */
export async function saveDesign(): Promise<boolean> {
  const { design, origin } = useDocument.getState();
  if (!design) return false;
  try {
    const filePath = origin.filePath;
    if (filePath) await unwrap(host.file.save({ design, path: filePath }));
    const revision = await unwrap(host.library.saveRevision({ design, ...(filePath ? { filePath } : {}) }));
    markSaved({ revision: revision.revision }, design);
    const upgraded = filePath !== undefined && upgradedFile?.path === filePath ? upgradedFile : undefined;
    upgradedFile = undefined;
    notify(
      filePath
        ? `Saved to ${filePath}${upgraded ? ` in format version ${CURRENT_FORMAT_VERSION} (it was version ${upgraded.from}; a lyncplan that reads only version ${upgraded.from} cannot open it now)` : ''}`
        : `Saved “${design.meta.name}” to the library`,
      'success',
    );
    return true;
  } catch (error) {
    await showError('Could not save the design', error);
    return false;
  }
}

/** The web host's prompts start in its files folder, the only one it reads and writes (electron/node/ipc/folderPolicy.ts). */
const filesFolderNote = (folder: string) =>
  `lyncplan in a browser keeps its files in ${folder}: a name alone, like “dallas”, is a file there.`;

/** Save As: the user chooses a .lyncplan file (a native dialog, or a path in the web host); later saves go there too. */
export async function saveDesignAs(): Promise<boolean> {
  const { design } = useDocument.getState();
  if (!design) return false;
  try {
    const info = await appInfo();
    let path: string | undefined;
    if (!info.nativeDialogs) {
      const suggested = `${info.documentsDir}${info.pathSeparator}${fileNameFor(design)}`;
      const choice = await ask({
        title: 'Save design as',
        message: 'Where should the .lyncplan file go?',
        detail: filesFolderNote(info.documentsDir),
        input: { label: 'File path', value: useDocument.getState().origin.filePath ?? suggested },
        buttons: [
          { id: 'save', label: 'Save', kind: 'primary' },
          { id: 'cancel', label: 'Cancel' },
        ],
      });
      if (choice?.button !== 'save' || !choice.text.trim()) return false;
      path = choice.text.trim();
    }
    const result = await unwrap(host.file.saveAs({ design, ...(path ? { path } : {}) }));
    if ('canceled' in result) return false;
    const revision = await unwrap(host.library.saveRevision({ design, filePath: result.path }));
    markSaved({ filePath: result.path, revision: revision.revision }, design);
    notify(`Saved to ${result.path}`, 'success');
    return true;
  } catch (error) {
    await showError('Could not save the design', error);
    return false;
  }
}

/** Open a .lyncplan file. A broken file is reported with each problem's place; the open design stays as it was. */
export async function openDesignFile(givenPath?: string): Promise<void> {
  if (!(await confirmDiscardChanges('opening another design'))) return;
  let path = givenPath;
  try {
    const info = await appInfo();
    if (path === undefined && !info.nativeDialogs) {
      const recent = await unwrap(host.recent.list({}));
      const choice = await ask({
        title: 'Open design',
        message: 'Which .lyncplan file?',
        detail: filesFolderNote(info.documentsDir),
        ...(recent.length > 0 ? { list: recent.slice(0, 8).map((file) => file.path) } : {}),
        input: { label: 'File path', value: recent[0]?.path ?? `${info.documentsDir}${info.pathSeparator}` },
        buttons: [
          { id: 'open', label: 'Open', kind: 'primary' },
          { id: 'cancel', label: 'Cancel' },
        ],
      });
      if (choice?.button !== 'open' || !choice.text.trim()) return;
      path = choice.text.trim();
    }
    const result = await unwrap(host.file.open(path ? { path } : {}));
    if ('canceled' in result) return;
    setLibraryOpen(false);
    loadDesign(result.design, { filePath: result.path }, { dirty: false });
    // migration.md: a file of an older format version opens unchanged, and its first save says it is now the current one.
    upgradedFile = result.upgradedFrom !== undefined ? { path: result.path, from: result.upgradedFrom } : undefined;
    notify(`Opened ${result.path}`, 'success');
  } catch (error) {
    await showError(`Could not open ${path ? fileNameOf(path) : 'the file'}`, error);
  }
}

/** Open a design from the library, offering to restore an autosaved draft that is newer than its last save. */
export async function openFromLibrary(id: string): Promise<void> {
  if (useDocument.getState().design?.meta.id !== id && !(await confirmDiscardChanges('opening another design'))) return;
  try {
    const loaded = await unwrap(host.library.load({ id }));
    const revision = loaded.revision?.revision;
    // Save writes back to the file the design was last saved to or opened from, as it would before closing.
    const origin = { ...(revision ? { revision } : {}), ...(loaded.filePath ? { filePath: loaded.filePath } : {}) };
    const draftIsNewer = loaded.draft && (!loaded.revision || loaded.draft.savedAt >= loaded.revision.savedAt);
    if (loaded.draft && draftIsNewer) {
      if (!loaded.design) {
        loadDesign(loaded.draft.design, origin, { dirty: true });
      } else {
        const choice = await ask({
          title: 'Recover unsaved changes?',
          message: `“${loaded.draft.design.meta.name}” has changes autosaved at ${new Date(loaded.draft.savedAt).toLocaleString()} that were never saved.`,
          buttons: [
            { id: 'restore', label: 'Restore changes', kind: 'primary' },
            { id: 'discard', label: 'Open last save', kind: 'danger' },
          ],
        });
        if (choice?.button === 'restore') loadDesign(loaded.draft.design, origin, { dirty: true });
        else {
          await unwrap(host.library.discardDraft({ id }));
          loadDesign(loaded.design, origin, { dirty: false });
        }
      }
    } else if (loaded.design) {
      loadDesign(loaded.design, origin, { dirty: false });
    }
    setLibraryOpen(false);
  } catch (error) {
    await showError('Could not open the design', error);
  }
}

/**
 * Restores a saved revision. Unsaved changes are asked about first, as before opening another design. The open
 * design takes the revision as one undo step (Undo brings back what was open); another design opens with the
 * revision as unsaved changes over its newest save. Either way nothing is written until Save, which makes the
 * revision the newest one (and writes the design's file), and no saved revision is lost.
 */
export async function restoreSavedRevision({ designId, revision: id, number }: RevisionRef): Promise<boolean> {
  try {
    const { design: saved } = await unwrap(host.library.loadRevision({ id: designId, revision: id }));
    if (!(await confirmDiscardChanges(`restoring revision ${number}`))) return false;
    if (useDocument.getState().design?.meta.id === designId) {
      const outcome = runFileCommand((design) => restoreRevision(design, { revision: saved }));
      if (outcome.refused) {
        notify(outcome.refused, 'error');
        return false;
      }
      setSelection([]);
      notify(`Restored revision ${number}; Undo brings back what was open`, 'success');
    } else {
      const current = await unwrap(host.library.load({ id: designId }));
      const revision = current.revision?.revision;
      const origin = { ...(revision ? { revision } : {}), ...(current.filePath ? { filePath: current.filePath } : {}) };
      loadDesign(saved, origin, { dirty: true });
      notify(`Opened revision ${number} as unsaved changes; Save makes it the newest`, 'success');
    }
    setLibraryOpen(false);
    return true;
  } catch (error) {
    await showError('Could not restore the revision', error);
    return false;
  }
}

export async function closeCurrentDesign(): Promise<void> {
  if (await confirmDiscardChanges('closing it')) closeDesign();
}

/** "Contoso EMEA.lyncplan": the design name without characters file systems refuse. */
export function fileNameFor(design: Design): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what file systems refuse in a name.
  const base = design.meta.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim() || 'design';
  return `${base}.lyncplan`;
}

/** The last part of a path, for titles: "contoso.lyncplan". */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() || path;

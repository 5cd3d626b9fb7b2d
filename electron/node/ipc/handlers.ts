import type { PrintPage } from '../../../shared/ipc/contract';
import type { MenuState } from '../../../shared/ipc/menuState';
import type { Theme } from '../../../shared/ipc/preferences';
import type { Design } from '../../../shared/model/design';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/design';
import { atomicWrite } from '../files/atomicWrite';
import {
  DesignFileError,
  LYNCPLAN_EXTENSION,
  readDesignFileAndVersion,
  withLyncplanExtension,
  writeDesignFile,
} from '../files/designFiles';
import { describeFileError } from '../files/fileErrors';
import type { FileUse, FileUseListener } from '../recent/fileUse';
import { recentDocuments } from '../recent/recentDocuments';
import { openableSourceUrl } from '../security/sourceLinks';
import type { LibraryStore } from '../store/libraryStore';
import { readPreferences, writePreferences } from '../store/preferenceStore';
import type { Handlers } from './dispatch';
import type { FolderPolicy } from './folderPolicy';
import { NotAllowed, NotFound, Unsupported } from './hostErrors';
import { PathPolicy } from './pathPolicy';

/** Native file dialogs; only the Electron host has them. */
export interface FileDialogs {
  chooseSavePath(suggestedName: string): Promise<string | null>;
  chooseOpenPath(): Promise<string | null>;
  /** Where an export (PNG, SVG, CSV, PDF) goes. */
  chooseExportPath(suggestedName: string, extension: string): Promise<string | null>;
}

/** The renderer's window printed; only the Electron host can (webContents.print and printToPDF). */
export interface Printer {
  toPdf(page: PrintPage): Promise<Uint8Array>;
  print(page: PrintPage): Promise<boolean>;
}

/** The system browser; only the Electron host has it (shell.openExternal). */
export interface ExternalOpener {
  /** Opens an address that `openableSourceUrl` has already allowed. */
  open(url: string): Promise<void>;
}

/** The native theme (menus, dialogs, the window's frame); only the Electron host has one. */
export interface AppearanceSink {
  themeChanged(theme: Theme): void;
}

/** The native menu bar; only the Electron host has one. */
export interface MenuSink {
  show(state: MenuState): void;
}

export interface HostServices {
  store: LibraryStore;
  info: {
    host: 'electron' | 'web';
    version: string;
    documentsDir: string;
    pathSeparator: '/' | '\\';
    /** openLibrary's notice at start, passed on to the renderer, which shows it once. */
    libraryNotice?: string;
  };
  dialogs?: FileDialogs;
  printer?: Printer;
  opener?: ExternalOpener;
  /** The web host's files folder: every path the page names must be a file of the right kind inside it. */
  filesFolder?: FolderPolicy;
  menu?: MenuSink;
  appearance?: AppearanceSink;
  /** Told after a file is opened, saved or exported (the Electron host's recent documents and last folder). */
  fileUse?: FileUseListener;
}

/** The handlers, and the one way the host itself lets the renderer open a path: a document the OS handed over. */
export type HostHandlers = Handlers & { grantPath(path: string): void };

/** Binds every channel of the contract to the services; the same handlers serve Electron and the web host. */
export function createHandlers({
  store,
  info,
  dialogs,
  printer,
  opener,
  filesFolder,
  menu,
  appearance,
  fileUse,
}: HostServices): HostHandlers {
  // A path is the user's when they chose it this session, or it is a recent file or a library design's file (both
  // recorded only after passing this check).
  const paths = new PathPolicy(
    dialogs ? 'dialogs-only' : 'renderer-chooses',
    (path) => store.recentFiles().some((file) => file.path === path) || store.isDesignFile(path),
  );
  const rememberFile = (path: string, design: Design, use: FileUse) => {
    paths.grant(path);
    store.recordRecentFile(path, design.meta.name);
    fileUse?.fileUsed(path, use);
    fileUse?.recentChanged();
  };

  return {
    grantPath: (path) => paths.grant(path),
    'app.info': () => ({ ...info, nativeDialogs: dialogs !== undefined }),
    'library.list': () => store.list(),
    'library.load': ({ id }) => {
      const loaded = store.load(id);
      if (!loaded.design && !loaded.draft) throw new NotFound('That design is no longer in the library.');
      return loaded;
    },
    'library.revisions': ({ id }) => store.revisions(id),
    'library.loadRevision': ({ id, revision }) => store.loadRevision(id, revision),
    'library.saveRevision': ({ design, label, filePath }) => {
      if (filePath !== undefined) paths.check(filePath);
      return store.saveRevision(design, { ...(label !== undefined ? { label } : {}), ...fileOption(filePath) });
    },
    'library.autosave': ({ design, filePath }) => {
      if (filePath !== undefined) paths.check(filePath);
      return store.autosave(design, fileOption(filePath));
    },
    'library.discardDraft': ({ id }) => {
      store.discardDraft(id);
      return {};
    },
    'library.rename': ({ id, name }) => store.rename(id, name),
    'library.duplicate': ({ id, newId }) => store.duplicate(id, newId),
    'library.delete': ({ id }) => {
      store.delete(id);
      return {};
    },
    'recent.list': () => recentDocuments(store),
    'recent.remove': ({ path }) => {
      store.forgetRecentFile(path);
      fileUse?.recentChanged();
      return recentDocuments(store);
    },
    'file.saveAs': async ({ design, path }) => {
      const chosen = dialogs ? await dialogs.chooseSavePath(`${design.meta.name}.lyncplan`) : path;
      if (!chosen) return { canceled: true as const };
      const target = filesFolder
        ? await filesFolder.resolve(chosen, LYNCPLAN_EXTENSION, 'write')
        : withLyncplanExtension(chosen);
      await writeDesignFile(target, design);
      rememberFile(target, design, 'saved');
      return { path: target };
    },
    'file.save': async ({ design, path }) => {
      paths.check(path);
      const target = filesFolder ? await filesFolder.resolve(path, LYNCPLAN_EXTENSION, 'write') : path;
      await writeDesignFile(target, design);
      rememberFile(target, design, 'saved');
      return { path: target };
    },
    'file.open': async ({ path }) => {
      if (path !== undefined) paths.check(path);
      let chosen = path ?? (dialogs ? await dialogs.chooseOpenPath() : undefined);
      if (!chosen) return { canceled: true as const };
      if (filesFolder) chosen = await filesFolder.resolve(chosen, OPENABLE_EXTENSIONS, 'read');
      const { design, formatVersion } = await readDesignFileAndVersion(chosen);
      rememberFile(chosen, design, 'opened');
      // A file of an older format version is saved in the current one: the renderer says so on its first save.
      return {
        path: chosen,
        design,
        ...(formatVersion < CURRENT_FORMAT_VERSION ? { upgradedFrom: formatVersion } : {}),
      };
    },
    'export.save': async ({ kind, suggestedName, path, content }) => {
      const chosen = dialogs ? await dialogs.chooseExportPath(suggestedName, kind) : path;
      if (!chosen) return { canceled: true as const };
      const target = filesFolder ? await filesFolder.resolve(chosen, `.${kind}`, 'write') : withExtension(chosen, kind);
      await writeExport(target, content.encoding === 'utf8' ? content.text : Buffer.from(content.data, 'base64'));
      fileUse?.fileUsed(target, 'exported');
      return { path: target };
    },
    'print.pdf': async ({ suggestedName, page }) => {
      if (!printer || !dialogs)
        throw new Unsupported('Export PDF runs in the desktop app. In a browser, use Print and choose "Save as PDF".');
      const chosen = await dialogs.chooseExportPath(suggestedName, 'pdf');
      if (!chosen) return { canceled: true as const };
      const target = withExtension(chosen, 'pdf');
      const bytes = await printer.toPdf(page);
      await writeExport(target, bytes);
      fileUse?.fileUsed(target, 'exported');
      return { path: target, bytes: bytes.byteLength };
    },
    'print.print': async ({ page }) => {
      if (!printer)
        throw new Unsupported("In a browser, print with the browser's own Print command (the preview sets it up).");
      return { printed: await printer.print(page) };
    },
    'shell.openSource': async ({ url }) => {
      const allowed = openableSourceUrl(url);
      if (!allowed) throw new NotAllowed('lyncplan opens only the TechNet pages its findings cite.');
      if (!opener) throw new Unsupported('In a browser, a source link opens in a new tab of its own.');
      await opener.open(allowed);
      return { opened: true as const };
    },
    'preferences.read': () => readPreferences(store),
    'preferences.write': (patch) => {
      const written = writePreferences(store, patch);
      if (patch.theme) appearance?.themeChanged(patch.theme);
      return written;
    },
    'menu.state': (state) => {
      menu?.show(state);
      return {};
    },
  };
}

/**
 * What the web host's page may open: designs, and the Topology Builder and topology XML files architects try
 * first, which the reader names for what they are (shared/format/foreignFile.ts).
 */
const OPENABLE_EXTENSIONS = [LYNCPLAN_EXTENSION, '.tbxml', '.xml'];

const fileOption = (filePath: string | undefined) => (filePath !== undefined ? { filePath } : {});

/** `name.png` for a path typed without the extension. */
function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension}`) ? path : `${path}.${extension}`;
}

/** An export is written like a design: atomically, with a readable message when the disk says no. */
async function writeExport(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await atomicWrite(path, data);
  } catch (error) {
    throw new DesignFileError(describeFileError(error, 'save', path), 'io');
  }
}

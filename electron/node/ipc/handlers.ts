
import type { Design } from '../../../shared/model/design';
import { readDesignFile, withLyncplanExtension, writeDesignFile } from '../files/designFiles';
import type { LibraryStore } from '../store/libraryStore';
import type { Handlers } from './dispatch';
import { PathPolicy } from './pathPolicy';

/** Native file dialogs; only the Electron host has them. */
export interface FileDialogs {
  chooseSavePath(suggestedName: string): Promise<string | null>;
  chooseOpenPath(): Promise<string | null>;
}

export interface HostServices {
  store: LibraryStore;
  info: { host: 'electron' | 'web'; version: string; documentsDir: string; pathSeparator: '/' | '\\' };
  dialogs?: FileDialogs;
}

/** Binds every channel of the contract to the services; the same handlers serve Electron and the web host. */
export function createHandlers({ store, info, dialogs }: HostServices): Handlers {
  const paths = new PathPolicy(dialogs ? 'dialogs-only' : 'renderer-chooses', (path) => store.recentFiles().some((file) => file.path === path));
  const rememberFile = (path: string, design: Design) => {
    paths.grant(path);
    store.recordRecentFile(path, design.meta.name);
  };

  return {
    'app.info': () => ({ ...info, nativeDialogs: dialogs !== undefined }),
    'library.list': () => store.list(),
    'library.load': ({ id }) => {
      const loaded = store.load(id);
      if (!loaded.design && !loaded.draft) throw new RangeError('That design is no longer in the library.');
      return loaded;
    },
    'library.saveRevision': ({ design, label }) => store.saveRevision(design, label),
    'library.autosave': ({ design }) => store.autosave(design),
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
    'recent.list': () => store.recentFiles(),
    'file.saveAs': async ({ design, path }) => {
      const chosen = dialogs ? await dialogs.chooseSavePath(`${design.meta.name}.lyncplan`) : path;
      if (!chosen) return { canceled: true as const };
      const target = withLyncplanExtension(chosen);
      await writeDesignFile(target, design);
      rememberFile(target, design);
      return { path: target };
    },
    'file.save': async ({ design, path }) => {
      paths.check(path);
      await writeDesignFile(path, design);
      rememberFile(path, design);
      return { path };
    },
    'file.open': async ({ path }) => {
      if (path !== undefined) paths.check(path);
      const chosen = path ?? (dialogs ? await dialogs.chooseOpenPath() : undefined);
      if (!chosen) return { canceled: true as const };
      const design = await readDesignFile(chosen);
      rememberFile(chosen, design);
      return { path: chosen, design };
    },
  };
}


import { mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { FolderPolicy } from '../ipc/folderPolicy';
import { createHandlers } from '../ipc/handlers';
import { openLibrary } from '../store/openLibrary';
import { defaultDataDir } from './userDataDir';
import { startWebHost, type WebHost } from './webHost';

declare const LYNCPLAN_VERSION: string;

/**
 * `npm run web`: the app in a browser, backed by the same SQLite library, where Electron cannot run.
 * LYNCPLAN_PORT (default 4317; 0 for any free port) and LYNCPLAN_DATA_DIR choose where it listens and keeps
 * its library; LYNCPLAN_FILES_DIR (default a `files` folder beside the library) is the only folder whose
 * .lyncplan files and exports the page may read and write. It prints the address to open, with its token.
 */
async function main(): Promise<void> {
  const dataDir = process.env.LYNCPLAN_DATA_DIR || defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const libraryFile = join(dataDir, 'library.sqlite');
  const opening = openLibrary(libraryFile);
  if (opening.kind === 'refused') {
    console.error(`lyncplan web host could not start: ${opening.message}`);
    process.exit(1);
  }
  const { store, notice } = opening;
  if (notice) console.log(`lyncplan: ${notice}`);
  const filesFolder = await FolderPolicy.create(process.env.LYNCPLAN_FILES_DIR || join(dataDir, 'files'));
  const handlers = createHandlers({
    store,
    // The page's file prompts start in the files folder, the only one it may use.
    info: {
      host: 'web',
      version: LYNCPLAN_VERSION,
      documentsDir: filesFolder.folder,
      pathSeparator: sep === '\\' ? '\\' : '/',
      ...(notice ? { libraryNotice: notice } : {}),
    },
    filesFolder,
  });
  const rendererDir = join(__dirname, '..', 'renderer');
  const requested = Number(process.env.LYNCPLAN_PORT ?? 4317);
  let host: WebHost;
  try {
    host = await startWebHost({ handlers, rendererDir, port: requested });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    host = await startWebHost({ handlers, rendererDir, port: 0 });
    console.log(`lyncplan: port ${requested} is in use; using ${host.port} instead.`);
  }
  console.log(`lyncplan web host: open ${host.loginUrl}`);
  console.log(`  library: ${libraryFile}; files: ${filesFolder.folder}; Ctrl+C to stop`);
  const stop = () => {
    void host.close().finally(() => {
      store.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`lyncplan web host could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

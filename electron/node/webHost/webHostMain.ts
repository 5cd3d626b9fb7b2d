import { mkdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { createHandlers } from '../ipc/handlers';
import { LibraryStore } from '../store/libraryStore';
import { defaultDataDir, documentsDir } from './userDataDir';
import { startWebHost, type WebHost } from './webHost';

declare const LYNCPLAN_VERSION: string;

/**
 * `npm run web`: the app in a browser, backed by the same SQLite library, where Electron cannot run.
 * LYNCPLAN_PORT (default 4317; 0 for any free port) and LYNCPLAN_DATA_DIR choose where it listens and keeps
 * its library.
 */
async function main(): Promise<void> {
  const dataDir = process.env.LYNCPLAN_DATA_DIR || defaultDataDir();
  mkdirSync(dataDir, { recursive: true });
  const libraryFile = join(dataDir, 'library.sqlite');
  const store = new LibraryStore(libraryFile);
  const handlers = createHandlers({
    store,
    info: {
      host: 'web',
      version: LYNCPLAN_VERSION,
      documentsDir: documentsDir(),
      pathSeparator: sep === '\\' ? '\\' : '/',
    },
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
  console.log(`lyncplan web host: ${host.url}  (library: ${libraryFile}; Ctrl+C to stop)`);
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

import { spawn } from 'node:child_process';
import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const root = join(__dirname, '..', '..', '..', '..');

/**
 * Bundles a child entry of this folder with esbuild, as the app's Node side is built, into `outDir`; the native
 * better-sqlite3 stays outside the bundle and is found through NODE_PATH when the child runs.
 */
export function bundleChild(entry: string, outDir: string): string {
  const outfile = join(outDir, entry.replace(/\.ts$/, '.cjs'));
  buildSync({
    entryPoints: [join(__dirname, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

/** When the kill comes: `delayMs` after a trigger. */
export type KillMoment =
  /** After the child printed a line that `matches` (`ready`: it has built what it writes and is about to start). */
  | { after: 'line'; matches: (line: string) => boolean; delayMs: number }
  /**
   * After the `nth` (1-based) new file that `matches` appeared in `folder`, seen through the file system's change
   * notification: a kill aimed at the life of a temporary file, which a delay after `ready` rarely hits when most
   * of a save is spent serializing.
   */
  | { after: 'file-appears'; folder: string; matches: (name: string) => boolean; nth: number; delayMs: number }
  /**
   * After the `nth` (1-based) change to a file that `matches`, counted from `ready`: a kill aimed into a database's
   * writes (its -wal file changes only while a transaction writes or commits).
   */
  | { after: 'file-changes'; folder: string; matches: (name: string) => boolean; nth: number; delayMs: number };

/** What a killed child had said, line by line, and how it ended. */
export interface KilledRun {
  lines: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  /** Whether the trigger came before the child ended (a child that failed on its own is never killed). */
  triggered: boolean;
  /** When (performance.now() of the test) each line arrived, and each watched file appeared or changed. */
  lineAt: number[];
  appearedAt: number[];
  changedAt: number[];
}

/**
 * Runs a bundled child and kills it with SIGKILL at the moment given: no handler, no cleanup, as a crash or a
 * power cut leaves it. Resolves once the child has gone, with every line it printed (each line is in the pipe
 * before the child's next step starts, since stdout to a pipe is synchronous on Linux and macOS).
 */
export function runAndKill(
  bundle: string,
  args: readonly string[],
  moment: KillMoment,
  /** Changes to count (in `changedAt`) while the kill waits for a line: how a test measures a child's writes. */
  observe?: { folder: string; matches: (name: string) => boolean },
): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    let watcher: FSWatcher | undefined;
    let timer: NodeJS.Timeout | undefined;
    let triggered = false;
    const lineAt: number[] = [];
    const appearedAt: number[] = [];
    const changedAt: number[] = [];
    let ready = false;
    const trigger = () => {
      if (triggered) return;
      triggered = true;
      if (moment.after !== 'line') watcher?.close();
      timer = setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
    };
    if (moment.after === 'file-appears') {
      const seen = new Set<string>();
      watcher = watch(moment.folder, (event, name) => {
        if (event !== 'rename' || !name || !moment.matches(name) || seen.has(name)) return;
        seen.add(name);
        appearedAt.push(performance.now());
        if (seen.size === moment.nth) trigger();
      });
    } else {
      const changes = moment.after === 'file-changes' ? moment : observe;
      if (changes)
        watcher = watch(changes.folder, (event, name) => {
          if (!ready || event !== 'change' || !name || !changes.matches(name)) return;
          changedAt.push(performance.now());
          if (moment.after === 'file-changes' && changedAt.length === moment.nth) trigger();
        });
    }
    const child = spawn(process.execPath, [bundle, ...args], {
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    let pending = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const complete = pending.split('\n');
      pending = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        lineAt.push(performance.now());
        if (line === 'ready') ready = true;
        if (moment.after === 'line' && moment.matches(line)) trigger();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      watcher?.close();
      if (pending) {
        lines.push(pending);
        lineAt.push(performance.now());
      }
      resolve({ lines, signal, code, stderr, triggered, lineAt, appearedAt, changedAt });
    });
  });
}

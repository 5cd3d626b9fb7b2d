import { type ChildProcess, spawn } from 'node:child_process';

export interface WebHostProcess {
  /** The address the host printed, `http://127.0.0.1:<port>/?token=…`: opening it signs the browser in. */
  loginUrl: string;
  child: ChildProcess;
  /** What the host printed up to and including the address (a notice about the library, for one). */
  printed: string;
  stop(): Promise<void>;
}

const PRINTED_URL = /open (http:\/\/127\.0\.0\.1:(\d+)\/\?token=[0-9a-f]+)/;

/**
 * Starts the built web host (`dist/host/web-host.cjs`) as `npm run web` does and reads the address it prints,
 * as a person would: the specs and the canvas bench sign in with it, never with a token of their own.
 */
export function startWebHostProcess(options: {
  cwd: string;
  port: number;
  dataDir: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<WebHostProcess> {
  const child = spawn(process.execPath, ['dist/host/web-host.cjs'], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, LYNCPLAN_PORT: String(options.port), LYNCPLAN_DATA_DIR: options.dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the web host printed no address in ${options.timeoutMs ?? 30_000} ms:\n${printed}`));
    }, options.timeoutMs ?? 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString();
      const match = PRINTED_URL.exec(printed);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      if (Number(match[2]) !== options.port) {
        void stop();
        return reject(new Error(`the web host could not listen on port ${options.port}:\n${printed}`));
      }
      resolve({ loginUrl: match[1]!, child, printed, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the web host exited with ${code}:\n${printed}`));
    });
  });
}

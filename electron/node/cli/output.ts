import { escapeControls, escapeControlsInJson } from './escapeControls';

/** Where the command line writes; tests pass a collector, the binary passes the process streams. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * The process's streams. A reader that stops early (`lyncplan report … | head`) closes the pipe: the rest of the
 * output is dropped and the command ends with its own exit status, instead of dying with an EPIPE stack trace and
 * status 1, which a script would read as "error findings".
 */
export function streamOutput(stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): CliOutput {
  let readerGone = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return {
    stdout: (text) => {
      if (!readerGone) stdout.write(`${text}\n`);
    },
    stderr: (text) => stderr.write(`${text}\n`),
  };
}

/**
 * The output every command writes through (runCli wraps it once): what comes from the file cannot move the cursor,
 * clear the screen or reorder a line. Standard output is text or JSON; standard error is always text.
 */
export function controlSafeOutput(out: CliOutput, stdout: 'text' | 'json'): CliOutput {
  return {
    stdout: (text) => out.stdout(stdout === 'json' ? escapeControlsInJson(text) : escapeControls(text)),
    stderr: (text) => out.stderr(escapeControls(text)),
  };
}

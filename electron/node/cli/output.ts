import { escapeControls, escapeControlsInJson } from './escapeControls';

/** Where the command line writes; tests pass a collector, the binary passes the process streams. */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
};

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

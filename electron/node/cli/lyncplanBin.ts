import { streamOutput } from './output';
import { runCli } from './runCli';

/** The `lyncplan` binary: headless, no Electron, no display. */
runCli(process.argv.slice(2), streamOutput(process.stdout, process.stderr)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(
      `lyncplan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);

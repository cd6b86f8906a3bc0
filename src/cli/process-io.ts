// The CLI's tie to the real process, shared by `npm run cli` (main.ts) and `npm run demo` (demo.ts):
// lines to stdout/stderr, and the exit code.
import { EXIT_USAGE, type CliIO } from "./run";

export function processIO(showProgress: boolean): CliIO {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    progress: (text) => {
      if (showProgress) process.stderr.write(`… ${text}\n`);
    },
  };
}

/** Sets the exit code when `run` settles. A rejection is a bug, not bad input: one line, exit 2. */
export function exitWhenDone(run: Promise<number>): void {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`예상하지 못한 오류: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}

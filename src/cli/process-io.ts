// The CLI's tie to the real process, shared by `npm run cli` (main.ts) and `npm run demo` (demo.ts):
// lines to stdout/stderr, and the exit code.
import { EXIT_USAGE, type CliIO } from "./run";

/**
 * Lines to the process's streams. A reader that stops early (`| head`) closes the pipe: the next
 * write fails with EPIPE, asynchronously. That is the reader's choice, not an error of ours:
 * from then on that stream's lines go nowhere, quietly, and the command finishes with its own
 * exit code (no stack trace).
 */
export function processIO(showProgress: boolean): CliIO {
  const closed = { stdout: false, stderr: false };
  for (const name of ["stdout", "stderr"] as const) {
    process[name].on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      closed[name] = true;
    });
  }
  const write = (name: "stdout" | "stderr", text: string) => {
    if (!closed[name]) process[name].write(`${text}\n`);
  };
  return {
    out: (text) => write("stdout", text),
    err: (text) => write("stderr", text),
    progress: (text) => {
      if (showProgress) write("stderr", `… ${text}`);
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

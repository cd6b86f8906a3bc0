// Entry point of `npm run cli -- <command>`: wires the CLI to the process's streams and exit code.
import { runCli } from "./run";

const showProgress = process.stderr.isTTY === true;
runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  progress: (text) => {
    if (showProgress) process.stderr.write(`… ${text}\n`);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not bad input: say so in one line and exit 2 like other failures to run.
    process.stderr.write(`예상하지 못한 오류: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);

// Entry point of `npm run cli -- <command>`: wires the CLI to the process's streams and exit code.
import { exitWhenDone, processIO } from "./process-io";
import { runCli } from "./run";

exitWhenDone(runCli(process.argv.slice(2), processIO(process.stderr.isTTY === true)));

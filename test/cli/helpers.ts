// What the CLI tests share: the CLI run in process with its streams captured, workbooks written
// from grids, and a file's hash to show it was left untouched.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import type { WorkbookGrid } from "../../src/core/grid";
import { runCli } from "../../src/cli/run";
import { buildWorkbookFromGrid, saveXlsx } from "../../src/hosts/xlsx/xlsx-port";

/** The CLI in process: its exit code and what it wrote to stdout and stderr. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => {} });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Writes the grid as .xlsx to `file`; returns `file`. */
export async function writeGrid(file: string, grid: WorkbookGrid): Promise<string> {
  writeFileSync(file, await saveXlsx(buildWorkbookFromGrid(grid)));
  return file;
}

/** SHA-256 of a file's bytes, hex. */
export const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

// The workbook-files section of `npm run bench`: whole commands at 100,000 ledger rows, each as a
// ratio to ExcelJS's own load of the same file in the same run (so a busy machine shifts both):
//   figures ≤ 0.4 × ExcelJS load, report ≤ 0.8 × ExcelJS load, report's peak memory ≤ 500 MiB.
// The file is written by ExcelJS (shared strings, as Excel writes them). Each round runs, in fresh
// processes and in turn: ExcelJS's load, `figures --json`, `report --out` (the built CLI, as
// `npm run cli` runs it); medians are printed with the machine's numbers.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import * as ExcelJS from "exceljs";
import { isDateCell, type WorkbookGrid } from "../src/core/grid";
import { serialToDate } from "../src/hosts/xlsx/xlsx-port";
import { median } from "./median";

const ROOT = path.resolve(__dirname, "..");
const ROWS = 100_000;
const TARGETS = { figures: 0.4, report: 0.8, reportPeakMiB: 500 };

/** The grid as ExcelJS writes it: dates as date cells, amounts as numbers, strings shared. */
async function writeWithExcelJS(grid: WorkbookGrid, file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.values.forEach((row, r) => {
      const values = row.map((v) => (v === null ? null : isDateCell(v) ? serialToDate(v.serial) : typeof v === "object" ? { error: v.code } : v));
      ws.getRow(sheet.origin.row + r + 1).values = [...new Array<null>(sheet.origin.col + 1).fill(null), ...values] as ExcelJS.CellValue[];
    });
    ws.getColumn(2).numFmt = "yyyy-mm-dd";
  }
  await wb.xlsx.writeFile(file);
  return readFileSync(file).length;
}

interface Timed {
  readonly ms: number;
  readonly stdout: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return { ms, stdout: r.stdout };
}

export async function benchFiles(runs: number, makeGrid: (rows: number) => WorkbookGrid): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-files-"));
  try {
    const input = path.join(dir, "ledger-100k.xlsx");
    const size = await writeWithExcelJS(makeGrid(ROWS), input);
    // Build the CLI now if needed, so no round pays for it.
    run(["scripts/cli.cjs", "help"]);
    const cli = (...args: string[]) => ["scripts/cli.cjs", ...args];
    const period = ["--quarter", "2024Q4", "--as-of", "2024-12-31"];
    const load: number[] = [];
    const loadProcess: number[] = [];
    const figures: number[] = [];
    const report: number[] = [];
    const peak: number[] = [];
    let figuresJson = "";
    for (let i = 0; i < runs; i++) {
      const l = run(["scripts/bench-exceljs-load.cjs", input]);
      load.push(Number(l.stdout.trim()));
      loadProcess.push(l.ms);
      const f = run(cli("figures", input, ...period, "--json"));
      figures.push(f.ms);
      figuresJson = f.stdout;
      const rssFile = path.join(dir, "maxrss");
      const r = run(["--require", path.join(ROOT, "scripts/bench-maxrss.cjs"), ...cli("report", input, ...period, "--out", path.join(dir, "report.xlsx"), "--force", "--json")], {
        ...process.env,
        BENCH_MAXRSS_FILE: rssFile,
      });
      report.push(r.ms);
      peak.push(Number(readFileSync(rssFile, "utf8")) / 1024);
    }
    const executed = (JSON.parse(figuresJson) as { figures?: { executedToDate?: number } }).figures?.executedToDate;
    const base = median(load);
    const line = (name: string, ms: number, target: number) =>
      `  ${name.padEnd(34)} ${`${(ms / 1000).toFixed(2)} s`.padStart(8)}  ${(ms / base).toFixed(2).padStart(5)}×  (target ≤ ${target}×: ${ms / base <= target ? "met" : "NOT MET"})`;
    console.log("");
    console.log(`workbook files: ${ROWS.toLocaleString("en-US")} ledger rows, ${(size / 1024 / 1024).toFixed(1)} MB written by ExcelJS; median of ${runs} rounds; node ${process.version}`);
    console.log(`  ${"ExcelJS's own load (in process)".padEnd(34)} ${`${(base / 1000).toFixed(2)} s`.padStart(8)}  1.00×  (its whole process: ${(median(loadProcess) / 1000).toFixed(2)} s)`);
    console.log(line("figures --json (whole command)", median(figures), TARGETS.figures));
    console.log(line("report --out (whole command)", median(report), TARGETS.report));
    const mib = median(peak);
    console.log(`  ${"report peak memory (max RSS)".padEnd(34)} ${`${mib.toFixed(0)} MiB`.padStart(8)}         (target ≤ ${TARGETS.reportPeakMiB} MiB: ${mib <= TARGETS.reportPeakMiB ? "met" : "NOT MET"})`);
    console.log(`  figures: executed to date ${executed?.toLocaleString("en-US") ?? "?"}원. Ratios divide a whole command (Node start included) by the load alone.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


// `npm run bench`, three sections:
// 1. Core vs read: builds ledgers of 25k/50k/100k rows (with the sample's budget lines), writes
//    each to .xlsx, then times (median of a few runs) the .xlsx read (load + readWorkbookGrid) and
//    the core (the grid parsed at the host edge, then analyze: read, validate, figures, fixes)
//    separately, and records memory after each step. Memory grows in proportion to the rows. (The
//    core < 0.1 × read target was set against ExcelJS's read; the lean reader is several times
//    faster, so the ratio is larger now.)
// 2. Workbook files (scripts/bench-files.ts): the built CLI's `figures` and `report` as whole
//    commands against ExcelJS's own load of the same 100k-row file, in the same run; peak memory.
//   npm run bench                  (both; 25000 50000 100000 rows, 3 runs each)
//   npm run bench -- 100000        (one size)      BENCH_RUNS=5 npm run bench
// 3. Office.js request sizes: the Office host's largest requests through Microsoft's Excel client
//    (scripts/bench-office.ts).
//   BENCH_ONLY=core | files | office   (one section)

import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { analyze } from "../src/core/analyze";
import { tryParseWorkbookGrid } from "../src/core/grid-parse";
import type { CellValue, SheetGrid, WorkbookGrid } from "../src/core/grid";
import { buildWorkbookFromGrid, readWorkbookGrid, saveXlsx, tryLoadXlsx } from "../src/hosts/xlsx/xlsx-port";
import { dateCell, sampleDataSheets } from "../src/sample/sample-data";
import { benchFiles } from "./bench-files";
import { median } from "./median";
// Reads as the CLI does: zlib for the zip.
import "../src/cli/node-zip";
import { benchOfficeRequests } from "./bench-office";

// A collectable heap between measurements, so deltas are the data kept, not garbage pending.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** Lets ExcelJS's stream callbacks finish (they hold the parse state until the next macrotask), then collects. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 20));
  gc();
}

const MB = 1024 * 1024;
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(25_000, 50_000, 100_000);

/** A deterministic ledger of n rows over 2024, spread over the sample's budget lines. */
function ledgerGrid(n: number, budgetLines: readonly string[]): SheetGrid {
  const payees = ["오피스디포 용산점", "용산인쇄", "카페 용산", "(주)이벤트세상", "강사 개인", "다이소 용산점"];
  const values: CellValue[][] = [["2024년 집행내역 (벤치마크)", null, null, null, null, null, null], [], ["번호", "집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]];
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const day = 1 + (i % 365);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    values.push([i + 1, dateCell(date), budgetLines[i % budgetLines.length]!, `집행 ${i + 1}`, payees[x % payees.length]!, 1_000 + (x % 49_000) * 10, `B-${String(i + 1).padStart(6, "0")}`]);
  }
  values.push([null, null, "합계", null, null, null, null]);
  return { name: "집행내역", origin: { row: 0, col: 0 }, values };
}

function budgetLineNames(budget: SheetGrid): string[] {
  const h = budget.values.findIndex((r) => r.includes("사업명"));
  const col = budget.values[h]!.indexOf("사업명");
  return budget.values
    .slice(h + 1)
    .map((r) => r[col])
    .filter((v): v is string => typeof v === "string" && v !== "");
}

async function benchSize(n: number): Promise<void> {
  const [budget, grants] = sampleDataSheets();
  const grid: WorkbookGrid = { sheets: [budget!, grants!, ledgerGrid(n, budgetLineNames(budget!))] };
  const bytes = await saveXlsx(buildWorkbookFromGrid(grid));

  const readTimes: number[] = [];
  const coreTimes: number[] = [];
  let rows = 0;
  let issues = 0;
  for (let r = 0; r < runs; r++) {
    await settle();
    const t0 = performance.now();
    const loaded = await tryLoadXlsx(bytes);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    const read = readWorkbookGrid(loaded.value);
    const t1 = performance.now();
    const grid = tryParseWorkbookGrid(read);
    if (!grid.ok) throw new Error(grid.error);
    const analysis = analyze(grid.value, { period: { year: 2024, quarter: 4 } });
    const t2 = performance.now();
    readTimes.push(t1 - t0);
    coreTimes.push(t2 - t1);
    rows = analysis.recognized.find((s) => s.role === "ledger")?.rowCount ?? 0;
    issues = analysis.issues.length;
  }

  // Memory: what a caller holds after reading (the grid, the workbook dropped) and after the core
  // (grid + analysis), measured after a full GC against a baseline taken before loading.
  await settle();
  const base = process.memoryUsage();
  let loaded: Awaited<ReturnType<typeof tryLoadXlsx>> | null = await tryLoadXlsx(bytes);
  if (!loaded.ok) throw new Error(loaded.error.detail);
  const held = readWorkbookGrid(loaded.value);
  const rssLoaded = process.memoryUsage().rss;
  loaded = null;
  await settle();
  const heapGrid = process.memoryUsage().heapUsed - base.heapUsed;
  const analysis = analyze(held, { period: { year: 2024, quarter: 4 } });
  await settle();
  const heapAnalysis = process.memoryUsage().heapUsed - base.heapUsed - heapGrid;
  if (analysis.records.ledger.length === 0 || held.sheets.length === 0) throw new Error("nothing was read");

  const readMs = median(readTimes);
  const coreMs = median(coreTimes);
  const pad = (t: string, w: number) => t.padStart(w);
  console.log(
    [
      pad(n.toLocaleString("en-US"), 8),
      pad(`${(bytes.length / MB).toFixed(1)} MB`, 8),
      pad(`${readMs.toFixed(0)} ms`, 10),
      pad(`${coreMs.toFixed(0)} ms`, 9),
      pad((coreMs / readMs).toFixed(3), 6),
      pad(`${(heapGrid / MB).toFixed(1)} MB`, 9),
      pad(`${(heapAnalysis / MB).toFixed(1)} MB`, 9),
      pad(`${((heapGrid + heapAnalysis) / n).toFixed(0)} B`, 7),
      pad(`${(rssLoaded / MB).toFixed(0)} MB`, 10),
      `  (${rows.toLocaleString("en-US")} ledger rows, ${issues} issues)`,
    ].join(" "),
  );
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  if (only === undefined || only === "core") await benchCore();
  if (only === undefined || only === "files") {
    const [budget, grants] = sampleDataSheets();
    await benchFiles(runs, (n) => ({ sheets: [budget!, grants!, ledgerGrid(n, budgetLineNames(budget!))] }));
  }
  // --- Office.js request sizes (scripts/bench-office.ts) ---
  if (only === undefined || only === "office") await benchOfficeRequests();
  // --- end of Office.js request sizes ---
}

async function benchCore(): Promise<void> {
  console.log(`runs per size: ${runs} (median); node ${process.version}`);
  console.log("    rows     file .xlsx read      core  ratio  grid heap  analysis  per row  rss loaded");
  for (const n of sizes) await benchSize(n);
  console.log("ratio = core ÷ .xlsx read (its < 0.1 target was set against ExcelJS's read, several times slower than this one).")
  console.log("grid heap / analysis: heap held after GC by the grid and by the")
  console.log("analysis (records, issues, figures); per row = both ÷ rows; rss loaded = process size with the workbook and grid in memory.");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});

// A 100,000-row ledger in standalone mode: read in the worker, so reading never freezes the page.
// Measured in the page itself: from the file input's change event to the grid arriving from the
// worker (the "xlsx:grid" mark) and to the figures on screen, and every main-thread task the Long
// Tasks API reports after the change. Up to the grid (reading, transfer, decoding) the target is no
// task over 200 ms (printed; asserted with a margin). The pane's analysis of the grid (validation, figures, fixes, in React's render)
// still runs on the main thread: its tasks are printed, not asserted (see the README's limits).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { buildWorkbookFromGrid, saveXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { dateCell, sampleDataSheets } from "../../src/sample/sample-data";
import { openPane, startHarness, type Harness } from "./harness";

const ROWS = 100_000;
/** The targets; printed with the measured numbers. */
const FIGURES_MS = 1_500;
const LONGEST_TASK_MS = 200;
/** What the spec asserts: twice the target, a margin for a machine shared with other work (a
 * structured clone of the grid instead of the JSON handover measured 600–900 ms here). */
const LONGEST_TASK_ASSERTED_MS = 2 * LONGEST_TASK_MS;

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h.close();
});

/** A ledger of `n` rows over 2024 on the sample's budget lines. */
function ledger(n: number, lines: readonly string[]): SheetGrid {
  const values: CellValue[][] = [["번호", "집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10);
    values.push([i + 1, dateCell(date), lines[i % lines.length]!, `집행 ${i + 1}`, "용산인쇄", 1_000 + (i % 4_900) * 10, `B-${String(i + 1).padStart(6, "0")}`]);
  }
  return { name: "집행내역", origin: { row: 0, col: 0 }, values };
}

/** Runs in the page before its scripts: long tasks and the moment the figures appear, after a file is chosen. */
function instrument(): void {
  const w = window as unknown as { __perf: { chosen: number; figures: number; tasks: { start: number; duration: number }[] } };
  w.__perf = { chosen: 0, figures: 0, tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  document.addEventListener("change", () => (w.__perf.chosen = performance.now()), true);
  new MutationObserver(() => {
    if (w.__perf.chosen > 0 && w.__perf.figures === 0 && document.querySelector("[data-testid='ratio-budget']")) w.__perf.figures = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

describe("a 100,000-row ledger in the browser", () => {
  test("figures come from the worker, with no main-thread task over 200 ms", async () => {
    const [budget, grants] = sampleDataSheets();
    const lines = budget!.values.slice(3).map((r) => r[1]).filter((v): v is string => typeof v === "string" && v !== "" && v !== "합계");
    const bytes = Buffer.from(await saveXlsx(buildWorkbookFromGrid({ sheets: [budget!, grants!, ledger(ROWS, lines)] })));
    const dir = mkdtempSync(path.join(tmpdir(), "large-file-"));
    const file = path.join(dir, "대용량.xlsx");
    writeFileSync(file, bytes);
    const { context, page } = await openPane(h);
    try {
      await page.evaluate(instrument);
      // From a file on disk, as a user picks one (a buffer would be decoded by the test driver inside
      // the page, a long task of its own).
      await page.getByTestId("file-input").setInputFiles(file);
      await page.getByTestId("ratio-budget").waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __perf: { figures: number } }).__perf.figures > 0);
      // Let the tasks that follow the first paint of the figures finish too.
      await page.waitForTimeout(500);
      const perf = await page.evaluate(() => (window as unknown as { __perf: { chosen: number; figures: number; tasks: { start: number; duration: number }[] } }).__perf);
      const gridAt = await page.evaluate(() => performance.getEntriesByName("xlsx:grid").at(-1)?.startTime ?? 0);
      const after = perf.tasks.filter((t) => t.start >= perf.chosen);
      const reading = after.filter((t) => t.start < gridAt).map((t) => Math.round(t.duration));
      const analysing = after.filter((t) => t.start >= gridAt).map((t) => Math.round(t.duration));
      const longestReading = Math.max(0, ...reading);
      console.log(
        `  ${ROWS.toLocaleString("en-US")} rows (${(bytes.length / 1e6).toFixed(1)} MB): grid from the worker ${Math.round(gridAt - perf.chosen)} ms, figures ${Math.round(perf.figures - perf.chosen)} ms after choosing the file (target ≤ ${FIGURES_MS})\n` +
          `  main-thread tasks over 50 ms while reading: ${reading.join(", ") || "none"} (target ≤ ${LONGEST_TASK_MS}); then the pane's analysis: ${analysing.join(", ") || "none"}`,
      );
      assert.ok(gridAt > perf.chosen, "the grid came from the worker");
      assert.ok(longestReading <= LONGEST_TASK_ASSERTED_MS, `a main-thread task took ${longestReading} ms while the worker read the file`);
      const text = await page.getByTestId("taskpane").innerText();
      assert.match(text, /192,500,000원/, "the budget is the sample's");
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

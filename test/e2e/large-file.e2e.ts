// A 100,000-row ledger in standalone mode: read and analysed in the worker, so no action freezes
// the page. Measured in the page itself, for each action a user takes on such a file — open it,
// change the period, apply fixes, undo them, generate the report — from the user's event (the file
// input's change, the click) to its result on screen, and every main-thread task the Long Tasks
// API reports from that event until the page has been quiet for a while after the result.
// Targets (issue 12): the figures within 1.5 s of choosing the file; no main-thread task over
// 200 ms in any of these actions. Printed with the measured numbers; what is asserted is that the
// analysis comes from the worker and no grid ever crosses to the page.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import type { CellValue, SheetGrid } from "../../src/core/grid";
import { buildWorkbookFromGrid, saveXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { dateCell, sampleDataSheets } from "../../src/sample/sample-data";
import { openPane, useHarness } from "./harness";

const ROWS = 100_000;
/** Ledger amounts stored as text with stray spaces: one mechanical fix each. */
const FIXES = 10;
/** The targets. */
const FIGURES_MS = 1_500;
const LONGEST_TASK_MS = 200;
/** After an action's result, how long the page must stay quiet before its tasks are counted. */
const SETTLE_MS = 500;

const h = useHarness();

/** The sample's budget lines, and its budget and grants sheets. */
function sampleLines(): { budget: SheetGrid; grants: SheetGrid; lines: string[] } {
  const [budget, grants] = sampleDataSheets();
  const header = budget!.values.findIndex((r) => r.includes("사업명"));
  const col = budget!.values[header]!.indexOf("사업명");
  const lines = budget!.values
    .slice(header + 1)
    .map((r) => r[col])
    .filter((v): v is string => typeof v === "string" && v !== "" && v !== "합계");
  return { budget: budget!, grants: grants!, lines };
}

/** A ledger of `n` rows over 2024 on the budget lines given; FIXES amounts stored as " 12,340 ". */
function ledger(n: number, lines: readonly string[]): SheetGrid {
  const values: CellValue[][] = [["번호", "집행일자", "사업명", "적요", "거래처", "금액", "증빙번호"]];
  const spaced = Math.floor(n / FIXES);
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1 + (i % 366))).toISOString().slice(0, 10);
    const amount = 1_000 + (i % 4_900) * 10;
    const cell = i % spaced === spaced - 1 ? ` ${amount.toLocaleString("en-US")} ` : amount;
    values.push([i + 1, dateCell(date), lines[i % lines.length]!, `집행 ${i + 1}`, "용산인쇄", cell, `B-${String(i + 1).padStart(6, "0")}`]);
  }
  return { name: "집행내역", origin: { row: 0, col: 0 }, values };
}

interface PagePerf {
  /** performance.now() of the user's last event (a change or a click). */
  event: number;
  /** When the figures first appeared after a file was chosen. */
  figures: number;
  tasks: { start: number; duration: number }[];
}

/** Runs in the page: long tasks, the time of the user's events, and the moment the figures appear. */
function instrument(): void {
  const w = window as unknown as { __perf: PagePerf };
  w.__perf = { event: 0, figures: 0, tasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__perf.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  for (const type of ["change", "click"]) document.addEventListener(type, () => (w.__perf.event = performance.now()), true);
  new MutationObserver(() => {
    if (w.__perf.event > 0 && w.__perf.figures === 0 && document.querySelector("[data-testid='ratio-budget']")) w.__perf.figures = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

interface Measured {
  readonly action: string;
  /** From the user's event to the result on screen, ms. */
  readonly ms: number;
  /** Main-thread tasks over 50 ms from the event until the page settled, ms each. */
  readonly tasks: readonly number[];
}

/** Does `act` (which ends in the user's event), waits for `shown`, lets the page settle, and reads the page's numbers. */
async function measure(page: Page, action: string, act: () => Promise<void>, shown: () => Promise<void>): Promise<Measured> {
  await page.waitForTimeout(SETTLE_MS); // what came before has finished
  await act();
  await shown();
  const end = await page.evaluate(() => performance.now());
  await page.waitForTimeout(SETTLE_MS);
  const perf = await page.evaluate(() => (window as unknown as { __perf: PagePerf }).__perf);
  const tasks = perf.tasks.filter((t) => t.start >= perf.event).map((t) => Math.round(t.duration));
  return { action, ms: Math.round((action === "open" && perf.figures > 0 ? perf.figures : end) - perf.event), tasks };
}

/** Writes the workbook to a file, as a user has one (a buffer would be decoded by the test driver inside the page, a long task of its own). */
async function workbookFile(dir: string, name: string, lines: readonly string[]): Promise<{ file: string; mb: string }> {
  const { budget, grants } = sampleLines();
  const bytes = await saveXlsx(buildWorkbookFromGrid({ sheets: [budget, grants, ledger(ROWS, lines)] }));
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, mb: (bytes.length / 1e6).toFixed(1) };
}

/** Opens `file` in the pane, measured; returns the measurement and when the worker's analysis arrived. */
async function openMeasured(page: Page, file: string): Promise<{ open: Measured; analysisAt: number }> {
  await page.evaluate(instrument);
  const open = await measure(
    page,
    "open",
    () => page.getByTestId("file-input").setInputFiles(file),
    async () => {
      await page.getByTestId("ratio-budget").waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { __perf: PagePerf }).__perf.figures > 0);
    },
  );
  const analysisAt = await page.evaluate(() => (performance.getEntriesByName("xlsx:analysis")[0]?.startTime ?? 0) - (window as unknown as { __perf: PagePerf }).__perf.event);
  assert.ok(analysisAt > 0, "the analysis came from the worker");
  assert.match(await page.getByTestId("taskpane").innerText(), /192,500,000원/, "the budget is the sample's");
  return { open, analysisAt: Math.round(analysisAt) };
}

/** A period change, measured: the figures on screen change. */
async function periodMeasured(page: Page): Promise<Measured> {
  const before = await page.getByTestId("ratio-budget").innerText();
  return measure(
    page,
    "period",
    async () => void (await page.getByLabel("보고 분기").selectOption("1")),
    async () => void (await page.waitForFunction((was) => (document.querySelector("[data-testid='ratio-budget']") as HTMLElement | null)?.innerText !== was, before)),
  );
}

function report(title: string, analysisAt: number, results: readonly Measured[]): void {
  console.log(
    `  ${title}: analysis from the worker ${analysisAt} ms, figures ${results[0]!.ms} ms after choosing the file (target ≤ ${FIGURES_MS})\n` +
      results.map((r) => `    ${r.action.padEnd(6)} ${String(r.ms).padStart(5)} ms to the result; main-thread tasks over 50 ms: ${r.tasks.join(", ") || "none"}`).join("\n") +
      `\n    longest main-thread task: ${Math.max(0, ...results.flatMap((r) => r.tasks))} ms (target ≤ ${LONGEST_TASK_MS})`,
  );
}

/**
 * What is asserted: the analysis came from the worker (openMeasured) and no grid crossed to the
 * page for any measured action, so nothing of size is decoded or analysed on the main thread. The
 * times are printed against the targets, not asserted: a shared machine's timings are no test
 * (README, "A 100,000-row file in the browser").
 */
async function assertNoGridCrossed(page: Page): Promise<void> {
  assert.equal(await page.evaluate(() => performance.getEntriesByName("xlsx:grid").length), 0, "a grid crossed from the worker to the page");
}

describe("a 100,000-row ledger in the browser", () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "large-file-"));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test("analysed in the worker, no grid crossing: open, change the period, fix, undo and report (times printed against the targets)", async () => {
    const { file, mb } = await workbookFile(dir, "대용량.xlsx", sampleLines().lines);
    const { context, page } = await openPane(h());
    try {
      const { open, analysisAt } = await openMeasured(page, file);
      const results: Measured[] = [open];
      const before = await page.getByTestId("ratio-budget").innerText();
      results.push(await periodMeasured(page));
      assert.notEqual(await page.getByTestId("ratio-budget").innerText(), before, "the figures follow the period");

      await page.getByRole("button", { name: `${FIXES}개 셀 수정…` }).click();
      results.push(
        await measure(
          page,
          "fixes",
          () => page.getByRole("dialog").getByRole("button", { name: "수정", exact: true }).click(),
          () => page.getByTestId("unsaved-note").waitFor({ timeout: 30_000 }),
        ),
      );
      results.push(
        await measure(
          page,
          "undo",
          () => page.getByRole("button", { name: "실행 취소" }).click(),
          async () => {
            await page.getByTestId("fix-notice").filter({ hasText: "되돌렸습니다" }).waitFor({ timeout: 30_000 });
            // The copy equals the file again once the read after the undo says so.
            await page.getByTestId("unsaved-note").waitFor({ state: "detached", timeout: 30_000 });
          },
        ),
      );

      let download: Promise<unknown> = Promise.resolve();
      results.push(
        await measure(
          page,
          "report",
          async () => {
            download = page.waitForEvent("download", { timeout: 60_000 });
            await page.getByTestId("generate-report").click();
          },
          async () => {
            await download;
            await page.getByTestId("report-done").waitFor({ timeout: 60_000 });
          },
        ),
      );
      report(`${ROWS.toLocaleString("en-US")} rows (${mb} MB)`, analysisAt, results);
      await assertNoGridCrossed(page);
    } finally {
      await context.close();
    }
  });

  test("with an unknown line on every 18th row (5,556 errors): the same, to open and change the period", async () => {
    // "사업명" is the budget's header, not a line: each ledger row naming it is an error.
    const { file, mb } = await workbookFile(dir, "오류-대용량.xlsx", ["사업명", ...sampleLines().lines]);
    const { context, page } = await openPane(h());
    try {
      const { open, analysisAt } = await openMeasured(page, file);
      const results = [open, await periodMeasured(page)];
      assert.match(await page.getByTestId("taskpane").innerText(), /오류 5,556건/);
      report(`${ROWS.toLocaleString("en-US")} rows (${mb} MB), 5,556 errors`, analysisAt, results);
      await assertNoGridCrossed(page);
    } finally {
      await context.close();
    }
  });
});

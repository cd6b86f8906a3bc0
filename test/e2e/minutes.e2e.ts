// End-to-end in Chromium (standalone mode): the minutes from one quarter to the next, as a user
// does it — generate 1분기 from a workbook, open the downloaded file, generate 2분기 from it (section
// 2 reports on each program the 1분기 minutes planned), or first carry the 1분기 minutes into the
// meeting sheet with "전차 회의록에서 가져오기"; and the execution bars, for the README's picture.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import * as ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { viewWithExcelJS } from "../hosts/xlsx/exceljs-view";
import { firstQuarterBook } from "../report/first-quarter";
import { linesBetween, plannedPrograms } from "../report/plan-text";
import { IMAGES, openPane, openSample, settle, useHarness } from "./harness";
import { generateReport, gridBytes, overflowX, XLSX } from "./pane-kit";

const h = useHarness();

/** Opens the 1분기 workbook, generates 1분기 (downloaded) and opens that download: the pane is then on it. */
async function generateFirstQuarter(page: Page): Promise<string> {
  // The sample as it stood in 1분기 (no 전차 tables on its meeting sheet yet).
  await openFile(page, "2024-사업.xlsx", await gridBytes(firstQuarterBook()));
  await page.getByLabel("보고 분기").selectOption("1");
  await page.getByTestId("ratio-budget").filter({ hasText: "21%" }).waitFor();
  const { file: q1File } = await generateReport(page);
  await openFile(page, "2024-사업-1분기.xlsx", readFileSync(q1File));
  return q1File;
}

/** A sheet's lines as a reader sees them: each row's cells joined. */
async function sheetLines(file: string, sheet: string): Promise<string[]> {
  const wb = await viewWithExcelJS(readFileSync(file));
  const ws = wb.getWorksheet(sheet);
  assert.ok(ws, `${sheet} among ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const lines: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge && cell.text !== "") cells.push(cell.text);
    });
    if (cells.length) lines.push(cells.join(" | "));
  });
  return lines;
}

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId("file-input").setInputFiles({ name, mimeType: XLSX, buffer });
  await page.getByTestId("opened-file").filter({ hasText: name }).waitFor({ timeout: 20_000 });
  await page.getByTestId("ratio-budget").waitFor({ timeout: 20_000 });
}

describe("the minutes, one quarter to the next", () => {
  test("generate 1분기, then 2분기 from that workbook: section 2 reports on each program the 1분기 minutes planned", async () => {
    const { context, page } = await openPane(h());
    try {
      const q1File = await generateFirstQuarter(page);
      const q1Minutes = await sheetLines(q1File, "회의록 2024-1분기");
      const planned = plannedPrograms(q1Minutes);
      assert.ok(planned.length > 10, `the 1분기 minutes plan programs (${planned.length})`);
      assert.ok(!linesBetween(q1Minutes, "2) 1분기 추진 사업 보고", "4. 2024년").some((l) => l.includes("꽃장")), "no April event as done in 1분기");

      // The downloaded workbook, now open, holds the 1분기 minutes; its meeting sheet says 2분기.
      assert.match(await page.getByTestId("follow-up-source").innerText(), /1분기 회의록\('회의록 2024-1분기'\)의 사업 \d+개/);
      const { file: q2File } = await generateReport(page);
      const section2 = linesBetween(await sheetLines(q2File, "회의록 2024-2분기"), "1) 1분기 남은 일정", "2) 결정사항에 대한");
      for (const name of planned) assert.ok(section2.some((l) => l.includes(`${name} →`)), `section 2 reports on ${name}`);
    } finally {
      await context.close();
    }
  });

  test("전차 회의록에서 가져오기: a preview, then the meeting sheet's table is what section 2 reports", async () => {
    const { context, page } = await openPane(h());
    try {
      await generateFirstQuarter(page);
      await page.getByTestId("carry-open").click();
      const preview = page.getByTestId("carry-preview");
      await preview.waitFor();
      assert.ok(await preview.getByText("꽃장, 피우장").isVisible(), "the preview lists the programs");
      await settle(page);
      await preview.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(IMAGES, "taskpane-carry.png") });
      await page.getByTestId("carry-confirm").click();
      await page.getByTestId("carry-done").waitFor();
      await page.getByTestId("follow-up-source").filter({ hasText: "'회의정보' 시트의 사업" }).waitFor();

      const { file: q2File } = await generateReport(page);
      const section2 = linesBetween(await sheetLines(q2File, "회의록 2024-2분기"), "1) 1분기 남은 일정", "2) 결정사항에 대한");
      assert.ok(section2.includes("• 꽃장, 피우장 → 완료"), section2.join("\n"));
      const meeting = await sheetLines(q2File, "회의정보");
      assert.ok(meeting.includes("[전차 추진 계획]"), "the table is in the workbook's meeting sheet");
    } finally {
      await context.close();
    }
  });

  test("the execution as bars at pane width, each with its words", async () => {
    const { context, page } = await openPane(h());
    try {
      await openSample(page);
      const bars = page.getByTestId("line-bar");
      assert.equal(await bars.count(), 17);
      const quarter = page.getByTestId("quarter-bar").getByRole("img");
      assert.match((await quarter.getAttribute("aria-label")) ?? "", /^총 예산 192,500,000원 중 1분기 40,806,390원\(21%\), 2분기 25,654,195원\(13%\)/);
      // Nothing wider than the pane.
      const overflow = await overflowX(page);
      assert.ok(overflow <= 0, `no horizontal scroll (${overflow}px)`);
      await page.evaluate(() => document.getElementById("execution-chart-heading")?.scrollIntoView({ block: "start" }));
      await settle(page);
      await page.screenshot({ path: path.join(IMAGES, "taskpane-execution.png") });
    } finally {
      await context.close();
    }
  });
});

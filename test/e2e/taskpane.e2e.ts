// End-to-end: the production task pane in Chromium, in standalone mode (no Excel here), at task
// pane size. Run with `npm run test:e2e` (builds first).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import * as ExcelJS from "exceljs";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { buildWorkbookFromGrid, saveXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { viewWithExcelJS } from "../hosts/xlsx/exceljs-view";
import { OFFICE_WAIT_MS } from "../../src/taskpane/bootstrap";
import type { CellValue } from "../../src/core/grid";
import { IMAGES, ROOT, isOfficeCdn, openPane, openSample, settle, useHarness } from "./harness";
import { alarmGrid, generateReport, gridBytes, spacesGrid, withLedgerRows, XLSX } from "./pane-kit";

const h = useHarness();

/** The sample as written by our host, opened in ExcelJS to plant changes as a user's program would. */
async function sampleInExcelJS(): Promise<ExcelJS.Workbook> {
  return viewWithExcelJS(await saveXlsx(buildWorkbookFromGrid(sampleWorkbookGrid())));
}

/** Every cell of a sheet as displayed text, to search the report for the seed's figures. */
function sheetText(ws: ExcelJS.Worksheet): string {
  const parts: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // Merged cells other than the top-left one carry no value of their own.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      parts.push(cell.text);
    });
  });
  return parts.join("\n");
}

/**
 * The sample workbook with three defects planted in the ledger (집행내역), returning the
 * workbook bytes and the A1 cells of each defect, found from the header row (not hard-coded).
 */
async function plantDefects(): Promise<{ bytes: Buffer; amountCell: string; dateCell: string; lineCell: string; sheet: string }> {
  const wb = await sampleInExcelJS();
  const sheet = "집행내역";
  const ws = wb.getWorksheet(sheet);
  assert.ok(ws, "sample has a 집행내역 sheet");
  let headerRow = 0;
  const cols: Record<string, number> = {};
  ws.eachRow((row, n) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      if (cell.text === "집행일자") headerRow = n;
      cols[cell.text] = c;
    });
  });
  assert.ok(headerRow > 0 && cols["금액"] && cols["집행일자"] && cols["사업명"], "ledger header found");
  const amount = ws.getCell(headerRow + 2, cols["금액"]!);
  const date = ws.getCell(headerRow + 4, cols["집행일자"]!);
  const line = ws.getCell(headerRow + 6, cols["사업명"]!);
  amount.value = "12a,000";
  date.value = "2024-02-30";
  line.value = "없는 사업 세목";
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { bytes, amountCell: amount.address, dateCell: date.address, lineCell: line.address, sheet };
}

let defective: ReturnType<typeof plantDefects> | undefined;
/** The defective workbook, made once for the three tests that open it (they only read it). */
const defectiveWorkbook = () => (defective ??= plantDefects());

describe("task pane in Chromium (standalone mode)", () => {
  test("says it is in standalone mode within 3 seconds", async () => {
    const { context, page } = await openPane(h());
    try {
      // openPane returned once the pane was ready; time since navigation start, in the page's clock.
      const sinceNavigation = await page.evaluate(() => performance.now());
      assert.equal(await page.evaluate(() => document.body.dataset.mode), "standalone");
      assert.ok(sinceNavigation < 3000, `standalone and ready ${Math.round(sinceNavigation)} ms after navigation`);
      await page.getByTestId("standalone-banner").waitFor();
      assert.match(await page.getByTestId("standalone-banner").innerText(), /독립 실행 모드/);
    } finally {
      await context.close();
    }
  });

  test("office.js that loads but never gets ready: standalone after the wait, still within 3 s", async () => {
    const { context, page } = await openPane(h(), { officeScript: "window.Office = { onReady: function () { return new Promise(function () {}); } };" });
    try {
      const sinceNavigation = await page.evaluate(() => performance.now());
      assert.equal(await page.evaluate(() => document.body.dataset.mode), "standalone");
      assert.ok(sinceNavigation >= OFFICE_WAIT_MS - 100, `waited for office.js (${Math.round(sinceNavigation)} ms)`);
      assert.ok(sinceNavigation < 3000, `standalone ${Math.round(sinceNavigation)} ms after navigation`);
    } finally {
      await context.close();
    }
  });

  test("1. the bundled sample shows 35% and 69% and the per-line table", async () => {
    const { context, page } = await openPane(h());
    try {
      await openSample(page);
      assert.equal((await page.getByTestId("ratio-budget").innerText()).split("\n")[0], "35%");
      assert.equal((await page.getByTestId("ratio-grants").innerText()).split("\n")[0], "69%");
      const text = await page.getByTestId("taskpane").innerText();
      for (const figure of ["192,500,000원", "96,250,000원", "66,460,585원"]) assert.ok(text.includes(figure), `shows ${figure}`);
      // Folded at first (screenshots at each width: layout.e2e.ts).
      await page.getByTestId("lines-toggle").click();
      const rows = await page.getByTestId("lines-table").locator("tbody tr").count();
      assert.ok(rows >= 17, `per-line table has the 17 budget lines (got ${rows} rows)`);
      assert.ok(await page.getByTestId("lines-table").getByText("인건비").isVisible());
    } finally {
      await context.close();
    }
  });

  test("2. a workbook with defects lists them with sheet and cell, in Korean", async () => {
    const defects = await defectiveWorkbook();
    const { context, page } = await openPane(h());
    try {
      await page.getByTestId("file-input").setInputFiles({
        name: "결함-통합문서.xlsx",
        mimeType: XLSX,
        buffer: defects.bytes,
      });
      await page.getByTestId("issue-counts").waitFor({ timeout: 20_000 });
      const where = await page.getByTestId("issue-where").allInnerTexts();
      for (const cell of [defects.amountCell, defects.dateCell, defects.lineCell]) {
        assert.ok(where.includes(`${defects.sheet}!${cell}`), `lists ${defects.sheet}!${cell}; listed: ${where.slice(0, 20).join(", ")}`);
      }
      const errors = page.locator("[data-severity='error'] [data-testid='issue']");
      assert.ok((await errors.count()) >= 3, "three errors at least");
      const item = page.getByTestId("issue").filter({ hasText: `${defects.sheet}!${defects.amountCell}` });
      assert.match(await item.innerText(), /[가-힣]/, "message in Korean");
      assert.match(await page.getByTestId("issue-counts").innerText(), /오류 \d+건/);
      // Report is refused while there are errors, and says so.
      await page.getByTestId("generate-report").click();
      await page.getByTestId("report-blocked").waitFor();
      await page.locator("#issues-heading").scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById("issues-heading")?.scrollIntoView({ block: "start" }));
      await settle(page);
      await page.screenshot({ path: path.join(IMAGES, "taskpane-issues.png") });
    } finally {
      await context.close();
    }
  });

  test("3. generating the report downloads an .xlsx whose minutes sheet holds the seed's figures", async () => {
    const { context, page } = await openPane(h());
    try {
      await openSample(page);
      const { file, name } = await generateReport(page);
      assert.match(name, /^예제-통합문서-보고서-2024-2분기\.xlsx$/);
      const wb = await viewWithExcelJS(readFileSync(file));
      const minutes = wb.worksheets.find((ws) => ws.name.includes("회의록"));
      assert.ok(minutes, `a minutes sheet among ${wb.worksheets.map((w) => w.name).join(", ")}`);
      const text = sheetText(minutes);
      for (const figure of ["192,500,000원", "96,250,000원", "66,460,585원", "35%", "69%"]) {
        assert.ok(text.includes(figure), `minutes sheet shows ${figure}`);
      }
      // The input sheets are still there, unchanged in number.
      for (const name of ["예산", "교부내역", "집행내역"]) assert.ok(wb.getWorksheet(name), `keeps ${name}`);
      await page.getByTestId("report-done").waitFor();
    } finally {
      await context.close();
    }
  });

  test("4. English when the browser asks for English", async () => {
    const { context, page } = await openPane(h(), { locale: "en-US" });
    try {
      assert.match(await page.getByTestId("standalone-banner").innerText(), /Standalone mode/);
      await openSample(page);
      const text = await page.getByTestId("taskpane").innerText();
      assert.ok(text.includes("Executed of total budget"), "English labels");
      assert.ok(text.includes("Generate report"));
      assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    } finally {
      await context.close();
    }
  });

  test("5. axe-core finds no serious or critical accessibility violation", async () => {
    // The page's CSP forbids injected scripts; bypass it for the checker only.
    const { context, page } = await openPane(h(), { bypassCSP: true });
    try {
      const axeSource = readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
      const check = async (label: string) => {
        await settle(page);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const r = await axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
        });
        const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
        assert.deepEqual(bad, [], `${label}: ${JSON.stringify(bad, null, 1)}`);
      };
      await check("start");
      await openSample(page);
      await check("sample loaded");
      const defects = await defectiveWorkbook();
      await page.getByTestId("file-input").setInputFiles({ name: "d.xlsx", mimeType: "application/octet-stream", buffer: defects.bytes });
      await page.locator("[data-severity='error']").waitFor({ timeout: 20_000 });
      await page.getByTestId("opened-file").waitFor();
      await check("issues shown");
      // The pane's newer parts: the unfolded line table, alarms, the cause card, the dialogs.
      await page.getByTestId("lines-toggle").click();
      await page.getByTestId("file-input").setInputFiles({ name: "alarm.xlsx", mimeType: "application/octet-stream", buffer: await gridBytes(alarmGrid()) });
      await page.getByTestId("alarm").first().waitFor({ timeout: 20_000 });
      await page.getByTestId("lines-toggle").click();
      await check("alarms and the line table");
      await page.getByLabel("회계연도").fill("2023");
      await page.getByTestId("cause").waitFor();
      await check("the cause card and filters");
      await page.getByTestId("file-input").setInputFiles({ name: "공백.xlsx", mimeType: "application/octet-stream", buffer: await gridBytes(spacesGrid(3)) });
      await page.getByRole("button", { name: /개 셀 수정/ }).click();
      await page.getByRole("dialog").waitFor();
      await check("the confirmation dialog");
      await page.getByRole("dialog").getByRole("button", { name: "수정", exact: true }).click();
      await page.getByTestId("unsaved-note").waitFor();
      await page.getByTestId("open-sample").click();
      await page.getByTestId("unsaved-dialog").waitFor();
      await check("the unsaved-changes dialog");
    } finally {
      await context.close();
    }
  });

  test("a workbook dropped on the pane opens like a picked one", async () => {
    const defects = await defectiveWorkbook();
    const { context, page } = await openPane(h());
    try {
      const dataTransfer = await page.evaluateHandle(
        ({ b64, name, type }) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const dt = new DataTransfer();
          dt.items.add(new File([bytes], name, { type }));
          return dt;
        },
        { b64: defects.bytes.toString("base64"), name: "끌어온-파일.xlsx", type: XLSX },
      );
      await page.dispatchEvent("[data-testid='drop-zone']", "dragenter", { dataTransfer });
      await page.dispatchEvent("[data-testid='drop-zone']", "drop", { dataTransfer });
      await page.getByTestId("issue-counts").waitFor({ timeout: 20_000 });
      assert.match(await page.getByTestId("opened-file").innerText(), /끌어온-파일\.xlsx/);
      const where = await page.getByTestId("issue-where").allInnerTexts();
      assert.ok(where.includes(`${defects.sheet}!${defects.amountCell}`));
    } finally {
      await context.close();
    }
  });

  test("fixes in the browser change only the page's copy, which can be downloaded", async () => {
    const wb = await sampleInExcelJS();
    const ws = wb.getWorksheet("집행내역")!;
    let header = 0;
    let amountCol = 0;
    ws.eachRow((row, n) => row.eachCell((cell, c) => {
      if (!header && cell.text === "금액") [header, amountCol] = [n, c];
    }));
    const target = ws.getCell(header + 3, amountCol);
    const original = target.value;
    target.value = ` ${String(original)} `;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { context, page } = await openPane(h());
    try {
      await page.getByTestId("file-input").setInputFiles({ name: "공백.xlsx", mimeType: "application/octet-stream", buffer: bytes });
      await page.getByRole("button", { name: "수정 미리 보기" }).click();
      assert.ok(await page.getByTestId("fix-preview").getByText(`집행내역!${target.address}`).isVisible());
      await page.getByRole("button", { name: /개 셀 수정/ }).click();
      await page.getByRole("dialog").getByRole("button", { name: "수정", exact: true }).click();
      await page.getByRole("button", { name: "실행 취소" }).waitFor();
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "바뀐 통합 문서 내려받기" }).click()]);
      assert.equal(download.suggestedFilename(), "공백-수정본.xlsx");
      const fixed = await viewWithExcelJS(readFileSync(await download.path()));
      assert.equal(fixed.getWorksheet("집행내역")!.getCell(target.address).value, original);
    } finally {
      await context.close();
    }
  });

  test("missing sheets from the template go into the page's copy, downloadable; nothing is overwritten", async () => {
    const wb = await sampleInExcelJS();
    wb.removeWorksheet(wb.getWorksheet("교부내역")!.id);
    const names = wb.worksheets.map((w) => w.name);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const { context, page } = await openPane(h());
    try {
      await page.getByTestId("file-input").setInputFiles({ name: "교부없음.xlsx", mimeType: "application/octet-stream", buffer: bytes });
      await page.getByTestId("issue-counts").waitFor({ timeout: 20_000 });
      await page.getByRole("button", { name: "빠진 시트 만들기" }).click();
      await page.getByText(/시트를 만들었습니다/).waitFor();
      assert.equal(await page.locator("[data-role='grants']").getAttribute("data-found"), "true");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "바뀐 통합 문서 내려받기" }).click()]);
      const copy = await viewWithExcelJS(readFileSync(await download.path()));
      const after = copy.worksheets.map((w) => w.name);
      assert.deepEqual(after.slice(0, names.length), names, "existing sheets kept, in order");
      assert.equal(after.length, names.length + 1, `one sheet added: ${after.join(", ")}`);
    } finally {
      await context.close();
    }
  });

  test("thousands of issues stay responsive: the same problem down a column is one card, other cards come a page at a time", async () => {
    // 3,000 pasted rows with an impossible date and an unreadable amount (6,000 errors, two runs),
    // then 3,000 rows each naming a budget line the budget lacks (3,000 cards of their own).
    const pasted = Array.from({ length: 3000 }, (_, i): CellValue[] => [9000 + i, "2024-02-30", "운영비", "붙여넣기", "거래처", "12a,000", `V-${i}`, "카드"]);
    const unknown = Array.from({ length: 3000 }, (_, i): CellValue[] => [20000 + i, "2024-03-02", `없는 세목 ${i}`, "붙여넣기", "거래처", 1000, `U-${i}`, "카드"]);
    const bytes = await gridBytes(withLedgerRows([...pasted, ...unknown]));
    const { context, page } = await openPane(h());
    try {
      const started = Date.now();
      await page.getByTestId("file-input").setInputFiles({ name: "대량.xlsx", mimeType: "application/octet-stream", buffer: bytes });
      await page.getByTestId("issue-counts").waitFor({ timeout: 30_000 });
      const loadMs = Date.now() - started;
      const counts = await page.getByTestId("issue-counts").innerText();
      const errors = Number(/오류 ([\d,]+)건/.exec(counts)?.[1]?.replace(/,/g, ""));
      assert.ok(errors >= 9000, `${counts}`);
      assert.match(counts, /오류 \d{1,3}(,\d{3})+건/, "thousands separators");
      const where = await page.getByTestId("issue-where").allInnerTexts();
      assert.ok(where.some((w) => /^집행내역 B\d+:B\d+, 3,000행$/.test(w)), `the pasted dates are one card: ${where.slice(0, 4).join(" | ")}`);
      // Only a page of cards of each severity is in the DOM.
      assert.equal(await page.locator("[data-severity='error'] [data-testid='issue']").count(), 200);
      const t0 = Date.now();
      await page.getByRole("button", { name: /더 보기/ }).first().click();
      await page.locator("[data-severity='error'] [data-testid='issue']").nth(399).waitFor();
      const moreMs = Date.now() - t0;
      console.log(`  ${errors} errors: listed ${loadMs} ms after the file was chosen; next 200 cards in ${moreMs} ms`);
      assert.ok(moreMs < 2000, `더 보기 took ${moreMs} ms`);
      // The filter by sheet and severity.
      await page.getByTestId("filter-severity").selectOption("warning");
      assert.equal(await page.locator("[data-severity='error']").count(), 0);
      assert.match(await page.getByTestId("issues-filtered").innerText(), /건 중 \d+건을 보여 줍니다/);
    } finally {
      await context.close();
    }
  });

  test("a dropped file that cannot be read is named in the message", async () => {
    const { context, page } = await openPane(h());
    try {
      const dataTransfer = await page.evaluateHandle((type) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array([80, 75, 3, 4, 1, 2, 3])], "깨진-파일.xlsx", { type }));
        return dt;
      }, XLSX);
      await page.dispatchEvent("[data-testid='drop-zone']", "drop", { dataTransfer });
      const alert = page.getByRole("alert");
      await alert.waitFor({ timeout: 20_000 });
      assert.match(await alert.innerText(), /‘깨진-파일\.xlsx’을\(를\) 열지 못했습니다\. 통합 문서를 읽지 못했습니다\./);
    } finally {
      await context.close();
    }
  });

  test("6. the page makes no request outside its own origin, except the attempt to load office.js", async () => {
    const { context, page, requests } = await openPane(h());
    try {
      await openSample(page);
      await generateReport(page);
      const origin = new URL(h().baseUrl).origin;
      const foreign = requests
        .map((r) => r.url())
        .filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"))
        .filter((u) => new URL(u).origin !== origin);
      assert.ok(
        foreign.every(isOfficeCdn),
        `only office.js may leave the origin; also requested: ${foreign.filter((u) => !isOfficeCdn(u)).join(", ")}`,
      );
      assert.ok(foreign.some(isOfficeCdn), "the page did try to load office.js");
      // The xlsx code runs in a worker: a same-origin file of the build, fetched on demand.
      assert.ok(requests.some((r) => /\/xlsx-worker\.[0-9a-f]+\.js$/.test(r.url()) && r.url().startsWith(origin)), "the xlsx worker loaded from the page's origin");
    } finally {
      await context.close();
    }
  });
});

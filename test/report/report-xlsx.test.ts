// The report through the ExcelJS host and back: what a user opening the saved file gets.
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { analyze } from "../../src/core/analyze";
import { planReport } from "../../src/core/report";
import { buildWorkbookFromGrid, newWorkbook, readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan } from "../../src/hosts/xlsx/xlsx-port";
import { viewWithExcelJS } from "../hosts/xlsx/exceljs-view";
import { sampleWorkbookGrid } from "../../src/sample/index";

async function roundTrip() {
  const sample = sampleWorkbookGrid();
  const withRemark = {
    sheets: sample.sheets.map((s) =>
      s.name === "회의정보" ? { ...s, values: [...s.values, ["[기타 논의]", null], ["=김재성", "=SUM(A1:A9) 로 계산함"]] } : s,
    ),
  };
  const input = await saveXlsx(buildWorkbookFromGrid(withRemark));
  const inputCopy = input.slice();
  const loaded = await tryLoadXlsx(input);
  if (!loaded.ok) throw new Error(loaded.error.detail);
  const before = readWorkbookGrid(loaded.value);
  const outcome = planReport(analyze(before));
  if (!outcome.ok) throw new Error("expected a plan");
  const written = writePlan(loaded.value, outcome.plan);
  if (!written.ok) throw new Error(written.error.detail);
  const output = await saveXlsx(loaded.value);
  const reloaded = await tryLoadXlsx(output);
  if (!reloaded.ok) throw new Error(reloaded.error.detail);
  // Read back by ExcelJS, another program than the one that wrote it.
  return { input, inputCopy, before, outcome, wb: await viewWithExcelJS(output), after: readWorkbookGrid(reloaded.value) };
}

describe("the report written to .xlsx and read back", () => {
  let r: Awaited<ReturnType<typeof roundTrip>>;
  let minutes: ExcelJS.Worksheet;
  let summary: ExcelJS.Worksheet;
  beforeAll(async () => {
    r = await roundTrip();
    minutes = r.wb.getWorksheet("회의록 2024-2분기")!;
    summary = r.wb.getWorksheet("집행현황 2024-2분기")!;
  });

  it("adds the two sheets after the user's sheets and leaves those untouched", () => {
    const names = r.wb.worksheets.map((w) => w.name);
    expect(names.slice(-2)).toEqual(["회의록 2024-2분기", "집행현황 2024-2분기"]);
    const after = r.after;
    for (const sheet of r.before.sheets) expect(after.sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    expect(Buffer.from(r.input).equals(Buffer.from(r.inputCopy))).toBe(true);
  });

  it("keeps the merges of the title, approval box and header table", () => {
    const merges = (minutes.model as unknown as { merges: string[] }).merges;
    for (const m of ["A1:E2", "F1:F2", "B4:H4", "B5:C5", "E5:H5", "B6:H6", "B7:H7", "A8:H8"]) expect(merges).toContain(m);
    expect(merges.length).toBe(r.outcome.ok ? r.outcome.plan.sheets[0]!.merges.length : -1);
  });

  it("keeps the print setup: A4 portrait, one page wide, margins, print area, page numbers", () => {
    const p = minutes.pageSetup;
    expect(p.paperSize).toBe(9);
    expect(p.orientation).toBe("portrait");
    expect(p.fitToPage).toBe(true);
    expect(p.fitToWidth).toBe(1);
    expect(p.fitToHeight).toBe(0);
    expect(p.margins).toMatchObject({ left: 0.6, right: 0.6, top: 0.7, bottom: 0.7 });
    expect(String(p.printArea).replace(/\$/g, "")).toMatch(/^A1:H\d+$/);
    expect(minutes.headerFooter.oddFooter).toBe("&C&P / &N");
    expect(minutes.views[0]?.showGridLines).toBe(false);
    expect(summary.pageSetup.orientation).toBe("landscape");
    expect(summary.pageSetup.printTitlesRow).toBe("7:7");
  });

  it("keeps fonts, fills and row heights computed from the text", () => {
    const title = minutes.getCell("A1");
    expect(title.value).toBe("회의록");
    expect(title.font).toMatchObject({ name: "맑은 고딕", size: 24, bold: true });
    expect(minutes.getCell("A4").font?.name).toBe("맑은 고딕");
    expect((minutes.getCell("A4").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE7E6E6");
    const plan = r.outcome.ok ? r.outcome.plan.sheets[0]! : null;
    for (const [row, h] of Object.entries(plan!.rowHeights)) expect(minutes.getRow(Number(row) + 1).height).toBeCloseTo(h, 2);
    const long = plan!.cells.find((c) => typeof c.value === "string" && c.value.startsWith("김재성:"))!;
    expect(minutes.getRow(long.row + 1).height).toBeGreaterThan(minutes.getRow(long.row).height ?? 0);
  });

  it("writes the summary's amounts as numbers with #,##0 and ratios with 0%", () => {
    const header = summary.getRow(7).values as ExcelJS.CellValue[];
    expect(header.slice(1)).toEqual(["구분", "사업명", "예산액", "1분기", "2분기", "3분기", "4분기", "누적 집행액", "집행률", "잔액"]);
    const first = summary.getRow(8);
    expect(typeof first.getCell(3).value).toBe("number");
    expect(first.getCell(3).numFmt).toBe("#,##0");
    expect(first.getCell(9).numFmt).toBe("0%");
  });

  it("writes text starting with = as text, never as a formula", () => {
    const cell = minutes
      .getSheetValues()
      .flatMap((row, i) => (Array.isArray(row) ? row.map((v, j) => ({ v, i, j })) : []))
      .find((x) => typeof x.v === "string" && x.v.startsWith("=김재성"));
    expect(cell?.v).toBe("=김재성: =SUM(A1:A9) 로 계산함");
    const c = minutes.getCell(cell!.i, cell!.j);
    expect(c.type).toBe(ExcelJS.ValueType.String);
    expect(c.formula).toBeUndefined();
  });

  it("writes the plan's page breaks, which ExcelJS does not read back, into the sheet XML", async () => {
    const plan = r.outcome.ok ? r.outcome.plan : null;
    const breaks = plan?.sheets[0]?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const wb = newWorkbook();
    const written = writePlan(wb, { sheets: [plan!.sheets[0]!], replace: [] });
    expect(written.ok).toBe(true);
    const zip = await JSZip.loadAsync(await saveXlsx(wb));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const ids = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    // OOXML break ids are the 1-based row after which the page breaks.
    expect(ids).toEqual(breaks.map((b) => b + 1));
  });
});

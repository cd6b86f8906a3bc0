import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookGrid } from "../../../src/core/grid";
import type { SheetPlan, WorkbookPlan } from "../../../src/core/plan/sheet-plan";
import { XlsxPort, readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan, type XlsxWorkbook } from "../../../src/hosts/xlsx/xlsx-port";
import { bytesFromExcelJS, viewWithExcelJS } from "./exceljs-view";

const A4_PORTRAIT: SheetPlan["print"] = {
  paperSize: "A4",
  orientation: "portrait",
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  fitToWidth: 1,
  fitToHeight: 0,
  printArea: "A1:D6",
  centerHorizontally: true,
  footer: "&C&P / &N",
  printTitleRows: "1:2",
};

function samplePlan(name = "회의록 2024-2분기"): SheetPlan {
  return {
    name,
    kind: "minutes",
    cells: [
      { row: 0, col: 0, value: "회의록", style: "title" },
      { row: 1, col: 0, value: "=SUM(A1)", style: "box" },
      { row: 1, col: 1, value: "+82 10", style: "box" },
      { row: 1, col: 2, value: "-50,000", style: "box" },
      { row: 1, col: 3, value: "@멘션", style: "box" },
      { row: 2, col: 0, value: 192500000, style: "amount" },
      { row: 2, col: 1, value: 0.3452, style: "ratio" },
      { row: 3, col: 0, value: "예산 B7로 이동", link: { sheet: "예산 (2024)", cell: "B7" } },
      { row: 4, col: 0, value: "긴 내용이 줄바꿈되는 셀", style: "wrap" },
      { row: 4, col: 3, value: null, style: "box" },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 4, left: 0, bottom: 5, right: 2 }],
    styles: {
      title: { font: { name: "맑은 고딕", size: 20, bold: true, underline: true, color: "1F3864" }, horizontal: "center", vertical: "middle" },
      box: { border: { top: "thin", left: "medium", bottom: "double", right: "hair" }, fill: "D9E1F2" },
      amount: { numberFormat: "#,##0\"원\"", horizontal: "right" },
      ratio: { numberFormat: "0%", font: { italic: true } },
      wrap: { wrap: true, vertical: "top", horizontal: "left", indent: 1 },
    },
    columnWidths: [14, 30, 12.5, 9],
    rowHeights: { 0: 36, 4: 48.75 },
    defaultFont: { name: "맑은 고딕", size: 10 },
    showGridLines: false,
    print: A4_PORTRAIT,
    freeze: { rows: 2, cols: 0 },
    tabColor: "2F5597",
  };
}

/** Our output as another program (ExcelJS) reads it. */
async function reload(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  return viewWithExcelJS(await saveXlsx(wb));
}

/** Loads a workbook that ExcelJS wrote (the user's file). */
async function load(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  const r = await tryLoadXlsx(await bytesFromExcelJS(wb));
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

function userWorkbook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("예산 (2024)");
  ws.getCell("A1").value = "사업명";
  ws.getCell("B7").value = 100;
  return load(wb);
}

describe("writePlan → .xlsx → ExcelJS", () => {
  let ws: ExcelJS.Worksheet;
  let wb: ExcelJS.Workbook;
  let mine: WorkbookGrid;
  let output: Uint8Array;
  beforeAll(async () => {
    const original = await userWorkbook();
    const r = writePlan(original, { sheets: [samplePlan()], replace: [], activate: "회의록 2024-2분기" });
    expect(r).toEqual({ ok: true, value: { written: ["회의록 2024-2분기"] } });
    output = await saveXlsx(original);
    wb = await reload(original);
    const back = await tryLoadXlsx(await saveXlsx(original));
    if (!back.ok) throw new Error(back.error.detail);
    mine = readWorkbookGrid(back.value);
    ws = wb.getWorksheet("회의록 2024-2분기")!;
  });

  test("sheet appended after the user's sheets, which are untouched", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["예산 (2024)", "회의록 2024-2분기"]);
    expect(mine.sheets[0]).toEqual({ name: "예산 (2024)", origin: { row: 0, col: 0 }, values: [["사업명", null], ...Array(5).fill([null, null]), [null, 100]] });
  });

  test("text that starts with = + - @ stays a string, never a formula", () => {
    for (const [addr, text] of [["A2", "=SUM(A1)"], ["B2", "+82 10"], ["C2", "-50,000"], ["D2", "@멘션"]] as const) {
      const cell = ws.getCell(addr);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    }
  });

  test("merges", () => {
    expect(ws.getCell("D1").isMerged).toBe(true);
    expect(ws.getCell("D1").master.address).toBe("A1");
    expect(ws.getCell("C6").master.address).toBe("A5");
    expect(ws.getCell("D5").isMerged).toBe(false);
  });

  test("fonts, fills, borders, alignment, number formats", () => {
    const title = ws.getCell("A1");
    expect(title.font).toMatchObject({ name: "맑은 고딕", size: 20, bold: true, underline: true, color: { argb: "FF1F3864" } });
    expect(title.alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    const box = ws.getCell("B2");
    expect(box.border).toMatchObject({ top: { style: "thin" }, left: { style: "medium" }, bottom: { style: "double" }, right: { style: "hair" } });
    expect(box.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(box.font).toMatchObject({ name: "맑은 고딕", size: 10 });
    expect(ws.getCell("A3").numFmt).toBe("#,##0\"원\"");
    expect(ws.getCell("A3").value).toBe(192500000);
    expect(ws.getCell("B3").numFmt).toBe("0%");
    expect(ws.getCell("A5").alignment).toMatchObject({ wrapText: true, vertical: "top", horizontal: "left", indent: 1 });
  });

  test("merge keeps each cell's own style (borders on the far edge of a box)", () => {
    // D5 is outside the A5:C6 merge; its own box style survives.
    expect(ws.getCell("D5").border).toMatchObject({ right: { style: "hair" } });
  });

  test("column widths and row heights", () => {
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual([14, 30, 12.5, 9]);
    expect(ws.getRow(1).height).toBe(36);
    expect(ws.getRow(5).height).toBe(48.75);
  });

  test("print setup: A4, orientation, margins, fit to one page wide, print area, centring, titles, footer", () => {
    const ps = ws.pageSetup;
    expect(ps.paperSize).toBe(9);
    expect(ps.orientation).toBe("portrait");
    expect(ps.margins).toEqual(A4_PORTRAIT.margins);
    expect(ps.fitToPage).toBe(true);
    expect(ps.fitToWidth).toBe(1);
    expect(ps.fitToHeight).toBe(0);
    expect(ps.printArea).toBe("A1:D6");
    expect(ps.horizontalCentered).toBe(true);
    expect(ps.printTitlesRow).toBe("1:2");
    expect(ws.headerFooter.oddFooter).toBe("&C&P / &N");
  });

  test("view: gridlines off, frozen rows, tab colour, active sheet", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, showGridLines: false });
    expect(ws.properties.tabColor).toMatchObject({ argb: "FF2F5597" });
    expect(wb.views[0]?.activeTab).toBe(1);
  });

  test("internal hyperlink to another sheet's cell: a location, no relationship (nothing Excel would open as a file)", async () => {
    const zip = await JSZip.loadAsync(output);
    const xml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(xml).toContain(`<hyperlink ref="A4" location="&apos;예산 (2024)&apos;!B7"`.replace(/&apos;/g, "'"));
    expect(zip.file("xl/worksheets/_rels/sheet2.xml.rels")).toBeNull();
    expect(ws.getCell("A4").value).toBe("예산 B7로 이동");
  });
});

describe("name conflicts", () => {
  test("an existing sheet not in replace: name-conflict and the workbook unchanged", async () => {
    const wb = await userWorkbook();
    writePlan(wb, { sheets: [samplePlan("집행현황")], replace: [] });
    const before = readWorkbookGrid(wb);
    const names = wb.sheetNames;
    const plan: WorkbookPlan = { sheets: [samplePlan("회의록"), samplePlan("집행현황")], replace: [] };
    const r = writePlan(wb, plan);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("name-conflict");
    expect(wb.sheetNames).toEqual(names);
    expect(readWorkbookGrid(wb)).toEqual(before);
  });

  test("case differences still conflict (Excel names are case-insensitive)", async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet("Summary");
    const wb = await load(user);
    const r = writePlan(wb, { sheets: [samplePlan("SUMMARY")], replace: [] });
    expect(r.ok).toBe(false);
  });

  test("replace names the sheet explicitly: it is deleted and written anew", async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet("예산 (2024)").getCell("A1").value = "사업명";
    user.addWorksheet("회의록").getCell("Z9").value = "old";
    const wb = await load(user);
    const r = writePlan(wb, { sheets: [samplePlan("회의록")], replace: ["회의록"] });
    expect(r.ok).toBe(true);
    const again = await reload(wb);
    expect(again.worksheets.map((w) => w.name)).toEqual(["예산 (2024)", "회의록"]);
    expect(again.getWorksheet("회의록")!.getCell("Z9").value).toBeNull();
    expect(again.getWorksheet("회의록")!.getCell("A1").value).toBe("회의록");
  });

  test("invalid sheet names in a plan are refused before anything is written", async () => {
    const wb = await userWorkbook();
    const r = writePlan(wb, { sheets: [samplePlan("회의록"), samplePlan("a/b")], replace: [] });
    expect(r.ok).toBe(false);
    expect(wb.sheetNames).toEqual(["예산 (2024)"]);
  });
});

describe("XlsxPort", () => {
  test("read, write and applyEdits (all or nothing; strings stay text)", async () => {
    const port = new XlsxPort(await userWorkbook());
    const read = await port.read();
    expect(read.ok && read.value.sheets[0]!.name).toBe("예산 (2024)");
    const bad = await port.applyEdits([
      { sheet: "예산 (2024)", cell: "A1", value: "바뀜" },
      { sheet: "없는 시트", cell: "A1", value: 1 },
    ]);
    expect(bad.ok).toBe(false);
    expect(readWorkbookGrid(port.workbook).sheets[0]!.values[0]![0]).toBe("사업명");
    const good = await port.applyEdits([
      { sheet: "예산 (2024)", cell: "A1", value: "=1+1" },
      { sheet: "예산 (2024)", cell: "B7", value: null },
    ]);
    expect(good).toMatchObject({ ok: true, value: { count: 2 } });
    const wb = await reload(port.workbook);
    expect(wb.getWorksheet("예산 (2024)")!.getCell("A1").type).toBe(ExcelJS.ValueType.String);
    const written = await port.write({ sheets: [samplePlan()], replace: [] });
    expect(written.ok).toBe(true);
  });

  test("applyEdits returns the edits that undo it, number formats included", async () => {
    const user = new ExcelJS.Workbook();
    const sheet = user.addWorksheet("집행내역");
    sheet.getCell("B5").value = "2024-02-30";
    sheet.getCell("F5").value = 1200000;
    sheet.getCell("F5").numFmt = "#,##0";
    const port = new XlsxPort(await load(user));
    const r = await port.applyEdits([
      { sheet: "집행내역", cell: "B5", value: 45351, numberFormat: "yyyy-mm-dd" },
      { sheet: "집행내역", cell: "F5", value: 1250000 },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    let ws = (await reload(port.workbook)).getWorksheet("집행내역")!;
    expect(ws.getCell("B5").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("F5").numFmt).toBe("#,##0");
    expect(r.value.previous).toEqual([
      { sheet: "집행내역", cell: "B5", value: "2024-02-30", numberFormat: "General" },
      { sheet: "집행내역", cell: "F5", value: 1200000, numberFormat: "#,##0" },
    ]);
    await port.applyEdits(r.value.previous!);
    ws = (await reload(port.workbook)).getWorksheet("집행내역")!;
    expect(ws.getCell("B5").value).toBe("2024-02-30");
    expect([undefined, "General"]).toContain(ws.getCell("B5").numFmt); // General is format 0, which ExcelJS leaves unnamed
    expect(ws.getCell("F5").value).toBe(1200000);
  });
});

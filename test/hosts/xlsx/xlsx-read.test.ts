import * as ExcelJS from "exceljs";
import { NOT_CALCULATED, type CellValue } from "../../../src/core/grid";
import JSZip from "jszip";
import { readWorkbookGrid, tryLoadXlsx, unreadableKind, type XlsxWorkbook } from "../../../src/hosts/xlsx/xlsx-port";
import { bytesFromExcelJS } from "./exceljs-view";

// Inputs written by ExcelJS (one writer's conventions: shared strings, relative paths), read by ours.
async function roundTrip(wb: ExcelJS.Workbook): Promise<XlsxWorkbook> {
  const loaded = await tryLoadXlsx(await bytesFromExcelJS(wb));
  if (!loaded.ok) throw new Error(loaded.error.detail);
  return loaded.value;
}

describe("readWorkbookGrid: cell kinds (after a real .xlsx save and load)", () => {
  const cases: { name: string; value: ExcelJS.CellValue; numFmt?: string; expected: CellValue }[] = [
    { name: "number", value: 1_200_000, expected: 1_200_000 },
    { name: "negative fraction", value: -12.5, expected: -12.5 },
    { name: "string", value: "1,200,000원", expected: "1,200,000원" },
    { name: "string that looks like a formula", value: "=SUM(A1)", expected: "=SUM(A1)" },
    { name: "boolean", value: true, expected: true },
    { name: "date cell", value: new Date(Date.UTC(2024, 4, 24)), numFmt: "yyyy-mm-dd", expected: { kind: "date", serial: 45436 } },
    { name: "date with time", value: new Date(Date.UTC(2024, 0, 1, 12)), numFmt: "yyyy-mm-dd hh:mm", expected: { kind: "date", serial: 45292.5 } },
    { name: "error value", value: { error: "#REF!" }, expected: { kind: "error", code: "#REF!" } },
    { name: "error #N/A", value: { error: "#N/A" }, expected: { kind: "error", code: "#N/A" } },
    { name: "formula with cached number", value: { formula: "SUM(1,2)", result: 3 }, expected: 3 },
    { name: "formula with cached text", value: { formula: "\"a\"&\"b\"", result: "ab" }, expected: "ab" },
    { name: "formula with cached error", value: { formula: "1/0", result: { error: "#DIV/0!" } }, expected: { kind: "error", code: "#DIV/0!" } },
    // Saved by a program that never calculated it: not "empty" (the user sees a number in Excel).
    { name: "formula never calculated", value: { formula: "A1" } as ExcelJS.CellFormulaValue, expected: { kind: "error", code: NOT_CALCULATED } },
    { name: "rich text", value: { richText: [{ text: "사업" }, { text: "명", font: { bold: true } }] }, expected: "사업명" },
    { name: "hyperlink", value: { text: "홈페이지", hyperlink: "https://example.org" }, expected: "홈페이지" },
  ];

  test.each(cases)("$name", async ({ value, numFmt, expected }) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const cell = ws.getCell("B3");
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
    const grid = readWorkbookGrid(await roundTrip(wb));
    const sheet = grid.sheets[0]!;
    if (expected === null) {
      expect(sheet.values).toEqual([]);
    } else {
      expect(sheet.origin).toEqual({ row: 2, col: 1 });
      expect(sheet.values).toEqual([[expected]]);
    }
  });
});

describe("readWorkbookGrid: ranges", () => {
  test("origin is the top-left of the used range; gaps and ragged rows are padded with null", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("집행내역");
    ws.getCell("C4").value = "title";
    ws.getCell("E6").value = 1;
    ws.getCell("D7").value = "x";
    ws.getCell("A20").font = { bold: true }; // styled but empty: not part of the values' range
    const sheet = readWorkbookGrid(await roundTrip(wb)).sheets[0]!;
    expect(sheet.name).toBe("집행내역");
    expect(sheet.origin).toEqual({ row: 3, col: 2 });
    expect(sheet.values).toEqual([
      ["title", null, null],
      [null, null, null],
      [null, null, 1],
      [null, "x", null],
    ]);
  });

  test("every sheet in workbook order; an empty sheet has no values", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("예산").getCell("A1").value = 1;
    wb.addWorksheet("빈 시트");
    wb.addWorksheet("교부").getCell("B2").value = 2;
    const grid = readWorkbookGrid(await roundTrip(wb));
    expect(grid.sheets.map((s) => s.name)).toEqual(["예산", "빈 시트", "교부"]);
    expect(grid.sheets[1]!.values).toEqual([]);
  });

  test("a merged area reads as its top-left value only", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "제목";
    ws.mergeCells("A1:C1");
    ws.getCell("A2").value = 1;
    const sheet = readWorkbookGrid(await roundTrip(wb)).sheets[0]!;
    // The followers B1:C1 are empty, so the used range of values is A1:A2.
    expect(sheet.values).toEqual([["제목"], [1]]);
  });

  test("1904 date system workbooks read as 1900 serials of the same calendar date", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 4, 24));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    const sheet = readWorkbookGrid(await roundTrip(wb)).sheets[0]!;
    expect(sheet.values).toEqual([[{ kind: "date", serial: 45436 }]]);
  });
});

describe("tryLoadXlsx", () => {
  test("bytes that are not a workbook are an unreadable result, not an exception", async () => {
    const r = await tryLoadXlsx(new TextEncoder().encode("not a zip file"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("unreadable");
  });

  // Each kind names why, so the CLI can tell the user what to do.
  test.each<[string, () => Promise<Uint8Array>, string]>([
    ["0 bytes", async () => new Uint8Array(0), "empty"],
    ["a .csv renamed", async () => new TextEncoder().encode("집행일자,금액\n2024-01-02,1000\n"), "not-zip"],
    ["a password-protected .xlsx or an .xls (OLE)", async () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)]), "ole"],
    ["a truncated .xlsx", async () => (await bytesFromExcelJS(new ExcelJS.Workbook())).slice(0, 300), "corrupt"],
    [
      "a zip that is no workbook (a .docx renamed)",
      async () => {
        const zip = new JSZip();
        zip.file("[Content_Types].xml", "<Types/>");
        zip.file("word/document.xml", "<w:document/>");
        return zip.generateAsync({ type: "uint8array" });
      },
      "zip-not-workbook",
    ],
  ])("%s is unreadable: %s", async (_name, bytes, kind) => {
    const data = await bytes();
    const r = await tryLoadXlsx(data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("unreadable");
      expect(r.error.detail.startsWith(`${kind}: `)).toBe(true);
    }
    expect(unreadableKind(data, kind === "zip-not-workbook")).toBe(kind);
  });

  test("a real workbook with no sheets still loads (the core then names the missing sheets)", async () => {
    const r = await tryLoadXlsx(await bytesFromExcelJS(new ExcelJS.Workbook()));
    expect(r.ok).toBe(true);
  });
});

describe("readSheetGrid: a stray cell at the far corner", () => {
  test("a space in XFD1048576 neither runs out of memory nor hides the data (ragged rows past 5M cells)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("집행내역");
    ws.getRow(1).values = ["집행일자", "사업명", "금액"];
    ws.getRow(2).values = [new Date(Date.UTC(2024, 0, 5)), "운영비", 1000];
    ws.getCell("XFD1048576").value = " ";
    const grid = readWorkbookGrid(await roundTrip(wb)).sheets[0]!;
    expect(grid.origin).toEqual({ row: 0, col: 0 });
    expect(grid.values).toHaveLength(1_048_576);
    expect(grid.values[0]).toEqual(["집행일자", "사업명", "금액"]);
    expect(grid.values[1]).toEqual([{ kind: "date", serial: 45296 }, "운영비", 1000]);
    expect(grid.values[500_000]).toEqual([]);
    expect(grid.values[1_048_575]).toHaveLength(16_384);
    expect(grid.values[1_048_575]![16_383]).toBe(" ");
  });

  test("an ordinary sheet is still a full rectangle", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.getCell("B2").value = 1;
    ws.getCell("D3").value = 2;
    expect(readWorkbookGrid(await roundTrip(wb)).sheets[0]).toEqual({ name: "s", origin: { row: 1, col: 1 }, values: [[1, null, null], [null, null, 2]] });
  });
});

describe("readWorkbookGrid: hidden sheets", () => {
  it("reads hidden and very hidden sheets like the others, marked hidden", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("보이는 시트").getCell("A1").value = 1;
    const hidden = wb.addWorksheet("숨긴 시트");
    hidden.getCell("A1").value = 2;
    hidden.state = "hidden";
    const very = wb.addWorksheet("아주 숨긴 시트");
    very.state = "veryHidden";
    const grid = readWorkbookGrid(await roundTrip(wb));
    expect(grid.sheets.map((s) => [s.name, s.hidden ?? false, s.values])).toEqual([
      ["보이는 시트", false, [[1]]],
      ["숨긴 시트", true, [[2]]],
      ["아주 숨긴 시트", true, []],
    ]);
  });
});

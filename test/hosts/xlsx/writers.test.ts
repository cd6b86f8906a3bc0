// Workbooks from several writers (fixtures/writers.ts, and a real LibreOffice file), each with a
// chart, an image, a comment, a pivot table and data validation: all read to the same figures,
// and the report copy keeps every input part byte for byte (the lists gain only the new sheets).
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { analyze } from "../../../src/core/analyze";
import { isDateCell, type WorkbookGrid } from "../../../src/core/grid";
import { planReport } from "../../../src/core/report";
import { readWorkbookGrid, saveXlsx, tryLoadXlsx, writePlan, type XlsxWorkbook } from "../../../src/hosts/xlsx/xlsx-port";
import { EXPECTED, LEDGER, serial1900 } from "./fixtures/ledger-data";
import { WRITERS, buildFixture, PNG, VBA } from "./fixtures/writers";
import { compareParts } from "./part-compare";

const options = { period: { quarter: 2, asOf: EXPECTED.asOf } } as const;

async function load(bytes: Uint8Array): Promise<XlsxWorkbook> {
  const r = await tryLoadXlsx(bytes);
  if (!r.ok) throw new Error(r.error.detail);
  return r.value;
}

function ledgerRows(grid: WorkbookGrid) {
  const sheet = grid.sheets.find((s) => s.name === "집행내역")!;
  return sheet.values.slice(1);
}

const fixtures: [string, () => Promise<Uint8Array>, boolean][] = [
  ...WRITERS.map((w): [string, () => Promise<Uint8Array>, boolean] => [w.name, () => buildFixture(w), w.date1904]),
  // Written by LibreOffice Calc (soffice --convert-to xlsx of the Excel-like fixture): its own
  // part names, styles and chart XML, and no cached-value shortcuts.
  ["libreoffice", async () => readFileSync(path.join(__dirname, "fixtures/libreoffice.xlsx")), false],
];

describe.each(fixtures)("a workbook written by %s", (_name, build, date1904) => {
  let input: Uint8Array;
  let wb: XlsxWorkbook;
  beforeAll(async () => {
    input = await build();
    wb = await load(input);
  });

  test("is read: sheets, dates as 1900 serials, text that looks like a formula as text, amounts", () => {
    const grid = readWorkbookGrid(wb);
    expect(grid.sheets.map((s) => s.name).slice(0, 4)).toEqual(["예산", "교부내역", "집행내역", "피벗"]);
    expect(grid.date1904 ?? false).toBe(date1904);
    const rows = ledgerRows(grid);
    expect(rows.map((r) => r[0])).toEqual(LEDGER.map((l) => ({ kind: "date", serial: serial1900(l[0]) })));
    expect(rows.map((r) => r[2])).toEqual(LEDGER.map((l) => l[2]));
    expect(rows.map((r) => r[3])).toEqual(LEDGER.map((l) => l[3]));
    expect(rows.every((r) => isDateCell(r[0]!))).toBe(true);
  });

  test("gives the figures computed from the fixture's rows", () => {
    const analysis = analyze(readWorkbookGrid(wb), options);
    expect(analysis.figures).toMatchObject({ year: EXPECTED.year, totalBudget: EXPECTED.totalBudget, grantsToDate: EXPECTED.grantsToDate, executedToDate: EXPECTED.executedToDate });
    expect(analysis.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("its report copy keeps every input part byte for byte and adds only the two sheets", async () => {
    const copy = await load(input);
    const outcome = planReport(analyze(readWorkbookGrid(copy), options));
    if (!outcome.ok) throw new Error("expected a report plan");
    expect(writePlan(copy, outcome.plan).ok).toBe(true);
    const output = await saveXlsx(copy);
    const diff = await compareParts(input, output);
    expect(diff).toEqual({ changed: [], missing: [], listProblems: [], added: expect.any(Array) });
    // The two sheets, and the summary's chart: its drawing, the chart, and the relationships to them.
    const sheets = diff.added.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheets).toHaveLength(2);
    const rest = diff.added.filter((p) => !sheets.includes(p)).map((p) => p.replace(/\d+(?=\.xml)/, "N")).sort();
    expect(rest).toEqual(["xl/charts/chartN.xml", "xl/drawings/_rels/drawingN.xml.rels", "xl/drawings/drawingN.xml", "xl/worksheets/_rels/sheetN.xml.rels"]);
    // Read back: the user's sheets as they were, then the report's.
    const back = readWorkbookGrid(await load(output));
    const before = readWorkbookGrid(wb);
    expect(back.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(back.sheets.slice(before.sheets.length).map((s) => s.name)).toEqual([outcome.minutesSheet, outcome.summarySheet]);
  });

  test("a fix in the ledger changes only that cell's XML (and the styles list when its format changes)", async () => {
    const copy = await load(input);
    const at = `C${2}`; // the first remark
    const r = await copy.applyEdits([{ sheet: "집행내역", cell: at, value: "사무용품 (수정)" }, { sheet: "집행내역", cell: "A3", value: serial1900("2024-02-04"), numberFormat: "yyyy-mm-dd" }]);
    expect(r.ok).toBe(true);
    const output = await saveXlsx(copy);
    const diff = await compareParts(input, output);
    const ledgerPart = diff.changed[0]!;
    expect(diff).toEqual({ changed: [ledgerPart], missing: [], listProblems: [], added: [] });
    const [a, b] = await Promise.all([input, output].map(async (bytes) => (await JSZip.loadAsync(bytes)).file(ledgerPart)!.async("string")));
    // Outside the two edited cells the sheet's XML is the same text.
    const strip = (xml: string) => xml.replace(/<(\w+:)?c r="(C2|A3)"[^>]*?(\/>|>[\s\S]*?<\/(\w+:)?c>)/g, "<edited/>");
    expect(strip(b!)).toBe(strip(a!));
    const grid = readWorkbookGrid(await load(output));
    expect(ledgerRows(grid)[0]![2]).toBe("사무용품 (수정)");
    expect(ledgerRows(grid)[1]![0]).toEqual({ kind: "date", serial: serial1900("2024-02-04") });
  });
});

describe("what each writer's file keeps in its copy", () => {
  test(".xlsm: the macros (vbaProject.bin) and the macro-enabled content type survive", async () => {
    const input = await buildFixture(WRITERS.find((w) => w.macros)!);
    const wb = await load(input);
    const outcome = planReport(analyze(readWorkbookGrid(wb), options));
    if (!outcome.ok) throw new Error("expected a plan");
    writePlan(wb, outcome.plan);
    const zip = await JSZip.loadAsync(await saveXlsx(wb));
    expect(await zip.file("xl/vbaProject.bin")!.async("uint8array")).toEqual(VBA);
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(await zip.file("xl/media/image1.png")!.async("uint8array")).toEqual(PNG);
  });

  test("openpyxl's absolute part paths: the new sheets' relationships are relative, the old ones untouched", async () => {
    const input = await buildFixture(WRITERS.find((w) => w.paths === "absolute")!);
    const wb = await load(input);
    const outcome = planReport(analyze(readWorkbookGrid(wb), options));
    if (!outcome.ok) throw new Error("expected a plan");
    writePlan(wb, outcome.plan);
    const rels = await (await JSZip.loadAsync(await saveXlsx(wb))).file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toContain('Target="/xl/worksheets/sheet1.xml"');
    expect(rels).toMatch(/Target="worksheets\/sheet5\.xml"/);
  });
});

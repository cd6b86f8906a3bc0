// Standalone mode's session: the report goes into a downloaded copy; the working copy (and so the
// user's file, which is never written at all) keeps its sheets.
import * as ExcelJS from "exceljs";
import { StandaloneSession, baseName } from "../../src/taskpane/standalone/standalone-session";
import { buildWorkbookFromGrid } from "../../src/hosts/xlsx/xlsx-port";
import { LocalWorkbookHost } from "../../src/taskpane/standalone/local-host";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { strings } from "../../src/taskpane/i18n";

test.each([
  ["회계 2024.xlsx", "회계 2024"],
  ["a.XLSX", "a"],
  ["noext", "noext"],
  [".xlsx", "workbook"],
])("baseName(%s) = %s", (file, base) => expect(baseName(file)).toBe(base));

test("report: downloaded as a new file named for the period; the working copy is unchanged", async () => {
  const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
  const before = wb.sheetNames;
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const session = new StandaloneSession(new LocalWorkbookHost(wb), "센터 장부", strings.ko, (bytes, name) => downloads.push({ bytes, name }));
  const r = await session.report({});
  expect(r.ok).toBe(true);
  if (!r.ok || !r.value.outcome.ok) throw new Error("report failed");
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.name).toBe("센터 장부-보고서-2024-2분기.xlsx");
  expect(r.value.downloadName).toBe(downloads[0]!.name);
  expect(wb.sheetNames).toEqual(before);

  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(downloads[0]!.bytes as unknown as ArrayBuffer);
  expect(copy.getWorksheet(r.value.outcome.minutesSheet)).toBeDefined();
  expect(copy.worksheets.length).toBe(before.length + 2);

  r.value.downloadAgain?.();
  expect(downloads).toHaveLength(2);
  expect(downloads[1]!.bytes).toBe(downloads[0]!.bytes);
});

test("no cell selection outside Excel", async () => {
  const session = new StandaloneSession(new LocalWorkbookHost(buildWorkbookFromGrid(sampleWorkbookGrid())), "x", strings.en, () => undefined);
  expect(await session.selectCell()).toBe(false);
});

test("English file names in English", async () => {
  const downloads: string[] = [];
  const session = new StandaloneSession(new LocalWorkbookHost(buildWorkbookFromGrid(sampleWorkbookGrid())), "books", strings.en, (_, name) => downloads.push(name));
  await session.report({});
  expect(downloads).toEqual(["books-report-2024-Q2.xlsx"]);
  expect((await session.downloadCopy()).ok).toBe(true);
  expect(downloads[1]).toBe("books-changed.xlsx");
});

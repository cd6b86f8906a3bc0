// Standalone mode: a session on a file in the page. The report goes into a downloaded copy; the
// working copy (and so the user's file, which is never written at all) keeps its sheets.
import * as ExcelJS from "exceljs";
import { ok } from "../../src/core/result";
import { buildWorkbookFromGrid, saveXlsx, type XlsxWorkbook } from "../../src/hosts/xlsx/xlsx-port";
import { LocalWorkbookHost } from "../../src/taskpane/standalone/local-host";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { createSession } from "../../src/session/workbook-session";
import { baseName, standaloneAccess, standaloneWorkbook } from "../../src/taskpane/standalone/standalone-access";
import { strings, type Strings } from "../../src/taskpane/i18n";

test.each([
  ["회계 2024.xlsx", "회계 2024"],
  ["a.XLSX", "a"],
  ["noext", "noext"],
  [".xlsx", "workbook"],
])("baseName(%s) = %s", (file, base) => expect(baseName(file)).toBe(base));

/** A standalone session holding `wb` as the file `base`.xlsx. */
async function sessionOn(wb: XlsxWorkbook, base: string, t: Strings, download: (bytes: Uint8Array, name: string) => void) {
  const session = createSession({ mode: "standalone", open: () => Promise.resolve(ok(standaloneWorkbook(new LocalWorkbookHost(wb), base, `${base}.xlsx`, t, download))) });
  const opened = await session.open({ kind: "sample" });
  if (!opened.ok) throw new Error("open failed");
  return session;
}

async function report(session: Awaited<ReturnType<typeof sessionOn>>) {
  const planned = await session.generateReport();
  if (!planned.ok) throw new Error("plan failed");
  return { outcome: planned.value, delivered: await session.deliverReport(planned.value) };
}

test("report: downloaded as a new file named for the period; the working copy is unchanged", async () => {
  const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
  const before = wb.sheetNames;
  const downloads: { bytes: Uint8Array; name: string }[] = [];
  const session = await sessionOn(wb, "센터 장부", strings.ko, (bytes, name) => downloads.push({ bytes, name }));
  const { outcome, delivered } = await report(session);
  if (!outcome.ok || !delivered.ok) throw new Error("report failed");
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.name).toBe("센터 장부-보고서-2024-2분기.xlsx");
  expect(delivered.value.downloadName).toBe(downloads[0]!.name);
  expect(wb.sheetNames).toEqual(before);

  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(downloads[0]!.bytes as unknown as ArrayBuffer);
  expect(copy.getWorksheet(outcome.minutesSheet)).toBeDefined();
  expect(copy.worksheets.length).toBe(before.length + 2);

  delivered.value.downloadAgain?.();
  expect(downloads).toHaveLength(2);
  expect(downloads[1]!.bytes).toBe(downloads[0]!.bytes);
});

test("no cell selection outside Excel", async () => {
  const session = await sessionOn(buildWorkbookFromGrid(sampleWorkbookGrid()), "x", strings.en, () => undefined);
  expect(await session.selectCell("예산", "A1")).toBe(false);
  expect(session.getState().selectFailed).toBe(false);
});

test("English file names in English", async () => {
  const downloads: string[] = [];
  const session = await sessionOn(buildWorkbookFromGrid(sampleWorkbookGrid()), "books", strings.en, (_, name) => downloads.push(name));
  await report(session);
  expect(downloads).toEqual(["books-report-2024-Q2.xlsx"]);
  expect((await session.downloadCopy()).ok).toBe(true);
  expect(downloads[1]).toBe("books-changed.xlsx");
});

test("opens the user's file from its bytes, named as the file; an unreadable one says why", async () => {
  const access = standaloneAccess(strings.ko, () => undefined);
  const bytes = await saveXlsx(buildWorkbookFromGrid(sampleWorkbookGrid()));
  const opened = await access.open({ kind: "file", name: "회계 2024.xlsx", bytes: () => Promise.resolve(bytes) });
  expect(opened.ok && opened.value.name).toBe("회계 2024.xlsx");
  const bad = await access.open({ kind: "file", name: "x.xlsx", bytes: () => Promise.resolve(new Uint8Array(0)) });
  expect(bad).toMatchObject({ ok: false, error: { code: "unreadable", unreadable: "empty" } });
});

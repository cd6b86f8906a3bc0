// The session's set-reading-choice action, without React: the pane's "use another column" and
// "this row is (not) a total" write the workbook's '읽기 설정' sheet through the host port, then
// read again, so the ribbon and every host read the workbook the same way afterwards.
import { analyze } from "../../src/core/analyze";
import { SETTINGS_SHEET_KO } from "../../src/core/read/settings";
import { ok } from "../../src/core/result";
import { XlsxPort, buildWorkbookFromGrid, readWorkbookGrid, saveXlsx, tryLoadXlsx } from "../../src/hosts/xlsx/xlsx-port";
import { sampleWorkbookGrid } from "../../src/sample";
import { createSession } from "../../src/session/workbook-session";
import { fakeSession } from "../taskpane/fake-session";

const LEDGER = "집행내역";

describe("set-reading-choice", () => {
  it("writes the settings sheet on the first change, reads again, and the choice holds", async () => {
    const { session, book } = fakeSession(sampleWorkbookGrid());
    await session.open();
    const before = session.getState().loaded!.analysis;
    expect(before.figures!.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
    const reads = book.reads;

    // The sample ledger's 증빙번호 column (G) is read as the voucher; the user says the payee is not read.
    const r = await session.setReadingChoice({ kind: "column", sheet: LEDGER, role: "ledger", field: "payee", column: null });
    expect(r).toEqual({ ok: true, value: SETTINGS_SHEET_KO });
    expect(book.reads).toBe(reads + 1);
    expect(book.written.at(-1)!.sheets.map((s) => s.name)).toEqual([SETTINGS_SHEET_KO]);
    const state = session.getState();
    expect(state.readingSettingsWritten).toBe(SETTINGS_SHEET_KO);
    expect(state.working).toBeNull();
    const ledger = state.loaded!.analysis.recognized.find((s) => s.sheet === LEDGER)!;
    expect(ledger.columns.payee).toBeUndefined();
    // The figures do not depend on the payee.
    expect(state.loaded!.analysis.figures!.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
  });

  it("a second change replaces the sheet and keeps the first; the grid read afterwards gives the same analysis to any caller", async () => {
    const { session, book } = fakeSession(sampleWorkbookGrid());
    await session.open();
    const first = session.getState().loaded!.analysis.records.budget[0]!;
    await session.setReadingChoice({ kind: "column", sheet: LEDGER, role: "ledger", field: "payee", column: null });
    // The budget's first line, taken as a total: left out of the budget, and the pane's figures say so.
    await session.setReadingChoice({ kind: "row", sheet: "예산", row: first.ref.row, as: "total" });
    expect(book.sheets.filter((s) => s.name === SETTINGS_SHEET_KO)).toHaveLength(1);
    const a = session.getState().loaded!.analysis;
    expect(a.figures!.totalBudget).toBe(192_500_000 - first.amount);
    expect(a.recognized[0]!.rows[0]).toMatchObject({ kind: "total", row: first.ref.row, evidence: "user" });
    expect(a.recognized.find((s) => s.sheet === LEDGER)!.columns.payee).toBeUndefined();
    // What the ribbon would read: the workbook as it now is, analysed with no choice at all.
    const read = await book.read();
    if (!read.ok) throw new Error("read failed");
    expect(analyze(read.value).figures!.totalBudget).toBe(192_500_000 - first.amount);

    // Back to the reader's own decision.
    await session.setReadingChoice({ kind: "row", sheet: "예산", row: first.ref.row, as: "auto" });
    expect(session.getState().loaded!.analysis.figures!.totalBudget).toBe(192_500_000);
  });

  it("without an open workbook it refuses, and a host's refusal is the action's failure", async () => {
    const { session, book } = fakeSession(sampleWorkbookGrid());
    const none = await session.setReadingChoice({ kind: "row", sheet: "예산", row: 5, as: "total" });
    expect(none.ok).toBe(false);
    await session.open();
    book.write = () => Promise.resolve({ ok: false, error: { code: "sheet-protected", detail: "protected" } });
    const refused = await session.setReadingChoice({ kind: "row", sheet: "예산", row: 5, as: "total" });
    expect(refused).toEqual({ ok: false, error: { kind: "host", error: { code: "sheet-protected", detail: "protected" } } });
    expect(session.getState().error).toEqual({ kind: "host", error: { code: "sheet-protected", detail: "protected" } });
    expect(session.getState().working).toBeNull();
  });
});

test("in a file (the browser's copy, the CLI's): the choice is saved with the workbook and read back from the bytes", async () => {
  const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
  const session = createSession({ mode: "standalone", open: () => Promise.resolve(ok({ port: new XlsxPort(wb), name: "sample.xlsx" })) });
  await session.open({ kind: "sample" });
  const first = session.getState().loaded!.analysis.records.budget[0]!;
  expect((await session.setReadingChoice({ kind: "row", sheet: "예산", row: first.ref.row, as: "total" })).ok).toBe(true);
  expect((await session.setReadingChoice({ kind: "column", sheet: LEDGER, role: "ledger", field: "payee", column: null })).ok).toBe(true);
  const again = await tryLoadXlsx(await saveXlsx(wb));
  if (!again.ok) throw new Error(again.error.detail);
  const a = analyze(readWorkbookGrid(again.value));
  expect(a.readingSettings!.table.map((r) => [r.sheet, r.item, r.choice])).toEqual([
    ["예산", `${first.ref.row}행`, "합계"],
    [LEDGER, "거래처", "사용 안 함"],
  ]);
  expect(a.figures!.totalBudget).toBe(192_500_000 - first.amount);
});

// OfficePort.write on both Excels at every requirement-set profile: what each profile gets, the
// print fit read back, whole-pixel column widths, failures, undo groups and payload limits.
import type { WorkbookPlan } from "../../../src/core/plan/sheet-plan";
import { columnWidthPoints } from "../../../src/hosts/office/office-format";
import { OfficePort } from "../../../src/hosts/office/office-port";
import { WRITE_TARGET_BYTES } from "../../../src/hosts/office/office-write";
import { compareSets } from "../../fakes/requirement-sets";
import { PAYLOAD_LIMIT } from "../../fakes/workbook-model";
import { BACKENDS, CASES, openExcel } from "./backends";
import { ledger, plan, small } from "./fixtures";

const at = (version: string, set: string) => compareSets(version, set) >= 0;

const minutes: WorkbookPlan = {
  sheets: [
    plan(
      "회의록",
      [
        { row: 0, col: 0, value: "=SUM(A1)" },
        { row: 0, col: 1, value: "+82 10" },
        { row: 0, col: 2, value: "-" },
        { row: 1, col: 0, value: "00123", style: "label" },
        { row: 1, col: 1, value: 192500000, style: "b" },
        { row: 1, col: 2, value: 66460585, style: "b" },
        { row: 2, col: 0, value: "35%" },
        { row: 2, col: 1, value: "보고", link: { sheet: "집행내역", cell: "C3" } },
      ],
      { rowBreaks: [1, 40], merges: [{ top: 3, left: 0, bottom: 3, right: 2 }] },
    ),
  ],
  replace: [],
  activate: "회의록",
};

describe.each(CASES)("OfficePort.write on the %s Excel at ExcelApi %s", (backend, apiVersion) => {
  it("writes values as text, formats, widths, and what this Excel supports, in one request after a read", async () => {
    const x = openExcel(backend, small, { apiVersion });
    const port = new OfficePort(x);
    await port.read();
    const before = x.stats.syncs;
    const w = await port.write(minutes);
    const print = at(apiVersion, "1.9");
    expect(w).toEqual({ ok: true, value: { written: ["회의록"], undoGroup: at(apiVersion, "1.20"), printFit: print ? "kept" : "unsupported" } });
    // One write request (+1 on Microsoft's client: it releases the ranges it kept at the end of the run).
    expect(x.stats.syncs - before).toBe(backend === "real" ? 2 : 1);
    for (const [a, text] of [["A1", "=SUM(A1)"], ["B1", "+82 10"], ["C1", "-"], ["A2", "00123"], ["A3", "35%"]] as const) {
      expect(x.cellAt("회의록", a)).toMatchObject({ value: text, numberFormat: "@", formula: undefined, error: undefined });
    }
    const cell = (a: string) => x.cellAt("회의록", a)!;
    expect(cell("B2")).toMatchObject({ value: 192500000, numberFormat: "#,##0" });
    expect(cell("B2").format).toMatchObject({ "font.bold": true, "border.EdgeTop.style": "Continuous", "font.name": "맑은 고딕" });
    expect(cell("A2").format["indentLevel"]).toBe(print ? 1 : undefined);
    expect(cell("B3").hyperlink).toEqual({ documentReference: "'집행내역'!C3", textToDisplay: "보고" });
    const sheet = x.sheet("회의록");
    expect(sheet.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 2 }]);
    expect(sheet.columnWidths.get(2)).toBe(columnWidthPoints(20));
    expect(sheet.rowHeights.get(5)).toBe(18);
    expect(sheet.showGridlines).toBe(!at(apiVersion, "1.8"));
    if (print) {
      expect(sheet.layout).toMatchObject({
        paperSize: "A4",
        orientation: "Portrait",
        leftMargin: 0.6 * 72,
        printArea: "A1:C10",
        printTitleRows: "$1:$2",
        centerFooter: "&P / &N",
        // Both members, in one object: as many pages tall as needed.
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      });
      expect(sheet.rowBreaks).toEqual([2, 41]);
    } else {
      expect(sheet.layout).toEqual({});
      expect(sheet.rowBreaks).toEqual([]);
    }
    expect(x.activeSheet).toBe("회의록");
    expect(x.stats.calculationSuspended).toBe(1);
    expect(x.stats.runOptions).toEqual(at(apiVersion, "1.20") ? [{ mergeUndoGroup: true }] : []);
  });

  it("replaces a sheet named in plan.replace, swapping it in at the end, outside Excel's undo group", async () => {
    const x = openExcel(backend, small, { apiVersion });
    x.addSheet("검증 결과").ensure(0, 0).value = "old";
    const r = await new OfficePort(x).write({ sheets: [plan("검증 결과", [{ row: 0, col: 0, value: "new" }])], replace: ["검증 결과"] });
    // Worksheet.delete has no undo support: a replacing write is never put in an undo group.
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ undoGroup: false }) });
    expect(x.stats.runOptions).toEqual([]);
    expect(x.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트", "검증 결과"]);
    expect(x.valueAt("검증 결과", "A1")).toBe("new");
  });

  it.each([
    ["the first write request", 2, 3],
    ["the middle of the request", 2, 10],
  ])("an error in %s leaves no half-written sheet and keeps a replaced one", async (_what, sync, afterOps) => {
    const x = openExcel(backend, small, { apiVersion });
    x.addSheet("검증 결과").ensure(0, 0).value = "old";
    x.failure = { sync, afterOps, code: "GeneralException" };
    const r = await new OfficePort(x).write({
      sheets: [plan("회의록", [{ row: 0, col: 0, value: "a" }]), plan("검증 결과", [{ row: 0, col: 0, value: "new" }])],
      replace: ["검증 결과"],
    });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "unknown" }) });
    expect(x.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트", "검증 결과"]);
    expect(x.valueAt("검증 결과", "A1")).toBe("old");
  });

  it("an error inside an undo group leaves no half-written sheet either (the clean-up runs outside it)", async () => {
    const x = openExcel(backend, small, { apiVersion });
    x.failure = { sync: 2, afterOps: 10, code: "GeneralException" };
    const r = await new OfficePort(x).write(minutes);
    expect(r.ok).toBe(false);
    expect(x.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트"]);
  });

  it("rejects invalid and duplicate sheet names before touching Excel", async () => {
    const x = openExcel(backend, small, { apiVersion });
    const port = new OfficePort(x);
    for (const name of ["a/b", "History", "x".repeat(32)]) expect((await port.write({ sheets: [plan(name, [])], replace: [] })).ok).toBe(false);
    expect((await port.write({ sheets: [plan("A", []), plan("a", [])], replace: [] })).ok).toBe(false);
    expect(x.stats.syncs).toBe(0);
  });
});

describe.each(BACKENDS)("print fit, undo groups and payload on the %s Excel", (backend) => {
  it("reads the fit back; where Excel ignores it (office-js 1860), sets it once more and says so", async () => {
    const x = openExcel(backend, small);
    x.ignoreFit = true;
    const r = await new OfficePort(x).write(minutes);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ printFit: "ignored" }) });
    // the written report stays: everything else was written
    expect(x.valueAt("회의록", "B2")).toBe(192500000);
  });

  it("falls back to a write without the undo group when Excel answers UndoNotSupported", async () => {
    const x = openExcel(backend, small);
    x.failure = { sync: 2, afterOps: 5, code: "UndoNotSupported" };
    const r = await new OfficePort(x).write(minutes);
    expect(r).toEqual({ ok: true, value: expect.objectContaining({ undoGroup: false, written: ["회의록"] }) });
    expect(x.sheets.map((s) => s.name)).toEqual(["집행내역", "빈 시트", "회의록"]);
    expect(x.valueAt("회의록", "A1")).toBe("=SUM(A1)");
  });

  it("on Windows and Mac a rename has no undo support either: a replace still succeeds", async () => {
    const x = openExcel(backend, small, { platform: "windows" });
    x.addSheet("검증 결과");
    const r = await new OfficePort(x).write({ sheets: [plan("검증 결과", [{ row: 0, col: 0, value: "new" }])], replace: ["검증 결과"] });
    expect(r.ok).toBe(true);
  });

  it.each(["named", "general"] as const)("splits a block Excel refuses as too large (%s) and writes it all", async (payloadErrors) => {
    const x = openExcel(backend, { sheets: [{ name: "표지", origin: { row: 0, col: 0 }, values: [["x"]] }] });
    x.payloadErrors = payloadErrors;
    x.payloadLimit = 1.5 * 1024 * 1024;
    const rows = ledger(16_000).sheets[0]!.values;
    const cells = rows.flatMap((row, r) => row.map((v, c) => ({ row: r, col: c, value: typeof v === "object" && v !== null ? 1 : (v as string | number) })));
    const r = await new OfficePort(x).write({ sheets: [plan("큰 시트", cells, { rowHeights: {} })], replace: [] });
    expect(r.ok).toBe(true);
    expect(x.stats.rejectedRequests).toBeGreaterThanOrEqual(1);
    expect(x.valueAt("큰 시트", "C16000")).toBe("사무용품 구입 15999");
  }, 30_000);

});

// At scale on the hand-written fake; through Microsoft's client in real-client.test.ts.
describe("writing a 50,000-row sheet", () => {
  it("writes a 50,000-row sheet in requests well under 5 MB, their number growing with the bytes", async () => {
    const ROWS = 50_000;
    const x = openExcel("fake", { sheets: [{ name: "표지", origin: { row: 0, col: 0 }, values: [["x"]] }] });
    const cells = ledger(ROWS).sheets[0]!.values.flatMap((row, r) => row.map((v, c) => ({ row: r, col: c, value: typeof v === "object" && v !== null ? 1 : (v as string | number) })));
    const r = await new OfficePort(x).write({ sheets: [plan("큰 시트", cells, { rowHeights: {} })], replace: [] });
    expect(r.ok).toBe(true);
    const largest = Math.max(...x.stats.requestBytes);
    expect(largest).toBeLessThan(PAYLOAD_LIMIT / 2);
    expect(largest).toBeLessThan(WRITE_TARGET_BYTES * 1.1);
    const total = x.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(x.stats.syncs).toBeGreaterThan(2);
    expect(x.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(total / (WRITE_TARGET_BYTES * 0.75)));
    expect(x.valueAt("큰 시트", `C${ROWS}`)).toBe(`사무용품 구입 ${ROWS - 1}`);
  }, 60_000);
});

// The session's actions over the Office.js host on the fake Excel, as the ribbon strings them:
// 보고서 생성 = generate report + deliver report (the results sheet when refused), 데이터 검증 =
// open + write results. Read once, compute, write once.
import { analyze } from "../../src/core/analyze";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Locale } from "../../src/core/locale";
import type { WorkbookPort } from "../../src/core/port";
import { planReport, type ReportOutcome } from "../../src/core/report";
import { err, ok, type Result } from "../../src/core/result";
import { isOwnIssuesSheet, ISSUES_MARKER_KO, ISSUES_SHEET_KO, planIssuesSheet } from "../../src/core/plan/issues-sheet";
import { buildWorkbookFromGrid, XlsxPort } from "../../src/hosts/xlsx/xlsx-port";
import { OfficePort } from "../../src/hosts/office/office-port";
import { excelSession } from "../../src/session/excel";
import type { Delivered, SessionError } from "../../src/session/state";
import { sampleWorkbookGrid } from "../../src/sample";
import { FakeExcel, PAYLOAD_LIMIT } from "../fakes/fake-excel";

/** The ribbon's one click: generate the report, deliver it (or the results sheet when refused). */
async function oneClickReport(port: WorkbookPort, locale: Locale = "ko"): Promise<Result<ReportOutcome & { delivered: Delivered }, SessionError>> {
  const session = excelSession(port);
  const planned = await session.generateReport();
  if (!planned.ok) return planned;
  const delivered = await session.deliverReport(planned.value, { resultsSheet: locale });
  return delivered.ok ? ok({ ...planned.value, delivered: delivered.value }) : err(delivered.error);
}

const detail = (e: SessionError) => (e.kind === "host" ? e.error.detail : e.message);

function withCell(grid: WorkbookGrid, sheet: string, find: (v: CellValue) => boolean, value: CellValue): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      if (s.name !== sheet) return s;
      let done = false;
      const values = s.values.map((row) =>
        row.map((v) => {
          if (!done && find(v)) {
            done = true;
            return value;
          }
          return v;
        }),
      );
      if (!done) throw new Error(`no matching cell on ${sheet}`);
      return { ...s, values };
    }),
  };
}

/** Every value the fake holds on the given sheets, for "unchanged" checks. */
function snapshot(fake: FakeExcel, names: readonly string[]): unknown {
  return names.map((n) => {
    const s = fake.sheet(n);
    return [n, [...s.cells.entries()].map(([k, c]) => [k, c.value, c.formula, c.error, c.numberFormat])];
  });
}

describe("the one-click report on the sample workbook", () => {
  it("gives the same plan through the Office host's read as through the ExcelJS host's", async () => {
    const grid = sampleWorkbookGrid();
    const office = await new OfficePort(FakeExcel.fromGrid(grid)).read();
    const xlsx = await new XlsxPort(buildWorkbookFromGrid(grid)).read();
    expect(office.ok && xlsx.ok).toBe(true);
    if (!office.ok || !xlsx.ok) return;
    const a = planReport(analyze(office.value));
    const b = planReport(analyze(xlsx.value));
    expect(a.ok).toBe(true);
    expect(a).toEqual(b);
    if (a.ok) expect(a.analysis.figures?.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
  });

  it("takes at most 3 syncs, writes minutes and summary, activates the minutes, leaves inputs unchanged", async () => {
    const grid = sampleWorkbookGrid();
    const fake = FakeExcel.fromGrid(grid);
    const inputs = grid.sheets.map((s) => s.name);
    const before = snapshot(fake, inputs);
    const r = await oneClickReport(new OfficePort(fake));
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value.ok) throw new Error("report failed");
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(r.value.delivered.written).toEqual([r.value.minutesSheet, r.value.summarySheet]);
    expect(fake.sheets.map((s) => s.name)).toEqual([...inputs, r.value.minutesSheet, r.value.summarySheet]);
    expect(fake.activeSheet).toBe(r.value.minutesSheet);
    expect(snapshot(fake, inputs)).toEqual(before);
    for (const b of [...fake.stats.requestBytes, ...fake.stats.responseBytes]) expect(b).toBeLessThan(PAYLOAD_LIMIT);
    // The golden figures are on the minutes sheet as Excel holds it.
    const texts = [...fake.sheet(r.value.minutesSheet).cells.values()].map((c) => String(c.value ?? ""));
    const all = texts.join("\n");
    expect(all).toContain("192,500,000");
    expect(all).toContain("66,460,585");
    expect(all).toMatch(/35%/);
    expect(all).toMatch(/69%/);
    // Print setup and the planned page breaks arrived.
    const minutesName = r.value.minutesSheet;
    const minutesPlan = r.value.plan.sheets.find((s) => s.name === minutesName)!;
    expect(fake.sheet(r.value.minutesSheet).rowBreaks).toEqual((minutesPlan.rowBreaks ?? []).map((b) => b + 1));
    expect(fake.sheet(r.value.minutesSheet).layout).toMatchObject({ paperSize: "A4", printArea: minutesPlan.print.printArea });
    // No cell of the generated sheets became a formula.
    for (const name of [r.value.minutesSheet, r.value.summarySheet]) {
      for (const c of fake.sheet(name).cells.values()) expect(c.formula).toBeUndefined();
    }
  });

  it("writes text that looks like a formula as text (a remark '=SUM(A1)')", async () => {
    const grid = withCell(sampleWorkbookGrid(), "회의정보", (v) => typeof v === "string" && v.startsWith("공공구매 구청 예산분석"), "=SUM(A1)");
    const fake = FakeExcel.fromGrid(grid);
    const r = await oneClickReport(new OfficePort(fake));
    if (!r.ok || !r.value.ok) throw new Error("report failed");
    const cells = [...fake.sheet(r.value.minutesSheet).cells.values()];
    const remark = cells.find((c) => typeof c.value === "string" && c.value.includes("=SUM(A1)"));
    expect(remark).toBeDefined();
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it("leaves no half-written sheet when Excel fails during the write", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const names = fake.sheets.map((s) => s.name);
    fake.failure = { sync: 3, afterOps: 200, code: "GeneralException" };
    const r = await oneClickReport(new OfficePort(fake));
    expect(r).toEqual({ ok: false, error: { kind: "host", error: expect.objectContaining({ code: "unknown" }) } });
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
  });

  it("maps a sheet deleted meanwhile to sheet-changed", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const port = new OfficePort(fake);
    await port.read();
    const r = await port.selectCell("없는 시트", "A1");
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "sheet-changed" }) });
  });
});

describe("validation errors: the results sheet instead of a report", () => {
  // A ledger amount that is not an amount is an error naming its cell.
  const broken = () => withCell(sampleWorkbookGrid(), "집행내역", (v) => typeof v === "number" && v > 1000, "천이백원");

  it("writes no report, only the add-in's results sheet with a link to the bad cell", async () => {
    const grid = broken();
    const fake = FakeExcel.fromGrid(grid);
    const r = await oneClickReport(new OfficePort(fake));
    if (!r.ok) throw new Error(detail(r.error));
    expect(r.value.ok).toBe(false);
    expect(r.value.delivered.resultsSheet).toBe(ISSUES_SHEET_KO);
    expect(fake.sheets.map((s) => s.name)).toEqual([...grid.sheets.map((s) => s.name), ISSUES_SHEET_KO]);
    expect(fake.activeSheet).toBe(ISSUES_SHEET_KO);
    expect(String(fake.cellAt(ISSUES_SHEET_KO, "A1")!.value)).toMatch(new RegExp(`^\\${ISSUES_MARKER_KO}`));
    const links = [...fake.sheet(ISSUES_SHEET_KO).cells.values()].filter((c) => c.hyperlink).map((c) => c.hyperlink!.documentReference);
    const bad = r.value.issues.find((i) => i.severity === "error" && i.sheet === "집행내역" && i.cell);
    expect(bad).toBeDefined();
    expect(links).toContain(`'집행내역'!${bad!.cell}`);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("replaces its own results sheet on the next run but never a user's sheet of that name", async () => {
    const grid = broken();
    const fake = FakeExcel.fromGrid(grid);
    const port = new OfficePort(fake);
    await oneClickReport(port);
    const second = await oneClickReport(port);
    if (!second.ok) throw new Error(detail(second.error));
    expect(second.value.delivered.resultsSheet).toBe(ISSUES_SHEET_KO);
    expect(fake.sheets.filter((s) => s.name.startsWith(ISSUES_SHEET_KO))).toHaveLength(1);

    const userFake = FakeExcel.fromGrid({ sheets: [...grid.sheets, { name: ISSUES_SHEET_KO, origin: { row: 0, col: 0 }, values: [["내 메모"]] }] });
    const third = await oneClickReport(new OfficePort(userFake));
    if (!third.ok) throw new Error(detail(third.error));
    expect(third.value.delivered.resultsSheet).toBe(`${ISSUES_SHEET_KO} (2)`);
    expect(userFake.cellAt(ISSUES_SHEET_KO, "A1")!.value).toBe("내 메모");
  });

  it("open + write results refreshes the results sheet also when all is well, in 3 syncs", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const session = excelSession(new OfficePort(fake));
    const opened = await session.open();
    if (!opened.ok) throw new Error(detail(opened.error));
    expect(opened.value.analysis.issues.some((i) => i.severity === "error")).toBe(false);
    const r = await session.writeResults("ko");
    if (!r.ok) throw new Error(detail(r.error));
    expect(fake.activeSheet).toBe(r.value);
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
  });

  it("open reads the grid once and analyses it with the meeting sheet", async () => {
    const r = await excelSession(new OfficePort(FakeExcel.fromGrid(sampleWorkbookGrid()))).open();
    if (!r.ok) throw new Error(detail(r.error));
    expect(r.value.analysis.meeting?.quarter).toBe(2);
    expect(r.value.analysis.figures?.executedToDate).toBe(66_460_585);
  });
});

describe("planIssuesSheet", () => {
  it("recognises only marked sheets of its names as its own", () => {
    const mk = (name: string, a1: CellValue): SheetGrid => ({ name, origin: { row: 0, col: 0 }, values: [[a1]] });
    expect(isOwnIssuesSheet(mk(ISSUES_SHEET_KO, `${ISSUES_MARKER_KO} 데이터 검증 결과`))).toBe(true);
    expect(isOwnIssuesSheet(mk(`${ISSUES_SHEET_KO} (2)`, `${ISSUES_MARKER_KO} x`))).toBe(true);
    expect(isOwnIssuesSheet(mk(ISSUES_SHEET_KO, "검증 결과"))).toBe(false);
    expect(isOwnIssuesSheet(mk("예산", `${ISSUES_MARKER_KO} x`))).toBe(false);
  });

  it("matches its snapshot for a small list", () => {
    const { plan } = planIssuesSheet(
      // In the order the sheet lists them: sorted, errors first, as an analysis gives them.
      [
        { severity: "error", code: "host-sheet-protected", params: { detail: "x" } },
        { severity: "warning", code: "fix-spaces", sheet: "집행내역", cell: "C7", value: " 운영비", params: { after: "운영비" } },
      ],
      { sheets: [{ name: "집행내역", origin: { row: 0, col: 0 }, values: [] }] },
      "ko",
    );
    expect(plan).toMatchSnapshot();
  });
});

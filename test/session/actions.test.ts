import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { planReport } from "../../src/core/report";
import { isOwnIssuesSheet, ISSUES_MARKER_KO, ISSUES_SHEET_KO, planIssuesSheet } from "../../src/core/plan/issues-sheet";
import { buildWorkbookFromGrid, XlsxPort } from "../../src/hosts/xlsx/xlsx-port";
import { OfficePort } from "../../src/hosts/office/office-port";
import { runReport, runValidation, runValidationToSheet } from "../../src/app/actions";
import { sampleWorkbookGrid } from "../../src/sample";
import { FakeExcel, PAYLOAD_LIMIT } from "../fakes/fake-excel";

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
    const a = planReport(office.value);
    const b = planReport(xlsx.value);
    expect(a.ok).toBe(true);
    expect(a).toEqual(b);
    if (a.ok) expect(a.analysis.figures?.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
  });

  it("takes at most 3 syncs, writes minutes and summary, activates the minutes, leaves inputs unchanged", async () => {
    const grid = sampleWorkbookGrid();
    const fake = FakeExcel.fromGrid(grid);
    const inputs = grid.sheets.map((s) => s.name);
    const before = snapshot(fake, inputs);
    const r = await runReport(new OfficePort(fake));
    expect(r.ok).toBe(true);
    if (!r.ok || !r.value.ok) throw new Error("report failed");
    expect(fake.stats.syncs).toBeLessThanOrEqual(3);
    expect(r.value.written).toEqual([r.value.minutesSheet, r.value.summarySheet]);
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
    const r = await runReport(new OfficePort(fake));
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
    const r = await runReport(new OfficePort(fake));
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "unknown" }) });
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
    const r = await runReport(new OfficePort(fake));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.ok).toBe(false);
    expect(r.value.issuesSheet).toBe(ISSUES_SHEET_KO);
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
    await runReport(port);
    const second = await runReport(port);
    if (!second.ok) throw new Error(second.error.detail);
    expect(second.value.issuesSheet).toBe(ISSUES_SHEET_KO);
    expect(fake.sheets.filter((s) => s.name.startsWith(ISSUES_SHEET_KO))).toHaveLength(1);

    const userFake = FakeExcel.fromGrid({ sheets: [...grid.sheets, { name: ISSUES_SHEET_KO, origin: { row: 0, col: 0 }, values: [["내 메모"]] }] });
    const third = await runReport(new OfficePort(userFake));
    if (!third.ok) throw new Error(third.error.detail);
    expect(third.value.issuesSheet).toBe(`${ISSUES_SHEET_KO} (2)`);
    expect(userFake.cellAt(ISSUES_SHEET_KO, "A1")!.value).toBe("내 메모");
  });

  it("validate-to-sheet refreshes the results sheet also when all is well", async () => {
    const fake = FakeExcel.fromGrid(sampleWorkbookGrid());
    const r = await runValidationToSheet(new OfficePort(fake));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.hasErrors).toBe(false);
    expect(fake.activeSheet).toBe(r.value.issuesSheet);
  });

  it("runValidation returns the grid, the analysis and the meeting", async () => {
    const r = await runValidation(new OfficePort(FakeExcel.fromGrid(sampleWorkbookGrid())));
    if (!r.ok) throw new Error(r.error.detail);
    expect(r.value.meeting?.quarter).toBe(2);
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
      [
        { severity: "warning", code: "fix-spaces", sheet: "집행내역", cell: "C7", value: " 운영비", params: { after: "운영비" } },
        { severity: "error", code: "host-sheet-protected", params: { detail: "x" } },
      ],
      { sheets: [{ name: "집행내역", origin: { row: 0, col: 0 }, values: [] }] },
      "ko",
    );
    expect(plan).toMatchSnapshot();
  });
});

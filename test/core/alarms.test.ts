// Alarms: spending beyond the grants to date, the total budget, or a line's own budget. Workbooks
// are the sample with extra ledger rows, and the amounts each alarm must carry are computed here
// from the rows added, not from the core.
import { alarmIssue, alarmsOf, isOverspent } from "../../src/core/alarms";
import { analyze } from "../../src/core/analyze";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { renderIssue } from "../../src/core/issues/render";
import { sampleWorkbookGrid } from "../../src/sample";

/** The sample with ledger rows appended under its data (before the total row), dated inside the as-of date. */
function withSpending(rows: readonly { line: string; amount: number }[]): WorkbookGrid {
  const grid = sampleWorkbookGrid();
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "집행내역") return s;
      const header = s.values.findIndex((r) => r.includes("집행일자"));
      const h = s.values[header]!;
      const total = s.values.findIndex((r, i) => i > header && r.some((v) => v === "합계"));
      const added = rows.map((r, i): CellValue[] => h.map((name) => (name === "집행일자" ? "2024-05-20" : name === "사업명" ? r.line : name === "금액" ? r.amount : name === "증빙번호" ? `X-${i}` : name === "적요" ? "추가" : null)));
      const values = [...s.values.slice(0, total), ...added, ...s.values.slice(total)];
      return { ...s, values };
    }),
  };
}

// The seed's figures: 66,460,585 spent of 96,250,000 granted and 192,500,000 budgeted.
const SPENT = 66_460_585;
const GRANTS = 96_250_000;

describe("alarms", () => {
  it("the sample has none, and no spending warning", () => {
    const a = analyze(sampleWorkbookGrid());
    expect(alarmsOf(a.figures!)).toEqual([]);
    expect(a.issues.filter((i) => i.code === "spent-over-grants" || i.code === "spent-over-budget")).toEqual([]);
  });

  it("spending beyond the grants: an alarm with the amount over, linked to its warning", () => {
    const extra = GRANTS - SPENT + 8_312_920;
    const a = analyze(withSpending([{ line: "인건비", amount: extra }]));
    const f = a.figures!;
    expect(f.executedToDate).toBe(SPENT + extra);
    const alarms = alarmsOf(f);
    expect(alarms[0]).toEqual({ kind: "grants", executed: SPENT + extra, limit: GRANTS, over: 8_312_920 });
    const issue = alarmIssue(alarms[0]!, a.issues);
    expect(issue?.code).toBe("spent-over-grants");
    expect(issue?.severity).toBe("warning");
    expect(renderIssue(issue!, "ko").message).toContain("8,312,920원 많습니다");
  });

  it("a line beyond its budget: an alarm naming the line, linked to its line-overspent warning", () => {
    // A budget line the sample's ledger never spends on, read from the sheets themselves.
    const sheets = sampleWorkbookGrid().sheets;
    const budget = sheets.find((s) => s.name === "예산")!.values;
    const ledgerText = new Set(sheets.find((s) => s.name === "집행내역")!.values.flat());
    const bh = budget.findIndex((r) => r.includes("예산액"));
    const [nameCol, amountCol] = [budget[bh]!.indexOf("사업명"), budget[bh]!.indexOf("예산액")];
    const row = budget.slice(bh + 1).find((r) => typeof r[nameCol] === "string" && typeof r[amountCol] === "number" && (r[amountCol] as number) > 0 && !ledgerText.has(r[nameCol]!))!;
    const [name, amount] = [row[nameCol] as string, row[amountCol] as number];
    const a = analyze(withSpending([{ line: name, amount: amount + 1_000 }]));
    const alarm = alarmsOf(a.figures!).find((x) => x.kind === "line");
    expect(alarm).toEqual({ kind: "line", line: name, category: expect.any(String), executed: amount + 1_000, limit: amount, over: 1_000 });
    expect(alarmIssue(alarm!, a.issues)).toMatchObject({ code: "line-overspent", params: { line: name } });
  });

  it("100.4% is shown as 100% but is still an alarm: decided on the integers", () => {
    const base = a0().figures!;
    const a = analyze(withSpending([{ line: "인건비", amount: base.grantsToDate - base.executedToDate + 1 }]));
    expect(a.figures!.display.ratioToGrants).toBe("100%");
    expect(alarmsOf(a.figures!).map((x) => x.kind)).toContain("grants");
  });

  it.each<[number, number, boolean]>([
    [101, 100, true],
    [100, 100, false],
    [5, 0, false],
    [-5, 10, false],
  ])("isOverspent(%p, %p) is %p", (executed, limit, over) => {
    expect(isOverspent(executed, limit)).toBe(over);
  });
});

function a0() {
  return analyze(sampleWorkbookGrid());
}

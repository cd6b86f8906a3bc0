// Issues as cards (runs of the same problem down a column) and the causes shown before them.
// The big case is the issue's own: the fiscal year set to 2023 on a 3,006-row 2024 ledger.
import { analyze } from "../../src/core/analyze";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { findCauses, MIN_EXPLAINED } from "../../src/core/issues/causes";
import { groupIssues } from "../../src/core/issues/group";
import type { Issue } from "../../src/core/issues/issue";
import { sortIssues } from "../../src/core/issues/sort";
import { sampleWorkbookGrid } from "../../src/sample";

const err = (cell: string, code: Issue["code"], value: string, params: object = {}, sheet = "집행내역"): Issue =>
  ({ severity: "error", code, sheet, cell, value, params }) as Issue;

describe("groupIssues", () => {
  it("the same problem on consecutive rows of a column is one card with its range; other columns and gaps are not", () => {
    const issues = sortIssues([
      err("A4", "date-outside-year", "2024-01-02", { year: 2023 }),
      err("A5", "date-outside-year", "2024-01-03", { year: 2023 }),
      err("A6", "date-outside-year", "2024-01-09", { year: 2023 }),
      err("E5", "not-an-amount", "12a"),
      err("A8", "date-outside-year", "2024-02-01", { year: 2023 }), // A7 is fine: a new run
      err("C4", "unknown-budget-line", "없는 사업", { suggestion: "홍보" }),
      err("C5", "unknown-budget-line", "없는 사업", { suggestion: "홍보" }),
      err("C6", "unknown-budget-line", "다른 사업", { suggestion: "홍보" }), // another name: another problem
    ]);
    const cards = groupIssues(issues);
    expect(cards.map((c) => [c.range, c.issues.length, c.sameValue])).toEqual([
      ["A4:A6", 3, false],
      ["C4:C5", 2, true],
      ["E5", 1, true],
      ["C6", 1, true],
      ["A8", 1, true],
    ]);
    // Every issue is on exactly one card, in the sorted order within it.
    expect(cards.flatMap((c) => c.issues)).toHaveLength(issues.length);
  });

  it("issues without a cell stay one card each, in place", () => {
    const a: Issue = { severity: "warning", code: "meeting-sheet-missing", params: { names: "회의정보" } };
    const b: Issue = { severity: "warning", code: "sheet-empty", sheet: "교부내역", params: { role: "grants" } };
    expect(groupIssues([a, b]).map((c) => [c.issue, c.range])).toEqual([
      [a, undefined],
      [b, undefined],
    ]);
  });

  it("the same code and value in two sheets or two severities are two cards", () => {
    const cards = groupIssues(sortIssues([err("A4", "not-a-date", "x"), err("A5", "not-a-date", "x", {}, "교부내역")]));
    expect(cards).toHaveLength(2);
  });
});

/** The sample's ledger grown to `rows` data rows by repeating its rows (dates in 2024). */
function bigLedger(rows: number): WorkbookGrid {
  const grid = sampleWorkbookGrid();
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "집행내역") return s;
      const header = s.values.findIndex((r) => r.includes("집행일자"));
      const total = s.values.findIndex((r, i) => i > header && r.includes("합계"));
      const data = s.values.slice(header + 1, total).filter((r) => r.some((v) => v !== null));
      const voucher = s.values[header]!.indexOf("증빙번호");
      const grown: CellValue[][] = Array.from({ length: rows }, (_, i) => data[i % data.length]!.map((v, c) => (c === voucher ? `B-${i}` : v)));
      return { ...s, values: [...s.values.slice(0, header + 1), ...grown] };
    }),
  };
}

describe("the fiscal year set to 2023 on a 3,006-row 2024 ledger", () => {
  // Built once: analyze and the edit below read it and make new objects.
  const big = bigLedger(3006);
  const analysis = analyze(big, { period: { year: 2023 } });
  const outside = analysis.issues.filter((i) => i.code === "date-outside-year");

  it("thousands of date errors become one card for the ledger's run", () => {
    expect(outside.length).toBeGreaterThanOrEqual(3006);
    const cards = groupIssues(analysis.issues);
    const ledgerRun = cards.find((c) => c.issue.code === "date-outside-year" && c.issue.sheet === "집행내역")!;
    expect(ledgerRun.issues).toHaveLength(3006);
    // The date column and the first data row, from the sample's own header row.
    const ledger = sampleWorkbookGrid().sheets.find((s) => s.name === "집행내역")!;
    const header = ledger.values.findIndex((r) => r.includes("집행일자"));
    const letter = String.fromCharCode(65 + ledger.values[header]!.indexOf("집행일자"));
    const first = ledger.origin.row + header + 2;
    expect(ledgerRun.range).toBe(`${letter}${first}:${letter}${first + 3005}`);
    // 3,000-odd errors read as a handful of cards (the programs' dates have gaps between them).
    expect(cards.filter((c) => c.issue.severity === "error").length).toBeLessThanOrEqual(10);
  });

  it("the cause comes first: the budget sheet says 2024; its action sets the year to 2024", () => {
    const [cause, ...rest] = findCauses(analysis);
    expect(rest).toEqual([]);
    expect(cause).toMatchObject({ kind: "fiscal-year", year: 2023, found: 2024, action: { kind: "set-year", year: 2024 } });
    expect(cause!.explains.length).toBe(outside.filter((i) => i.value!.startsWith("2024")).length);
    // With the year it proposes, the errors are gone.
    const fixed = analyze(big, { period: { year: cause!.action.year } });
    expect(fixed.issues.filter((i) => i.code === "date-outside-year")).toEqual([]);
  });

  it("no cause on the sample, nor for stray dates of last year among this year's rows", () => {
    expect(findCauses(analyze(sampleWorkbookGrid()))).toEqual([]);
    // Last December's payments pasted at the top of a 2024 ledger: errors, each to be fixed, no cause.
    const sheets = big.sheets.map((s) => {
      if (s.name !== "집행내역") return s;
      const header = s.values.findIndex((r) => r.includes("집행일자"));
      const dateCol = s.values[header]!.indexOf("집행일자");
      return { ...s, values: s.values.map((r, i) => (i > header && i <= header + MIN_EXPLAINED * 3 ? r.map((v, c) => (c === dateCol ? "2023-12-28" : v)) : r)) };
    });
    const stray = analyze({ sheets });
    expect(stray.issues.filter((i) => i.code === "date-outside-year").length).toBe(MIN_EXPLAINED * 3);
    expect(findCauses(stray)).toEqual([]);
  });
});

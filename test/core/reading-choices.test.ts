// The user's reading choices (issue 8, point 11): a column for a field, a row taken as a total or
// as data, kept in the workbook's '읽기 설정' sheet or given for one run (AnalysisChoice, the CLI's
// --column/--row). Each changes the figures as it says, shows in `recognized`, and a choice that
// names nothing is a warning at its cell.
import { analyze } from "../../src/core/analyze";
import type { AnalysisChoice } from "../../src/core/choice";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { planReadingSettings, type ReadingChange } from "../../src/core/plan/settings-sheet";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";
import { readSettings, SETTINGS_MARKER_KO, SETTINGS_SHEET_KO } from "../../src/core/read/settings";
import { d, sheet } from "./fixtures";

/** A budget with a '총 예산' row, the grants, and a ledger 금액 | 부가세 | 합계 (the reader takes 합계). */
function book(extra: SheetGrid[] = []): WorkbookGrid {
  return {
    sheets: [
      sheet("예산", [
        ["구분", "사업명", "예산액"],
        ["운영", "인건비", 6_000_000],
        ["사업", "교육", 4_000_000],
        [null, "총 예산", 10_000_000], // row 4: a total by its words
      ]),
      sheet("교부", [
        ["교부일자", "교부액"],
        [d("2024-01-10"), 5_000_000],
      ]),
      sheet("집행내역", [
        ["집행일자", "사업명", "적요", "금액", "부가세", "합계"],
        [d("2024-02-01"), "교육", "교재 인쇄", 100_000, 10_000, 110_000],
        [d("2024-03-01"), "인건비", "3월 급여", 1_000_000, 0, 1_000_000],
      ]),
      ...extra,
    ],
  };
}

const settings = (rows: CellValue[][]): SheetGrid => sheet(SETTINGS_SHEET_KO, [[`${SETTINGS_MARKER_KO} 읽기 설정`], [], [], ["시트", "항목", "선택", "메모"], ...rows]);
const run = (grid: WorkbookGrid, choice: AnalysisChoice = {}) => analyze(grid, { period: { year: 2024 }, ...choice });
const ledgerOf = (a: ReturnType<typeof run>) => a.recognized.find((r) => r.sheet === "집행내역")!;

describe("the reader's own choices, shown", () => {
  const a = run(book());
  it("takes 합계 over 금액 + 부가세, and says so", () => {
    expect(a.figures!.executedToDate).toBe(1_110_000);
    expect(ledgerOf(a).columns.amount).toBe("F");
    expect(ledgerOf(a).headers.amount).toBe("합계");
    expect(ledgerOf(a).chosen).toEqual([]);
    expect(a.issues.find((i) => i.code === "amount-column-chosen")).toMatchObject({ sheet: "집행내역", cell: "F1" });
  });
  it("lists the total row with its amount cell, and every header to pick from", () => {
    expect(a.recognized[0]!.rows).toEqual([{ kind: "total", row: 4, cell: "C4", evidence: "label", range: "C2:C3", label: "총 예산" }]);
    expect(ledgerOf(a).headerCells.map((h) => `${h.letter} ${h.header}`)).toEqual(["A 집행일자", "B 사업명", "C 적요", "D 금액", "E 부가세", "F 합계"]);
  });
});

describe("choices in the settings sheet", () => {
  it.each([
    ["a letter", "D"],
    ["a letter as the pane writes it", "D (금액)"],
    ["a header", "금액"],
    ["a letter with 열", "D열"],
  ])("a column by %s", (_what, column) => {
    const a = run(book([settings([["집행내역", "금액", column]])]));
    expect(ledgerOf(a).columns.amount).toBe("D");
    expect(ledgerOf(a).chosen).toEqual(["amount"]);
    expect(a.figures!.executedToDate).toBe(1_100_000);
    expect(a.issues.some((i) => i.code === "amount-column-chosen")).toBe(false);
    expect(a.issues.filter((i) => i.code === "reading-choice-invalid")).toEqual([]);
  });

  it("a row taken as data is a line; a line taken as a total is left out", () => {
    const a = run(book([settings([["예산", "4행", "자료"], ["예산", "3행", "합계"]])]));
    expect(a.records.budget.map((l) => l.name)).toEqual(["인건비", "총 예산"]);
    expect(a.figures!.totalBudget).toBe(16_000_000);
    expect(a.recognized[0]!.rows).toEqual([
      { kind: "total", row: 3, cell: "C3", evidence: "user" },
      { kind: "data", row: 4, cell: "C4", evidence: "user" },
    ]);
  });

  it("an optional column set to none is not read", () => {
    const grid: WorkbookGrid = {
      sheets: [
        ...book().sheets.slice(0, 2),
        sheet("집행내역", [
          ["집행일자", "사업명", "금액", "상태"],
          [d("2024-02-01"), "교육", 100_000, "반려"],
        ]),
      ],
    };
    expect(run(grid).figures!.executedToDate).toBe(0);
    const a = run({ sheets: [...grid.sheets, settings([["집행내역", "상태", "사용 안 함"]])] });
    expect(a.figures!.executedToDate).toBe(100_000);
    expect(ledgerOf(a).columns.status).toBeUndefined();
  });

  it("a choice of the run wins over the sheet's, for that field", () => {
    const a = run(book([settings([["집행내역", "금액", "D"]])]), { columns: [{ sheet: "집행내역", field: "amount", column: "합계" }] });
    expect(ledgerOf(a).columns.amount).toBe("F");
    const b = run(book(), { rows: [{ sheet: "예산", row: 4, as: "data" }] });
    expect(b.figures!.totalBudget).toBe(20_000_000);
  });

  it.each([
    [["지출", "금액", "D"], "A5", "sheet"],
    [["집행내역", "색깔", "D"], "B5", "field"],
    [["집행내역", "금액", "Z9"], "C5", "column"],
    [["집행내역", "금액", "없는 열"], "C5", "column"],
    [["예산", "4행", "아마도"], "C5", "choice"],
    [["예산", "40행", "합계"], "B5", "row"],
    [["집행내역", "사업명", "사용 안 함"], "C5", "required"],
    [["", "금액", "D"], "A5", "sheet"],
  ])("%j is a warning at %s (%s), and changes nothing", (row, cell, reason) => {
    const a = run(book([settings([row as CellValue[]])]));
    const warning = a.issues.find((i) => i.code === "reading-choice-invalid");
    expect(warning).toMatchObject({ severity: "warning", sheet: SETTINGS_SHEET_KO, cell, params: { reason, source: "sheet" } });
    expect(a.figures!.executedToDate).toBe(1_110_000);
  });

  it("an option naming no column is a warning without a cell", () => {
    const a = run(book(), { columns: [{ sheet: "집행내역", field: "amount", column: "없는 열" }] });
    expect(a.issues.find((i) => i.code === "reading-choice-invalid")).toMatchObject({ value: "집행내역.amount=없는 열", params: { reason: "column", source: "option" } });
  });
});

/** A planned sheet as the grid a host would read back (values only, as written). */
function gridOf(plan: SheetPlan): SheetGrid {
  const values: CellValue[][] = [];
  for (const c of plan.cells) {
    const row = (values[c.row] ??= []);
    row[c.col] = c.value;
  }
  return { name: plan.name, origin: { row: 0, col: 0 }, values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) };
}

describe("the settings sheet the pane writes", () => {
  const apply = (grid: WorkbookGrid, change: ReadingChange): WorkbookGrid => {
    const { plan } = planReadingSettings(grid.sheets.map((s) => s.name), readSettings(grid, []), change);
    return { sheets: [...grid.sheets.filter((s) => !plan.replace.includes(s.name)), gridOf(plan.sheets[0]!)] };
  };

  it("is created on the first change, read back as the same choice, and marked as the add-in's", () => {
    const grid = apply(book(), { kind: "column", sheet: "집행내역", role: "ledger", field: "amount", column: "D", header: "금액" });
    const s = grid.sheets.at(-1)!;
    expect(s.name).toBe(SETTINGS_SHEET_KO);
    expect(String(s.values[0]![0])).toMatch(/^\[읽기 설정·추가 기능\]/);
    expect(s.values[4]).toEqual(["집행내역", "금액", "D (금액)", ""]);
    expect(ledgerOf(run(grid)).columns.amount).toBe("D");
  });

  it("keeps every other row, replaces the one changed, and 'auto' removes it", () => {
    let grid = apply(book([settings([["예산", "3행", "합계", "내가 적은 메모"]])]), { kind: "row", sheet: "예산", row: 4, as: "data" });
    grid = apply(grid, { kind: "column", sheet: "집행내역", role: "ledger", field: "amount", column: "D" });
    grid = apply(grid, { kind: "column", sheet: "집행내역", role: "ledger", field: "amount", column: "E" });
    const rows = () => readSettings(grid, [])!.table.map((r) => [r.sheet, r.item, r.choice, r.note]);
    expect(rows()).toEqual([
      ["예산", "3행", "합계", "내가 적은 메모"],
      ["예산", "4행", "자료", ""],
      ["집행내역", "금액", "E", ""],
    ]);
    grid = apply(grid, { kind: "row", sheet: "예산", row: 3, as: "auto" });
    expect(rows().map((r) => r[1])).toEqual(["4행", "금액"]);
    expect(grid.sheets.filter((s) => s.name === SETTINGS_SHEET_KO)).toHaveLength(1);
  });
});

describe("grants above the budget name the cause", () => {
  const grants = (budget: SheetGrid): WorkbookGrid => ({ sheets: [budget, ...book().sheets.slice(1)] });
  it("a budget written in 천원 with no unit said", () => {
    const a = run(grants(sheet("예산", [["구분", "사업명", "예산액"], ["운영", "인건비", 6_000], ["사업", "교육", 4_000]])));
    const e = a.issues.find((i) => i.code === "grants-exceed-budget")!;
    expect(e.params).toMatchObject({ cause: "budget-unit", budgetCell: "'예산'!C1" });
  });
  it("a quarter's column chosen as the budget", () => {
    const quarters = sheet("예산", [["구분", "사업명", "1분기", "계"], ["운영", "인건비", 1_000_000, 6_000_000], ["사업", "교육", 1_000_000, 4_000_000]]);
    const auto = run(grants(quarters));
    expect(auto.recognized[0]!.columns.amount).toBe("D");
    expect(auto.figures!.totalBudget).toBe(10_000_000);
    expect(auto.issues.filter((i) => i.severity === "error")).toEqual([]);
    const a = run(grants(quarters), { columns: [{ sheet: "예산", field: "예산액", column: "1분기" }] });
    expect(a.issues.find((i) => i.code === "grants-exceed-budget")!.params).toMatchObject({ cause: "budget-quarter", budgetCell: "'예산'!C1" });
  });
});

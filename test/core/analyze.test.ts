import { analyze } from "../../src/core/analyze";
import { renderIssue } from "../../src/core/issues/render";
import { paramOf } from "../../src/core/issues/issue";
import { sortIssues } from "../../src/core/issues/sort";
import { defectWorkbook, expectedIssues, seedLikeWorkbook, sheet, d } from "./fixtures";

describe("analyze on a workbook with one defect per row", () => {
  const a = analyze({ sheets: defectWorkbook() }, { period: { quarter: 2 } });

  it("reports exactly the expected issues, each by code, sheet and cell", () => {
    const got = a.issues.map((i) => [i.code, i.severity, i.sheet, i.cell]);
    expect(new Set(got.map((g) => JSON.stringify(g)))).toEqual(new Set(expectedIssues.map((e) => JSON.stringify(e))));
    expect(got).toHaveLength(expectedIssues.length);
  });

  it("carries the offending value and suggestions", () => {
    const find = (code: string, cell: string) => a.issues.find((i) => i.code === code && i.cell === cell)!;
    expect(find("not-an-amount", "E8").value).toBe("12만원");
    expect(find("date-invalid", "A4").value).toBe("2024-02-30");
    expect(find("formula-error", "E16").value).toBe("#N/A");
    expect(find("unknown-budget-line", "C5").params).toEqual({ suggestion: "홍보 영상" });
    expect(find("duplicate-voucher", "G6").params).toEqual({ firstCell: "G4" });
    expect(find("duplicate-budget-line", "C10").params).toEqual({ firstCell: "C6" });
    expect(find("line-overspent", "D8").params).toEqual({ line: "홍보 영상", executed: 3_500_000, budget: 3_000_000 });
    expect(renderIssue(find("unknown-budget-line", "C5"), "ko").message).toBe(
      "'집행내역' 시트 C5 셀: 사업명 '홍보영상'이 예산 시트에 없습니다. 가장 비슷한 이름: '홍보 영상'",
    );
  });

  it("renders every issue in Korean and English, naming its sheet and cell", () => {
    for (const issue of a.issues)
      for (const locale of ["ko", "en"] as const) {
        const { message, hint } = renderIssue(issue, locale);
        expect(`${message} ${hint}`).not.toMatch(/undefined|NaN|\{|\}/);
        if (issue.sheet) expect(message).toContain(issue.sheet);
        if (issue.cell) expect(message).toContain(issue.cell);
      }
  });

  it("sorts issues as sortIssues does", () => {
    expect(a.issues).toEqual(sortIssues([...a.issues].reverse()));
  });

  it("sorts errors first, then by sheet and cell", () => {
    const ranks = a.issues.map((i) => ({ error: 0, warning: 1, info: 2 })[i.severity]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("recognises the sheets, header rows and columns, with the used range's offset", () => {
    expect(a.recognized).toEqual([
      { role: "budget", sheet: "2024 예산", headerRow: 4, columns: { category: "B", budgetLine: "C", amount: "D" }, rowCount: 4 },
      { role: "grants", sheet: "교부내역", headerRow: 2, columns: { date: "A", amount: "B", note: "C" }, rowCount: 3 },
      {
        role: "ledger",
        sheet: "집행내역",
        headerRow: 2,
        columns: { date: "A", description: "B", budgetLine: "C", amount: "E", voucher: "G" },
        rowCount: 9,
      },
      {
        role: "programs",
        sheet: "사업현황",
        headerRow: 1,
        columns: { category: "A", name: "B", quarter: "C", date: "D", status: "E", note: "F" },
        rowCount: 5,
      },
    ]);
  });

  it("reads records: categories carried down, names normalised, quarters from dates", () => {
    expect(a.records.budget.map((b) => [b.category, b.name, b.amount, b.ref.row])).toEqual([
      ["교육", "찾아가는 교육", 10_000_000, 5],
      ["교육", "컨설팅", 5_000_000, 6],
      ["홍보", "홍보 영상", 3_000_000, 8],
      ["홍보", "컨설팅", 1_000_000, 10],
    ]);
    expect(a.records.ledger.at(-1)).toEqual({
      ref: { sheet: "집행내역", row: 19 },
      date: "2024-06-11",
      budgetLine: "홍보 영상",
      description: "영상 제작",
      payee: "",
      amount: 3_500_000,
      voucher: "V-015",
    });
    expect(a.records.programs.map((p) => [p.name, p.quarters, p.status ?? null, p.date ?? null])).toEqual([
      ["찾아가는 교육", [1, 2], "done", "2024-02-21"],
      ["컨설팅", [], "in-progress", null],
      ["장터", [3, 4], null, null],
      ["행사", [2], "planned", null],
      ["영상 제작", [2], "in-progress", "2024-05-03"],
    ]);
  });

  it("computes the figures from the good rows only", () => {
    const f = a.figures!;
    expect(f.year).toBe(2024);
    expect(f.quarter).toBe(2);
    expect(f.asOf).toBe("2024-06-30");
    expect(f.totalBudget).toBe(19_000_000);
    expect(f.grantsToDate).toBe(16_000_000);
    expect(f.executedToDate).toBe(12_200_000);
    expect(f.byQuarter).toEqual([3_500_000, 8_700_000, 0, 0]);
    expect(f.ratioToBudget).toBeCloseTo(12.2 / 19, 12);
    expect(f.display).toEqual({ ratioToBudget: "64%", ratioToGrants: "76%" });
    expect(f.lines.map((l) => [l.category, l.name, l.budget, l.executed, l.remaining])).toEqual([
      ["교육", "찾아가는 교육", 10_000_000, 5_900_000, 4_100_000],
      ["교육", "컨설팅", 6_000_000, 2_300_000, 3_700_000],
      ["홍보", "홍보 영상", 3_000_000, 3_500_000, -500_000],
    ]);
    expect(f.categories.map((c) => [c.category, c.budget, c.executed])).toEqual([
      ["교육", 16_000_000, 8_200_000],
      ["홍보", 3_000_000, 3_500_000],
    ]);
  });
});

describe("the seed's figures on a small grid", () => {
  it("gives 35% and 69% as of 2024-05-24", () => {
    const a = analyze({ sheets: seedLikeWorkbook() }, { period: { quarter: 2, asOf: "2024-05-24" } });
    const f = a.figures!;
    expect([f.totalBudget, f.grantsToDate, f.executedToDate]).toEqual([192_500_000, 96_250_000, 66_460_585]);
    expect(f.display).toEqual({ ratioToBudget: "35%", ratioToGrants: "69%" });
    expect(f.byQuarter).toEqual([40_760_585, 25_700_000, 0, 0]);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    // One note per sheet, at the first later row, counting them all.
    const later = a.issues.filter((i) => i.code === "date-after-as-of");
    expect(later.map((i) => [i.sheet, i.cell, paramOf(i, "count")])).toEqual([
      [expect.any(String), "A4", 1],
      [expect.any(String), "A8", 2],
    ]);
  });

  it("shows one decimal when asked", () => {
    const f = analyze({ sheets: seedLikeWorkbook() }, { period: { quarter: 2, asOf: "2024-05-24" }, ratioDecimals: 1 }).figures!;
    expect(f.display).toEqual({ ratioToBudget: "34.5%", ratioToGrants: "69.0%" });
  });

  it("defaults: year from the budget title, quarter from the latest ledger date, as-of its last day", () => {
    const f = analyze({ sheets: seedLikeWorkbook() }).figures!;
    expect([f.year, f.quarter, f.asOf]).toEqual([2024, 2, "2024-06-30"]);
    expect(f.executedToDate).toBe(66_460_585 + 9_000_000 + 4_000_000);
  });

  it("an as-of date alone sets the year and the quarter", () => {
    const f = analyze({ sheets: seedLikeWorkbook() }, { period: { asOf: "2024-05-24" } }).figures!;
    expect([f.year, f.quarter, f.asOf, f.executedToDate]).toEqual([2024, 2, "2024-05-24", 66_460_585]);
  });
});

describe("structure problems", () => {
  it("names the sheets it looked for", () => {
    const a = analyze({ sheets: [sheet("Sheet1", [["a", "b"]])] });
    expect(a.issues.map((i) => [i.code, i.severity, paramOf(i, "role")])).toEqual([
      ["sheet-missing", "error", "budget"],
      ["sheet-missing", "error", "grants"],
      ["sheet-missing", "error", "ledger"],
      ["year-undetermined", "error", undefined],
      ["sheet-missing", "warning", "programs"],
      ["meeting-sheet-missing", "warning", undefined],
    ]);
    expect(paramOf(a.issues[0]!, "names")).toBe("예산, 예산총괄, 예산현황, Budget");
    expect(a.figures).toBeNull();
  });

  it("reports a missing header row and a missing required column", () => {
    const a = analyze(
      {
        sheets: [
          sheet("Budget", [["just a title"], ["", ""]]),
          sheet("교부", [["교부일자", "비고"], ["2024-01-01", "x"]]),
          sheet("집행", [["일자", "적요", "금액", "금액(원)"], [d("2024-01-02"), "x", 1, 2]]),
        ],
      }, { period: { year: 2024 } });
    const brief = a.issues.filter((i) => i.severity !== "info").map((i) => [i.code, i.sheet, i.cell, paramOf(i, "field")]);
    expect(brief).toEqual([
      ["header-not-found", "Budget", undefined, undefined],
      ["column-missing", "교부", undefined, "amount"],
      ["column-missing", "집행", undefined, "budgetLine"],
      ["sheet-missing", undefined, undefined, undefined],
      ["meeting-sheet-missing", undefined, undefined, undefined],
      ["column-duplicate", "집행", "D1", "amount"],
    ]);
  });

  it("notes a hidden sheet it read, and reads it like any other", () => {
    const visible = [sheet("예산", [["사업명", "예산액"], ["교육", 100]]), sheet("교부", [["교부일자", "교부액"], ["2024-01-02", 50]])];
    const ledger = sheet("집행", [["일자", "사업명", "금액"], ["2024-01-03", "교육", 10]]);
    const a = analyze({ sheets: [...visible, { ...ledger, hidden: true }] }, { period: { year: 2024 } });
    expect(a.issues.filter((i) => i.code === "sheet-hidden").map((i) => [i.sheet, i.severity, paramOf(i, "role")])).toEqual([["집행", "info", "ledger"]]);
    expect(a.figures!.executedToDate).toBe(10);
    expect(analyze({ sheets: [...visible, ledger] }, { period: { year: 2024 } }).issues.some((i) => i.code === "sheet-hidden")).toBe(false);
  });

  it("says when a sheet has headers and nothing under them, but not when its rows were refused", () => {
    const a = analyze(
      {
        sheets: [
          sheet("예산", [["2024 예산"], ["사업명", "예산액"], ["교육", 100]]),
          sheet("교부", [["교부일자", "교부액"], [null, null], ["합계", 0]]),
          sheet("집행", [["일자", "사업명", "금액"]]),
        ],
      }, { period: { year: 2024 } });
    expect(a.issues.filter((i) => i.code === "sheet-empty").map((i) => [i.sheet, i.severity, i.cell])).toEqual([
      ["교부", "warning", undefined],
      ["집행", "info", undefined],
    ]);
    expect(a.figures!.display.ratioToGrants).toBe("-");
    const refused = analyze(
      { sheets: [sheet("예산", [["사업명", "예산액"], ["교육", "백만원"]]), sheet("교부", [["교부일자", "교부액"]]), sheet("집행", [["일자", "사업명", "금액"]])] }, { period: { year: 2024 } });
    expect(refused.issues.filter((i) => i.sheet === "예산").map((i) => i.code)).toEqual(["not-an-amount"]);
  });

  it("picks the sheet of the requested year among several, and warns when it cannot choose", () => {
    const mk = (name: string, amount: number) => sheet(name, [["사업명", "예산액"], ["교육", amount]]);
    const a = analyze({ sheets: [mk("2023 예산", 1), mk("2024 예산", 2)] }, { period: { year: 2024 } });
    expect(a.figures!.totalBudget).toBe(2);
    expect(a.issues.some((i) => i.code === "sheet-ambiguous")).toBe(false);
    const b = analyze({ sheets: [mk("예산", 1), mk("Budget", 2)] }, { period: { year: 2024 } });
    expect(b.figures!.totalBudget).toBe(1);
    expect(b.issues.find((i) => i.code === "sheet-ambiguous")).toMatchObject({ sheet: "예산", params: { role: "budget", other: "Budget" } });
  });

  it("errs when grants to date exceed the budget, at the grant that crosses it", () => {
    const a = analyze(
      {
        sheets: [
          sheet("예산", [["사업명", "예산액"], ["교육", 100]]),
          sheet("교부", [["교부일자", "교부액"], ["2024-01-01", 60], ["2024-02-01", 60]]),
          sheet("집행내역", [["일자", "사업명", "금액"], ["2024-01-05", "교육", 10]]),
        ],
      }, { period: { year: 2024, quarter: 1 } });
    expect(a.issues.find((i) => i.code === "grants-exceed-budget")).toMatchObject({
      severity: "error",
      sheet: "교부",
      cell: "B3",
      params: { grants: 120, budget: 100 },
    });
  });

  it("ignores invalid options with a warning and keeps the valid ones", () => {
    const a = analyze({ sheets: seedLikeWorkbook() }, { period: { quarter: 7 as never, asOf: "2024-02-30", year: 2024 } });
    expect(a.issues.filter((i) => i.code === "option-invalid").map((i) => paramOf(i, "option"))).toEqual(["quarter", "asOf"]);
    expect(a.figures!.year).toBe(2024);
  });

  it("warns when the as-of date is past the report quarter or outside the year", () => {
    const a = analyze({ sheets: seedLikeWorkbook() }, { period: { quarter: 1, asOf: "2024-05-24" } });
    expect(a.issues.find((i) => i.code === "as-of-after-quarter")?.params).toEqual({ asOf: "2024-05-24", quarter: 1, lastDay: "2024-03-31" });
    const b = analyze({ sheets: seedLikeWorkbook() }, { period: { year: 2024, asOf: "2025-01-10" } });
    expect(b.issues.some((i) => i.code === "as-of-outside-year")).toBe(true);
  });

  it("warns when the given year contradicts the budget sheet's", () => {
    const a = analyze({ sheets: seedLikeWorkbook() }, { period: { year: 2023 } });
    expect(a.issues.find((i) => i.code === "year-conflict")).toMatchObject({ sheet: "예산", params: { found: 2024, year: 2023 } });
  });

  it("takes the commonest ledger year when nothing else says", () => {
    const a = analyze({
      sheets: [
        sheet("예산", [["사업명", "예산액"], ["교육", 100]]),
        sheet("집행내역", [["일자", "사업명", "금액"], ["2023-12-30", "교육", 1], ["2024-01-05", "교육", 2], ["2024-03-05", "교육", 3]]),
      ],
    });
    expect(a.figures).toMatchObject({ year: 2024, quarter: 1, asOf: "2024-03-31", executedToDate: 5 });
  });
});

describe("recognition details", () => {
  it("matches headers ignoring case and spaces, and takes the year from the budget sheet's name first", () => {
    const a = analyze({
      sheets: [
        sheet("예산(2023)", [["BUDGET LINE", "budget"], ["교육", 1000]]),
        sheet("GRANTS", [["date", "AMOUNT"], ["2023-03-01", 500]]),
        sheet("Disbursements 2023", [["  date ", "budget  line", "Amount"], ["2023-03-02", "교육", 100], ["2024-01-02", "교육", 100], ["2024-01-03", "교육", 100]]),
      ],
    });
    expect(a.recognized.map((r) => [r.role, r.sheet, r.rowCount])).toEqual([
      ["budget", "예산(2023)", 1],
      ["grants", "GRANTS", 1],
      ["ledger", "Disbursements 2023", 3],
    ]);
    expect(a.figures).toMatchObject({ year: 2023, executedToDate: 100, grantsToDate: 500 });
    expect(a.issues.filter((i) => i.code === "date-outside-year").map((i) => i.cell)).toEqual(["A3", "A4"]);
  });

  it("finds the header below up to 19 title rows, not below 20", () => {
    const titled = (n: number) =>
      sheet("예산", [...Array.from({ length: n }, (_, i) => [`제목 ${i}`]), ["사업명", "예산액"], ["교육", 1000]]);
    expect(analyze({ sheets: [titled(19)] }, { period: { year: 2024 } }).recognized[0]).toMatchObject({ headerRow: 20, rowCount: 1 });
    const late = analyze({ sheets: [titled(20)] }, { period: { year: 2024 } });
    expect(late.recognized).toEqual([]);
    expect(late.issues.some((i) => i.code === "header-not-found" && i.sheet === "예산")).toBe(true);
  });
});

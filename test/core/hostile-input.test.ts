// Regressions found by feeding the core messy workbooks (QA pass): each case is one defect that
// used to give a wrong or misleading issue.
import { analyze } from "../../src/core/analyze";
import { hostErrorIssue } from "../../src/core/issues/issue";
import { renderIssue } from "../../src/core/issues/render";
import type { UnreadableKind } from "../../src/core/port";
import { d, sheet } from "./fixtures";
import type { CellValue, SheetGrid } from "../../src/core/grid";

function book(budgetAmount: CellValue, grantAmount: CellValue): SheetGrid[] {
  return [
    sheet("2024 예산", [
      ["구분", "사업명", "예산액"],
      ["교육", "찾아가는 교육", 10_000_000],
      ["교육", "컨설팅", budgetAmount], // row 3
    ]),
    sheet("교부내역", [
      ["교부일자", "교부액"],
      [d("2024-01-15"), 8_000_000],
      [d("2024-02-15"), grantAmount], // row 3
    ]),
    sheet("집행내역", [
      ["집행일자", "사업명", "금액"],
      [d("2024-01-20"), "컨설팅", 100_000],
      [d("2024-01-21"), "컨설팅", 200_000],
      [d("2024-01-22"), "찾아가는 교육", 300_000],
    ]),
  ];
}

describe("a budget row refused for its amount", () => {
  it("is one error at its amount cell, not also an unknown line on every ledger row that names it", () => {
    const a = analyze({ sheets: book("오백만원?", 1_000_000) }, { period: { quarter: 1 } });
    const errors = a.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell]);
    expect(errors).toEqual([["not-an-amount", "2024 예산", "C3"]]);
  });

  it("a name the budget has nowhere is still unknown", () => {
    const grid = book("오백만원?", 1_000_000);
    const ledger = grid[2]!;
    const sheets = [grid[0]!, grid[1]!, { ...ledger, values: [...ledger.values, [d("2024-01-23"), "없는 사업", 1]] }];
    const a = analyze({ sheets }, { period: { quarter: 1 } });
    expect(a.issues.filter((i) => i.code === "unknown-budget-line").map((i) => i.cell)).toEqual(["B5"]);
  });
});

describe("a negative grant", () => {
  it("is reported as a returned grant taken off the grants, not as spending", () => {
    const a = analyze({ sheets: book(5_000_000, -1_000_000) }, { period: { quarter: 1 } });
    const issue = a.issues.find((i) => i.code === "negative-amount")!;
    expect([issue.sheet, issue.cell]).toEqual(["교부내역", "B3"]);
    expect(renderIssue(issue, "ko").message).toBe("'교부내역' 시트 B3 셀: 음수 금액 -1,000,000원(교부 반납·취소)을 교부액에서 뺐습니다.");
    expect(renderIssue(issue, "en").message).toContain("subtracted from the grants");
    expect(a.figures?.grantsToDate).toBe(7_000_000);
  });

  it("a ledger refund still says spending", () => {
    const grid = book(5_000_000, 1_000_000);
    const ledger = grid[2]!;
    const sheets = [grid[0]!, grid[1]!, { ...ledger, values: [...ledger.values, [d("2024-01-23"), "컨설팅", -50_000]] }];
    const issue = analyze({ sheets }, { period: { quarter: 1 } }).issues.find((i) => i.code === "negative-amount")!;
    expect(renderIssue(issue, "ko").message).toContain("(반납·환급)을 집행액에서 뺐습니다");
  });
});

describe("a copied sheet (Excel names it '2024 예산 (2)')", () => {
  it("is the budget sheet when it is the only one, with its year", () => {
    const [budget, grants, ledger] = book(5_000_000, 1_000_000);
    const a = analyze({ sheets: [{ ...budget!, name: "2024 예산 (2)" }, grants!, ledger!] }, { period: { quarter: 1 } });
    expect(a.recognized.find((r) => r.role === "budget")?.sheet).toBe("2024 예산 (2)");
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(a.figures?.totalBudget).toBe(15_000_000);
  });

  it("beside the original, the original is used and the copy named in a warning", () => {
    const [budget, grants, ledger] = book(5_000_000, 1_000_000);
    const a = analyze({ sheets: [budget!, { ...budget!, name: "2024 예산 (2)" }, grants!, ledger!] }, { period: { quarter: 1 } });
    expect(a.recognized.find((r) => r.role === "budget")?.sheet).toBe("2024 예산");
    expect(a.issues.find((i) => i.code === "sheet-ambiguous")?.params).toEqual({ role: "budget", other: "2024 예산 (2)" });
  });
});

describe("a header row that cannot be found", () => {
  it("names the sheet rows searched, counted from where the used range starts", () => {
    const [budget, grants, ledger] = book(5_000_000, 1_000_000);
    const titles = Array.from({ length: 20 }, (_, i): CellValue[] => [`제목 ${i + 1}`]);
    const low = { ...ledger!, origin: { row: 2, col: 0 }, values: [...titles, ...ledger!.values] };
    const issue = analyze({ sheets: [budget!, grants!, low] }).issues.find((i) => i.code === "header-not-found")!;
    expect(issue.sheet).toBe("집행내역");
    expect(renderIssue(issue, "ko").message).toMatch(/^'집행내역' 시트: 3~22행\(처음 20행\)에서 제목 행을 찾지 못했습니다\. 찾아본 제목: 집행일자, /);
    expect(renderIssue(issue, "en").message).toContain("no header row in rows 3~22");
  });

  it("an empty sheet says it is empty", () => {
    const [budget, grants, ledger] = book(5_000_000, 1_000_000);
    const issue = analyze({ sheets: [budget!, grants!, { ...ledger!, values: [] }] }).issues.find((i) => i.code === "header-not-found")!;
    expect(renderIssue(issue, "ko").message).toMatch(/^'집행내역' 시트: 시트가 비어 있어 제목 행이 없습니다\./);
  });
});

describe("host-unreadable says why, from the kind the host gives (HostError.unreadable)", () => {
  it.each<[UnreadableKind | undefined, string, string]>([
    ["empty", "빈 파일(0바이트)입니다", "empty (0 bytes)"],
    ["ole", "암호가 걸린 통합문서이거나 Excel 97-2003(.xls) 형식입니다", "has a password"],
    ["not-zip", ".xlsx 형식이 아닙니다", "not an .xlsx file"],
    ["zip-not-workbook", "Excel 통합문서가 아닙니다", "not an Excel workbook"],
    ["corrupt", "손상되었거나", "damaged"],
    [undefined, "파일이 .xlsx 형식인지, 암호가 걸려 있지 않은지", "without a password"],
  ])("%p", (unreadable, ko, en) => {
    const issue = hostErrorIssue({ code: "unreadable", detail: "end of central directory not found", ...(unreadable ? { unreadable } : {}) });
    expect(renderIssue(issue, "ko").hint).toContain(ko);
    expect(renderIssue(issue, "en").hint).toContain(en);
  });
});

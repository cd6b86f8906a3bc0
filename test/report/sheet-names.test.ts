import { chooseSheetName, isValidSheetName, reportSheetBases, sanitizeSheetName } from "../../src/core/plan/sheet-names";

describe("valid Excel sheet names", () => {
  it.each([
    ["회의록 2024-2분기", true],
    ["집행현황 2024-2분기", true],
    ["a".repeat(31), true],
    ["a".repeat(32), false],
    ["", false],
    ["a/b", false],
    ["a\\b", false],
    ["a:b", false],
    ["a*b", false],
    ["a?b", false],
    ["[a]", false],
    ["'a", false],
    ["a'", false],
    ["it's", true],
    ["History", false],
    ["history", false],
  ])("%j → %s", (name, valid) => {
    expect(isValidSheetName(name)).toBe(valid);
  });
});

describe("sanitizeSheetName", () => {
  it.each([
    ["회의록 2024/2분기", "회의록 2024-2분기"],
    ["  a   b  ", "a b"],
    ["'quoted'", "quoted"],
    ["[x]:y", "-x--y"],
    ["", "Sheet"],
    ["History", "History (1)"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeSheetName(input)).toBe(expected);
    expect(isValidSheetName(sanitizeSheetName(input))).toBe(true);
  });

  it("shortens to 31 characters", () => {
    const name = sanitizeSheetName("용산구사회적경제통합지원센터 운영위원회 회의록 2024년 2분기 최종본");
    expect([...name].length).toBeLessThanOrEqual(31);
    expect(isValidSheetName(name)).toBe(true);
  });
});

describe("chooseSheetName", () => {
  it.each<[string, string[], string]>([
    ["회의록 2024-2분기", [], "회의록 2024-2분기"],
    ["회의록 2024-2분기", ["예산", "집행내역"], "회의록 2024-2분기"],
    ["회의록 2024-2분기", ["회의록 2024-2분기"], "회의록 2024-2분기 (2)"],
    ["회의록 2024-2분기", ["회의록 2024-2분기", "회의록 2024-2분기 (2)"], "회의록 2024-2분기 (3)"],
    ["Summary", ["SUMMARY"], "Summary (2)"],
    ["Summary", ["summary", "SUMMARY (2)"], "Summary (3)"],
  ])("%j among %j → %j", (base, existing, expected) => {
    expect(chooseSheetName(base, existing)).toBe(expected);
  });

  it("keeps the numbered name within 31 characters", () => {
    const base = "가".repeat(31);
    const name = chooseSheetName(base, [base]);
    expect(name).toBe(`${"가".repeat(27)} (2)`);
    expect(isValidSheetName(name)).toBe(true);
  });
});

describe("report sheet names", () => {
  it("names the minutes and the summary by year and quarter", () => {
    expect(reportSheetBases(2024, 2)).toEqual({ minutes: "회의록 2024-2분기", summary: "집행현황 2024-2분기" });
  });
});

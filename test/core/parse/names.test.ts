import { isTotalLabel, matchSheetName, nearestName, normalizeName, splitSheetYear } from "../../../src/core/parse/names";

describe("normalizeName", () => {
  it.each([
    ["  홍보   사업 ", "홍보 사업"],
    ["홍보\u00a0사업", "홍보 사업"],
    ["홍보\u3000사업", "홍보 사업"],
    ["홍보\t\n사업", "홍보 사업"],
    ["공공구매".normalize("NFD"), "공공구매"],
  ])("%p → %p", (raw, norm) => {
    expect(normalizeName(raw)).toBe(norm);
  });
});

describe("matchSheetName", () => {
  const budget = ["예산", "예산총괄", "예산현황", "Budget"];
  it.each(["예산", "2024 예산", "2024예산", "2024년 예산", "예산(2024)", "예산 (2024)", "예산_2024", "예산 2024", "BUDGET", "budget 2024", "FY2024 Budget", " 예산 총괄 ", "예산".normalize("NFD"), "예산 (2)", "2024 예산 (2)", "예산(2024) (3)"])(
    "%p is a budget sheet",
    (name) => {
      expect(matchSheetName(name, budget)).toBe(true);
    },
  );
  it.each(["예산안", "집행내역", "2024", "예산2", "Budgets", "", "(2)"])("%p is not", (name) => {
    expect(matchSheetName(name, budget)).toBe(false);
  });
  it("reads the year", () => {
    expect(splitSheetYear("예산(2024)")).toEqual({ key: "예산", year: 2024 });
    expect(splitSheetYear("2023년 예산")).toEqual({ key: "예산", year: 2023 });
    expect(splitSheetYear("예산")).toEqual({ key: "예산", year: null });
    // Excel's copy suffix is not a year.
    expect(splitSheetYear("2024 예산 (2)")).toEqual({ key: "예산", year: 2024 });
    expect(splitSheetYear("예산 (2)")).toEqual({ key: "예산", year: null });
  });
});

describe("isTotalLabel", () => {
  it.each(["합계", "합 계", "소계", "계", "총계", "총합계", "누계", "Total", "TOTAL", "Subtotal", "Sub total", "Grand total", "1분기 소계", "소계(교육)", "[합계]", "※ 합계", "합계:", "교육사업 소계", "합계".normalize("NFD"), "Total (Q1)", "2024년 합계", "교육 계", "1분기소계", "합계 (1~2분기)"])(
    "%p is a total",
    (s) => {
      expect(isTotalLabel(s)).toBe(true);
    },
  );
  it.each(["회계 교육", "통계 조사", "설계", "공공구매 컨설팅", "Totally new program", "", "계약 체결", "총계정원장 출력", "합계표 작성 교육", "소계획 수립", "회계감사 소계정"])("%p is not", (s) => {
    expect(isTotalLabel(s)).toBe(false);
  });
});

describe("nearestName", () => {
  const known = ["공공구매 컨설팅", "홍보 영상 제작", "사회적경제 장터", "뉴스레터"];
  it.each([
    ["공공구매컨설팅", "공공구매 컨설팅"],
    ["홍보영상제작", "홍보 영상 제작"],
    ["홍보 영상", "홍보 영상 제작"],
    ["사회적경제 장텨", "사회적경제 장터"],
    ["뉴스래터", "뉴스레터"],
  ])("%p → %p", (name, near) => {
    expect(nearestName(name, known)).toBe(near);
  });
  it("gives nothing for an unrelated name", () => {
    expect(nearestName("인건비", known)).toBeNull();
  });
});

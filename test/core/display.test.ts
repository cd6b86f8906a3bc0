import { formatAmount, formatKoreanDate, formatKoreanMonthDay, formatPeriod, formatRatio, formatRatioOf, formatWon } from "../../src/core/display";
import fc from "fast-check";

describe("display", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1,000"],
    [192500000, "192,500,000"],
    [-50000, "-50,000"],
  ])("formatAmount(%p) = %p", (n, s) => {
    expect(formatAmount(n)).toBe(s);
  });

  it("formats won", () => {
    expect(formatWon(192500000)).toBe("192,500,000원");
  });

  it.each<[number, number, 0 | 1, string]>([
    [66460585, 192500000, 0, "35%"], // 34.525…%
    [66460585, 96250000, 0, "69%"], // 69.049…%
    [66460585, 192500000, 1, "34.5%"],
    [66460585, 96250000, 1, "69.0%"],
    [345, 1000, 0, "35%"], // exactly 34.5% rounds up
    [3445, 10000, 1, "34.5%"], // exactly 34.45% rounds up
    [1, 3, 0, "33%"],
    [2, 3, 0, "67%"],
    [0, 5, 0, "0%"],
    [5, 0, 0, "-"],
    [0, 0, 1, "-"],
    [-345, 1000, 0, "-35%"],
    [120, 100, 0, "120%"],
  ])("formatRatioOf(%p, %p, %p) = %p", (n, d, dec, s) => {
    expect(formatRatioOf(n, d, dec)).toBe(s);
  });

  it.each<[number | null, 0 | 1, string]>([
    [0.345252, 0, "35%"],
    [0.6905, 0, "69%"],
    [0.345, 0, "35%"],
    [0.345, 1, "34.5%"],
    [0.34449, 1, "34.4%"],
    [null, 0, "-"],
    [Number.NaN, 0, "-"],
    [Number.POSITIVE_INFINITY, 1, "-"],
  ])("formatRatio(%p, %p) = %p", (r, dec, s) => {
    expect(formatRatio(r, dec)).toBe(s);
  });

  it("agrees with float rounding away from exact halves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (n, d) => {
        const exact = formatRatioOf(n, d);
        expect(exact).toMatch(/^\d+%$/);
        const x = (n * 100) / d;
        if (Math.abs(x - Math.floor(x) - 0.5) > 1e-6) expect(exact).toBe(`${Math.round(x)}%`);
      }),
    );
  });

  it("formats Korean dates", () => {
    expect(formatKoreanDate("2024-05-24")).toBe("2024년 5월 24일");
    expect(formatKoreanMonthDay("2024-05-24")).toBe("5월 24일");
    expect(formatKoreanMonthDay("2024-12-01")).toBe("12월 1일");
  });
});

describe("formatPeriod", () => {
  it.each([
    [1, "ko", "1분기"],
    [2, "ko", "1~2분기"],
    [4, "ko", "1~4분기"],
    [1, "en", "Q1"],
    [3, "en", "Q1–Q3"],
  ] as const)("quarter %p in %p is %p", (q, locale, expected) => {
    expect(formatPeriod(q, locale)).toBe(expected);
  });
});

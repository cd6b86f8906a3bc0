import { tryParseAmount } from "../../../src/core/parse/amount";
import type { CellValue } from "../../../src/core/grid";

describe("tryParseAmount", () => {
  it.each<[CellValue, number]>([
    [1200000, 1200000],
    [0, 0],
    [-50000, -50000],
    [66460585.00000001, 66460585], // formula noise from =SUM of whole won
    ["1200000", 1200000],
    ["1,200,000", 1200000],
    ["1,200,000원", 1200000],
    ["1,200,000 원", 1200000],
    ["₩1,200,000", 1200000],
    ["￦1,200,000", 1200000],
    ["\\1,200,000", 1200000],
    ["  1,200,000  ", 1200000],
    ["\u00a01,200,000\u00a0", 1200000],
    ["１２３，４５６", 123456],
    ["１２３，４５６원", 123456],
    ["(50,000)", -50000],
    ["-50,000", -50000],
    ["−50,000", -50000],
    ["-50,000원", -50000],
    ["₩-50,000", -50000],
    ["(₩50,000)", -50000],
    ["+1,000", 1000],
    ["1,200,000.00", 1200000],
    ["1 200 000", 1200000],
    ["-", 0],
    [1_000_000_000_000, 1_000_000_000_000],
  ])("%p is %p won", (cell, expected) => {
    expect(tryParseAmount(cell)).toEqual({ ok: true, value: expected });
  });

  it.each<[CellValue, string]>([
    [null, "amount-missing"],
    ["", "amount-missing"],
    ["   ", "amount-missing"],
    [1200.5, "fractional-won"],
    ["1,200.5", "fractional-won"],
    ["0.5원", "fractional-won"],
    ["12만원", "not-an-amount"],
    ["abc", "not-an-amount"],
    ["1,20,000", "not-an-amount"],
    ["1.200.000", "not-an-amount"],
    ["--5", "not-an-amount"],
    ["()", "not-an-amount"],
    ["1e5", "not-an-amount"],
    ["NaN", "not-an-amount"],
    ["Infinity", "not-an-amount"],
    [Number.NaN, "not-an-amount"],
    [Number.POSITIVE_INFINITY, "not-an-amount"],
    [Number.NEGATIVE_INFINITY, "not-an-amount"],
    [1e20, "amount-too-large"],
    [1_000_000_000_001, "amount-too-large"],
    ["9,999,999,999,999,999", "amount-too-large"],
    [true, "not-an-amount"],
    [{ kind: "date", serial: 45436 }, "not-an-amount"],
    [{ kind: "error", code: "#REF!" }, "formula-error"],
    [{ kind: "error", code: "#N/A" }, "formula-error"],
  ])("%p is %p", (cell, problem) => {
    expect(tryParseAmount(cell)).toEqual({ ok: false, error: problem });
  });

  it("never returns -0", () => {
    const r = tryParseAmount("(0)");
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});

import { parseAnalyzeOptions, tryParseWorkbookGrid } from "../../src/core/schema";
import { coerceCell } from "../../src/core/read-sheets";

describe("tryParseWorkbookGrid", () => {
  it("accepts a grid, filling a missing origin and coercing odd cells", () => {
    const r = tryParseWorkbookGrid({
      sheets: [{ name: "예산", values: [["사업명", 1, true, null, { kind: "date", serial: 45436 }, { kind: "error", code: "#N/A" }, undefined, { x: 1 }]] }],
    });
    expect(r).toEqual({
      ok: true,
      value: {
        sheets: [
          {
            name: "예산",
            origin: { row: 0, col: 0 },
            values: [["사업명", 1, true, null, { kind: "date", serial: 45436 }, { kind: "error", code: "#N/A" }, null, null]],
          },
        ],
      },
    });
  });

  it.each([null, {}, { sheets: "x" }, { sheets: [{ name: 1, values: [] }] }, { sheets: [{ name: "a", values: [1] }] }])(
    "rejects the shape %p with a reason",
    (input) => {
      const r = tryParseWorkbookGrid(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(3);
    },
  );
});

describe("parseAnalyzeOptions", () => {
  it("keeps valid options and normalises the as-of date", () => {
    expect(parseAnalyzeOptions({ year: 2024, quarter: 2, asOf: "2024. 5. 24.", ratioDecimals: 1, centerName: "x" })).toEqual({
      options: { year: 2024, quarter: 2, asOf: "2024-05-24", ratioDecimals: 1 },
      issues: [],
    });
  });

  it("drops each invalid option with a warning naming it", () => {
    const r = parseAnalyzeOptions({ year: 24.5, quarter: 5, asOf: "2024-02-30", ratioDecimals: 2 });
    expect(r.options).toEqual({});
    expect(r.issues.map((i) => [i.code, i.severity, i.params["option"], i.params["value"]])).toEqual([
      ["option-invalid", "warning", "year", "24.5"],
      ["option-invalid", "warning", "quarter", "5"],
      ["option-invalid", "warning", "asOf", "2024-02-30"],
      ["option-invalid", "warning", "ratioDecimals", "2"],
    ]);
  });

  it.each([undefined, null, "2024", 5])("treats %p as no options", (input) => {
    expect(parseAnalyzeOptions(input)).toEqual({ options: {}, issues: [] });
  });
});

describe("coerceCell", () => {
  it.each<[unknown, unknown]>([
    [undefined, null],
    [10n, 10],
    [{ kind: "date" }, { kind: "date", serial: Number.NaN }],
    [{ kind: "error" }, { kind: "error", code: "#ERROR" }],
    [new Date(Date.UTC(2024, 4, 24)), { kind: "date", serial: 45436 }],
    [Symbol("x"), null],
    [() => 1, null],
  ])("%p → %p", (input, cell) => {
    expect(coerceCell(input)).toEqual(cell);
  });
});

// The host edge: what a host hands over is parsed once into a grid the core trusts (cells coerced,
// the shape refused with a reason), and the user's choice is checked field by field.
import { parseChoice } from "../../src/core/choice";
import { coerceCell, tryParseWorkbookGrid } from "../../src/core/grid-parse";
import type { Issue } from "../../src/core/issues/issue";

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

describe("parseChoice", () => {
  const parse = (input: unknown) => {
    const issues: Issue[] = [];
    return { choice: parseChoice(input, issues), issues };
  };

  it("keeps valid choices and normalises the as-of date", () => {
    expect(parse({ period: { year: 2024, quarter: 2, asOf: "2024. 5. 24." }, ratioDecimals: 1, centerName: "x" })).toEqual({
      choice: { period: { year: 2024, quarter: 2, asOf: "2024-05-24" }, ratioDecimals: 1 },
      issues: [],
    });
  });

  it("drops each invalid choice with a warning naming it and its value", () => {
    const r = parse({ period: { year: 24.5, quarter: 5, asOf: "2024-02-30" }, ratioDecimals: 2 });
    expect(r.choice).toEqual({ period: {} });
    expect(r.issues.map((i) => [i.code, i.severity, i.code === "option-invalid" ? i.params.option : null, i.value])).toEqual([
      ["option-invalid", "warning", "year", "24.5"],
      ["option-invalid", "warning", "quarter", "5"],
      ["option-invalid", "warning", "asOf", "2024-02-30"],
      ["option-invalid", "warning", "ratioDecimals", "2"],
    ]);
  });

  it.each([undefined, null, "2024", 5, { period: "2024" }])("treats %p as no choice", (input) => {
    expect(parse(input)).toEqual({ choice: { period: {} }, issues: [] });
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

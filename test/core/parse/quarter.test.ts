import { tryParseQuarters, tryParseReportQuarter } from "../../../src/core/parse/quarter";
import type { CellValue } from "../../../src/core/grid";

describe("tryParseQuarters", () => {
  const rows: [CellValue, number[], number?][] = [
    [null, []],
    ["", []],
    [2, [2]],
    ["2분기", [2]],
    ["2 분기", [2]],
    ["Q2", [2]],
    ["q2", [2]],
    ["2Q", [2]],
    ["2/4분기", [2]],
    ["２분기", [2]],
    ["2024-Q2", [2], 2024],
    ["2024Q2", [2], 2024],
    ["2024년 2분기", [2], 2024],
    ["2024 Q2", [2], 2024],
    ["Q2 2024", [2], 2024],
    ["3, 4분기", [3, 4]],
    ["3,4분기", [3, 4]],
    ["3분기, 4분기", [3, 4]],
    ["1~2분기", [1, 2]],
    ["1분기~2분기", [1, 2]],
    ["1-2분기", [1, 2]],
    ["Q2-Q3", [2, 3]],
    ["Q1, Q3", [1, 3]],
    ["2·3분기", [2, 3]],
    ["2, 3, 4분기", [2, 3, 4]],
    ["4, 3분기", [3, 4]],
    ["상반기", [1, 2]],
    ["하반기", [3, 4]],
    ["연중", [1, 2, 3, 4]],
  ];
  // Explicit null for "no year": jest would pass its done callback for a missing last column.
  it.each(rows.map(([c, q, y]) => [c, q, y ?? null] as const))("%p is %p (year %p)", (cell, quarters, year) => {
    const r = tryParseQuarters(cell);
    expect(r).toEqual({ ok: true, value: year === null ? { quarters } : { year, quarters } });
  });

  it.each<[CellValue, string]>([
    ["5분기", "quarter-invalid"],
    ["0분기", "quarter-invalid"],
    ["Q5", "quarter-invalid"],
    ["3~1분기", "quarter-invalid"],
    ["분기", "quarter-invalid"],
    ["언젠가", "quarter-invalid"],
    [5, "quarter-invalid"],
    [2.5, "quarter-invalid"],
    [true, "quarter-invalid"],
    [{ kind: "date", serial: 45436 }, "quarter-invalid"],
    [{ kind: "error", code: "#N/A" }, "formula-error"],
  ])("%p is %p", (cell, problem) => {
    expect(tryParseQuarters(cell)).toEqual({ ok: false, error: problem });
  });
});

describe("tryParseReportQuarter", () => {
  it.each(["2024Q2", "2024-Q2", "2024 Q2", "2024년 2분기", "2024q2", "Q2 2024", "2024-2Q"])("%s is 2024 Q2", (text) => {
    expect(tryParseReportQuarter(text)).toEqual({ ok: true, value: { year: 2024, quarter: 2 } });
  });

  it.each(["Q2", "2분기", "2024", "2024Q5", "2024 1~2분기", "", "2024Q"])("%s is rejected", (text) => {
    expect(tryParseReportQuarter(text).ok).toBe(false);
  });
});

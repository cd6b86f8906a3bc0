import { tryParseArgs } from "../../src/cli/args";

describe("tryParseArgs: commands", () => {
  test.each([
    [["validate", "a.xlsx"], { name: "validate", file: "a.xlsx", json: false, period: {} }],
    [["validate", "a.xlsx", "--year", "2024", "--json"], { name: "validate", file: "a.xlsx", json: true, period: { year: 2024 } }],
    [
      ["figures", "a.xlsx", "--quarter", "2024Q2", "--as-of", "2024-05-24"],
      { name: "figures", file: "a.xlsx", json: false, period: { year: 2024, quarter: 2, asOf: "2024-05-24" } },
    ],
    [["figures", "--quarter=2024년 2분기", "a.xlsx", "--decimals", "1"], { name: "figures", file: "a.xlsx", json: false, period: { year: 2024, quarter: 2, ratioDecimals: 1 } }],
    [["figures", "a.xlsx", "--as-of", "2024.5.24"], { name: "figures", file: "a.xlsx", json: false, period: { asOf: "2024-05-24" } }],
    [
      ["report", "a.xlsx", "--quarter", "2024-Q2", "--out", "b.xlsx", "--force", "--replace", "--json"],
      { name: "report", file: "a.xlsx", json: true, period: { year: 2024, quarter: 2 }, out: "b.xlsx", force: true, replace: true },
    ],
    [["report", "a.xlsx"], { name: "report", file: "a.xlsx", json: false, period: {}, force: false, replace: false }],
    [["template", "new.xlsx", "--year", "2025"], { name: "template", out: "new.xlsx", force: false, json: false, year: 2025 }],
    [[], { name: "help" }],
    [["help"], { name: "help" }],
    [["report", "--help"], { name: "help" }],
  ])("%j", (argv, expected) => {
    expect(tryParseArgs(argv)).toEqual({ ok: true, value: expected });
  });
});

describe("tryParseArgs: usage errors are one Korean line", () => {
  test.each([
    [["check", "a.xlsx"], "알 수 없는 명령"],
    [["validate"], "통합문서(.xlsx) 파일을 적어"],
    [["template"], "만들 파일 이름"],
    [["validate", "a.xlsx", "b.xlsx"], "파일은 하나만"],
    [["validate", "a.xlsx", "--out", "x.xlsx"], "없는 옵션"],
    [["figures", "a.xlsx", "--quarter"], "값이 없습니다"],
    [["figures", "a.xlsx", "--quarter", "--json"], "값이 없습니다"],
    [["figures", "a.xlsx", "--quarter", "2024Q5"], "--quarter 값을 알 수 없습니다"],
    [["figures", "a.xlsx", "--quarter", "Q2"], "--quarter 값을 알 수 없습니다"],
    [["figures", "a.xlsx", "--as-of", "2024-02-30"], "--as-of 값이 날짜가 아닙니다"],
    [["figures", "a.xlsx", "--year", "24"], "연도"],
    [["figures", "a.xlsx", "--year", "2023", "--quarter", "2024Q2"], "연도가 다릅니다"],
    [["figures", "a.xlsx", "--quarter", "2024Q2", "--as-of", "2023-05-24"], "2024년이 아닙니다"],
    [["figures", "a.xlsx", "--decimals", "2"], "0 또는 1"],
    [["report", "a.xlsx", "--force=yes"], "값을 붙이지"],
    [["report", "a.xlsx", "--quarter", "2024Q2", "--quarter", "2024Q3"], "두 번"],
  ])("%j", (argv, fragment) => {
    const r = tryParseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(fragment);
      expect(r.error).not.toContain("\n");
    }
  });
});

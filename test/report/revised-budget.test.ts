// A revised budget in the report (issue 8, rule 2): the figures use each line's latest revision,
// and the minutes and 집행현황 say which budget it is ("2024년 총 예산(변경)"); an unrevised one
// keeps the plain words.
import { analyze } from "../../src/core/analyze";
import { planReport } from "../../src/core/report";
import { corpusCase } from "../reading/corpus";
import { planLines } from "./plan-text";

function report(id: string) {
  const c = corpusCase(id);
  const outcome = planReport(analyze(c.workbook, { period: { asOf: c.asOf } }));
  if (!outcome.ok) throw new Error(`refused: ${outcome.issues.map((i) => i.code).join(", ")}`);
  const sheet = (name: string) => outcome.plan.sheets.find((s) => s.name === name)!;
  return { minutes: planLines(sheet(outcome.minutesSheet)), summary: planLines(sheet(outcome.summarySheet)), figures: outcome.analysis.figures! };
}

test("the minutes and 집행현황 name the revised budget, 113,000,000원", () => {
  const r = report("rev-bonyesan-1hoe-2hoe");
  expect(r.figures.totalBudget).toBe(113_000_000);
  expect(r.figures.originalBudget).toBe(100_000_000);
  expect(r.minutes.some((l) => l === "2024년 총 예산(변경) | 113,000,000원")).toBe(true);
  expect(r.summary.some((l) => l.startsWith("2024년 총 예산(변경)"))).toBe(true);
});

test("an unrevised budget keeps '2024년 총 예산'", () => {
  const r = report("control-base");
  expect(r.figures.originalBudget).toBeUndefined();
  expect(r.minutes.some((l) => l === "2024년 총 예산 | 100,000,000원")).toBe(true);
});

test("집행현황 shows each line's 변경예산, 본예산 and 증감 when the budget is revised, and only 예산액 when not", () => {
  const r = report("rev-bonyesan-1hoe-2hoe");
  expect(r.summary.some((l) => l.startsWith("구분 | 사업명 | 변경예산 | 1분기") && l.endsWith("집행률 | 잔액 | 본예산 | 증감"))).toBe(true);
  // 인건비: 60,000,000 revised to 70,000,000.
  const parts = r.summary.find((l) => l.split(" | ").includes("인건비"))!.split(" | ");
  expect(parts.slice(-2)).toEqual(["60000000", "10000000"]);
  expect(parts[parts.indexOf("인건비") + 1]).toBe("70000000");
  const total = r.summary.find((l) => l.startsWith("합계 | "))!;
  expect(total.split(" | ").slice(-2)).toEqual(["100000000", "13000000"]);
  expect(report("control-base").summary.some((l) => l.startsWith("구분 | 사업명 | 예산액 | ") && l.endsWith("집행률 | 잔액"))).toBe(true);
});

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

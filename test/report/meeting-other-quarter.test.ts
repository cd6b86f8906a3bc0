// A meeting sheet written for one quarter, a report asked for another (the pane's period, or
// --quarter): the minutes must not print the other meeting's name, date, place or attendees.
import { analyze } from "../../src/core/analyze";
import { planReport } from "../../src/core/report";
import { sampleWorkbookGrid } from "../../src/sample";
import { planLines } from "./plan-text";

const SEED_TITLE = "용산구사회적경제 통합지원센터 2024년 2분기 운영위원회";

function minutes(quarter?: 1 | 2 | 3) {
  const analysis = analyze(sampleWorkbookGrid(), quarter ? { period: { quarter } } : {});
  const outcome = planReport(analysis);
  if (!outcome.ok) throw new Error("the sample should report");
  return { analysis, text: planLines(outcome.plan.sheets[0]!).join("\n") };
}

describe("a meeting sheet of another quarter", () => {
  test("its own quarter: the meeting's fields as written, no warning", () => {
    const { analysis, text } = minutes();
    expect(text).toContain("2024년 6월 4일 16시");
    expect(text).toContain("조정옥");
    expect(analysis.issues.some((i) => i.code === "meeting-other-quarter")).toBe(false);
  });

  test.each([1, 3] as const)("a %i분기 report leaves out the 2분기 meeting's date, place, attendees and remarks, and says so", (q) => {
    const { analysis, text } = minutes(q);
    for (const other of ["2024년 6월 4일 16시", "교육장", "조정옥", "김재성", "숙대 esg 아카데미", "큰 사업들이 3, 4분기에"]) expect(text).not.toContain(other);
    // The default title of this quarter, not the sheet's 2분기 title.
    expect(text).not.toContain(SEED_TITLE);
    expect(text).toContain(`2024년 ${q}분기 운영위원회`);
    const warning = analysis.issues.find((i) => i.code === "meeting-other-quarter");
    expect(warning).toMatchObject({ severity: "warning", sheet: "회의정보", params: { meetingQuarter: "2024년 2분기", used: `2024년 ${q}분기` } });
    expect(warning && "fields" in warning.params ? warning.params.fields : "").toContain("참석자");
    // The figures are this quarter's all the same.
    expect(analysis.figures?.quarter).toBe(q);
  });
});

// Section 2 of the minutes, last meeting's follow-up: from the meeting sheet's tables, else the
// previous quarter's minutes sheet (as this add-in writes it, edited by hand, or copied), else
// 해당 없음 with a note; and a 1분기 → 2분기 flow through the core (generate Q1, read its minutes
// back, generate Q2).
import { analyze, type Analysis } from "../../src/core/analyze";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import type { Issue } from "../../src/core/issues/issue";
import { renderIssue } from "../../src/core/issues/render";
import { readPreviousMinutes } from "../../src/core/meeting/previous-minutes";
import { planReport } from "../../src/core/report";
import { sampleWorkbookGrid } from "../../src/sample/index";
import { firstQuarterBook, withoutFollowUpTables } from "./first-quarter";
import { linesBetween, planGrid, planLines, programName, section2 } from "./plan-text";

function minutesLines(grid: WorkbookGrid, period?: { quarter: 1 | 2 | 3 | 4 }): { lines: string[]; analysis: Analysis; issues: readonly Issue[] } {
  const analysis = analyze(grid, period ? { period } : {});
  const out = planReport(analysis);
  if (!out.ok) throw new Error(`no report: ${out.issues.filter((i) => i.severity === "error").map((i) => i.code).join(", ")}`);
  return { lines: planLines(out.plan.sheets[0]!), analysis, issues: out.issues };
}

const decisions = (lines: readonly string[]) => linesBetween(lines, "2) 결정사항에 대한", "3. ");
const said = (issues: readonly Issue[], code: string) => issues.filter((i) => i.code === code).map((i) => renderIssue(i, "ko").message);

// The sample as a 1분기 workbook: no tables, so the Q1 minutes and then the Q2 minutes are made from the data.
const base = firstQuarterBook();
const q1 = planReport(analyze(base, { period: { quarter: 1 } }));
if (!q1.ok) throw new Error("the sample must give a Q1 report");
const q1Minutes = q1.plan.sheets[0]!;
const q1Lines = planLines(q1Minutes);
const q1Planned = linesBetween(q1Lines, "4. 2024년", "5. 기타 논의 사항").map((l) => l.replace(/^- /, ""));

function withSheets(grid: WorkbookGrid, ...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets: [...grid.sheets, ...sheets] };
}

describe("1분기 → 2분기: section 2 reports on each program the 1분기 minutes planned", () => {
  const { lines, analysis, issues } = minutesLines(withSheets(base, planGrid(q1Minutes)));

  it("the 1분기 minutes plan the programs of 2분기 and later, with their remarks, and show nothing of April as done", () => {
    expect(q1.minutesSheet).toBe("회의록 2024-1분기");
    expect(q1Planned).toContain("꽃장, 피우장");
    expect(q1Planned).toContain("2024 용산구 사회적경제 ESG 페스터 / 용산구 청년 축제 시 공동 운영");
    expect(linesBetween(q1Lines, "2) 1분기 추진 사업 보고", "4. 2024년").join("\n")).not.toContain("꽃장");
  });

  it("lists every one of them in section 2, grouped by category, with its progress from the programs sheet", () => {
    expect(analysis.followUp?.plansFrom).toBe("minutes");
    expect(analysis.followUp?.minutesSheet).toBe("회의록 2024-1분기");
    expect(analysis.followUp?.plans.map((p) => p.name).sort()).toEqual(q1Planned.map((l) => l.replace(/ \/ .*$/, "")).sort());
    const s2 = section2(lines);
    expect(s2[0]).toBe("- 전략수립 및 조사 : 2024 용산구 공무원 대상 공공구매 교육 → 완료");
    expect(s2).toContain("• 꽃장, 피우장 → 완료");
    expect(s2).toContain("• 2024 용산구 사회적경제 ESG 페스터 → 용산구 청년 축제 시 공동 운영");
    expect(s2).toContain("• 사회적경제 홍보영상 제작 중(3건) → 진행중");
    // Planned and still planned: 예정.
    expect(s2).toContain("• 2024 용산구 사회적경제 의제별 협업지원 사업 → 예정");
    expect(analysis.followUp?.plans.every((p) => p.progressFrom === "programs")).toBe(true);
  });

  it("says what it carried and from where", () => {
    expect(said(issues, "minutes-carried")).toEqual([`2. 전차 회의록 보고: 1분기 회의록('회의록 2024-1분기')에서 ${q1Planned.length}개 사업을 가져왔습니다. 결정사항은 해당 없음입니다.`]);
    expect(decisions(lines)).toEqual(["- 해당 없음"]);
  });

  it("takes the previous minutes' 결정사항 from their footer", () => {
    const edited = planGrid(q1Minutes);
    const footer = edited.values.findIndex((r) => r[0] === "결정사항");
    const rows = edited.values.map((r) => [...r]);
    rows[footer]![1] = "- 자생력 강화 지원사업 계획수립 후 운영위 공유\n- 자문위원 리스트 안내";
    const got = minutesLines(withSheets(base, { ...edited, values: rows }));
    expect(decisions(got.lines)).toEqual(["- 자생력 강화 지원사업 계획수립 후 운영위 공유", "- 자문위원 리스트 안내"]);
    expect(said(got.issues, "minutes-decision-no-progress")).toHaveLength(1);
    expect(said(got.issues, "minutes-carried")[0]).toContain("결정사항 2건");
  });
});

describe("where section 2 comes from", () => {
  it("the meeting sheet's tables come before the previous minutes", () => {
    const { lines, analysis, issues } = minutesLines(withSheets(sampleWorkbookGrid(), planGrid(q1Minutes)));
    expect(analysis.followUp?.plansFrom).toBe("meeting");
    expect(analysis.followUp?.decisionsFrom).toBe("meeting");
    expect(analysis.followUp?.minutesSheet).toBeNull();
    expect(section2(lines)[0]).toBe("- 전략수립 및 조사 → 2월 말 완료(기업 운영 현황 조사)");
    expect(said(issues, "minutes-carried")).toEqual(["2. 전차 회의록 보고: '회의정보' 시트에서 [전차 추진 계획] 11개 사업, 결정사항 2건을 가져왔습니다."]);
  });

  it("each part on its own: the table's decisions with the minutes' plans", () => {
    const noPlans = withoutFollowUpTables(withSheets(sampleWorkbookGrid(), planGrid(q1Minutes)), "plans");
    const { analysis, issues } = minutesLines(noPlans);
    expect([analysis.followUp?.plansFrom, analysis.followUp?.decisionsFrom]).toEqual(["minutes", "meeting"]);
    expect(said(issues, "minutes-carried")[0]).toBe(
      `2. 전차 회의록 보고: 1분기 회의록('회의록 2024-1분기')에서 ${q1Planned.length}개 사업, '회의정보' 시트에서 결정사항 2건을 가져왔습니다.`,
    );
  });

  it("a progress left blank in the table comes from the programs sheet, else reads 미실행 with a note", () => {
    const grid = withSheets(sampleWorkbookGrid());
    const edited: WorkbookGrid = {
      sheets: grid.sheets.map((s) => {
        if (s.name !== "회의정보") return s;
        const rows = s.values.map((r) => [...r]);
        const at = rows.findIndex((r) => r[1] === "전문위원 간담회");
        rows[at]![2] = null;
        rows.splice(at + 1, 0, [null, "꽃장, 피우장", null]);
        return { ...s, values: rows };
      }),
    };
    const { lines, analysis, issues } = minutesLines(edited);
    expect(section2(lines)).toContain("• 전문위원 간담회 → 미실행");
    expect(section2(lines)).toContain("• 꽃장, 피우장 → 완료");
    expect(analysis.followUp?.plans.find((p) => p.name === "꽃장, 피우장")?.progressFrom).toBe("programs");
    expect(said(issues, "minutes-plan-not-found")).toEqual(["전차 추진 계획의 사업 1개가 사업현황 시트에 없어 진행 상황을 '미실행'으로 적었습니다: '전문위원 간담회'"]);
  });

  it("the meeting sheet's tables belong to its own 보고분기: a 1분기 report does not use the 2분기 tables", () => {
    const { lines, issues } = minutesLines(sampleWorkbookGrid(), { quarter: 1 });
    expect(section2(lines)).toEqual(["- 해당 없음"]);
    expect(decisions(lines)).toEqual(["- 해당 없음"]);
    expect(said(issues, "minutes-table-other-quarter")).toEqual(["'회의정보' 시트의 [전차 추진 계획]·[전차 결정사항]은 2024년 2분기 것이라 2024년 1분기 회의록에는 쓰지 않았습니다."]);
  });

  it("a 1분기 report looks for last year's 4분기 minutes", () => {
    const last = planGrid(q1Minutes, "회의록 2023-4분기");
    const { lines, analysis } = minutesLines(withSheets(base, last), { quarter: 1 });
    // The sample's meeting sheet is 2분기's: its reporter does not report at the 1분기 meeting.
    expect(lines).toContain("2. 2023년 4분기(전차) 회의록 보고");
    expect(analysis.issues.some((i) => i.code === "meeting-other-quarter")).toBe(true);
    expect(analysis.followUp?.minutesSheet).toBe("회의록 2023-4분기");
    expect(section2(lines).length).toBeGreaterThan(1);
  });

  it("missing: 해당 없음 and a note naming the sheet looked for", () => {
    const { lines, issues } = minutesLines(base);
    expect(section2(lines)).toEqual(["- 해당 없음"]);
    expect(decisions(lines)).toEqual(["- 해당 없음"]);
    expect(said(issues, "minutes-previous-missing")).toEqual(["전차(2024년 1분기) 회의록 시트 '회의록 2024-1분기'가 없어 2. 전차 회의록 보고의 추진 사업과 결정사항을 '해당 없음'으로 두었습니다."]);
    expect(said(issues, "minutes-carried")).toEqual([]);
  });

  it("renamed: 해당 없음, and the note names the sheet that looks like the minutes", () => {
    const { lines, issues } = minutesLines(withSheets(base, planGrid(q1Minutes, "1분기 회의록")));
    expect(section2(lines)).toEqual(["- 해당 없음"]);
    const note = issues.find((i) => i.code === "minutes-previous-missing")!;
    expect(renderIssue(note, "ko").hint).toContain("회의록으로 보이는 시트: '1분기 회의록'");
  });

  it("a copy named '회의록 2024-1분기 (2)' is read; with the original beside it, the copy (the newer) is used and a warning says so", () => {
    const copy = planGrid(q1Minutes, "회의록 2024-1분기 (2)");
    const alone = minutesLines(withSheets(base, copy));
    expect(alone.analysis.followUp?.minutesSheet).toBe("회의록 2024-1분기 (2)");
    expect(said(alone.issues, "minutes-previous-several")).toEqual([]);
    const rows = copy.values.map((r) => [...r]);
    const last = rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("5. "));
    rows.splice(last, 0, ["- 복사본에만 있는 사업"]);
    const both = minutesLines(withSheets(base, planGrid(q1Minutes), { ...copy, values: rows }));
    expect(both.analysis.followUp?.minutesSheet).toBe("회의록 2024-1분기 (2)");
    expect(section2(both.lines)).toContain("• 복사본에만 있는 사업 → 미실행");
    expect(said(both.issues, "minutes-previous-several")).toEqual(["전차 회의록으로 '회의록 2024-1분기 (2)' 시트를 읽었습니다. 같은 분기 회의록 '회의록 2024-1분기' 시트는 읽지 않았습니다."]);
  });

  it("a sheet of that name without a 향후 추진 예정 사업 heading: 해당 없음 and a warning", () => {
    const { lines, issues } = minutesLines(withSheets(base, { name: "회의록 2024-1분기", origin: { row: 0, col: 0 }, values: [["메모"], ["- 무엇"]] }));
    expect(section2(lines)).toEqual(["- 해당 없음"]);
    expect(issues.some((i) => i.code === "minutes-previous-unreadable" && i.severity === "warning")).toBe(true);
  });
});

describe("the previous minutes, edited by hand", () => {
  const grid = planGrid(q1Minutes);
  const rows: CellValue[][] = grid.values.map((r) => [...r]);
  const start = rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("4. "));
  const items = () => rows.slice(start + 1).findIndex((r) => typeof r[0] === "string" && r[0].startsWith("5. "));
  // Removed a line, retyped a bullet, typed a line into column C, put two programs in one cell,
  // grouped two unknown ones under a category line, and kept a "해당 없음" leftover.
  const removed = rows[start + 1]![0] as string;
  rows.splice(start + 1, 1);
  rows[start + 1]![0] = String(rows[start + 1]![0]).replace(/^- /, "• ");
  rows.splice(start + 2, 0, [null, null, "- 손으로 더한 사업"]);
  rows.splice(start + 3, 0, ["- 두 사업 중 첫째\n- 두 사업 중 둘째"]);
  const end = start + 1 + items();
  rows.splice(end, 0, ["- 거버넌스 구축 :"], ["• 새 간담회"], ["- 해당 없음"]);
  const read = readPreviousMinutes({ ...grid, values: rows });

  it("reads the lines as they are now", () => {
    expect(read.hasPlansSection).toBe(true);
    const texts = read.plans.map((p) => p.text);
    expect(texts).not.toContain(removed.replace(/^- /, ""));
    expect(texts[0]).toBe(String(rows[start + 1]![0]).replace(/^• /, ""));
    expect(texts).toEqual(expect.arrayContaining(["손으로 더한 사업", "두 사업 중 첫째", "두 사업 중 둘째", "새 간담회"]));
    expect(texts).not.toContain("해당 없음");
    expect(read.plans.find((p) => p.text === "새 간담회")?.category).toBe("거버넌스 구축");
    expect(read.plans.find((p) => p.text === "손으로 더한 사업")?.cell).toMatch(/^C\d+$/);
    expect(read.plans.length).toBe(q1Planned.length - 1 + 4);
  });

  it("and the report follows them", () => {
    const { lines } = minutesLines(withSheets(base, { ...grid, values: rows }));
    const s2 = section2(lines);
    expect(s2).toContain("• 손으로 더한 사업 → 미실행");
    expect(s2.join("\n")).toContain("새 간담회 → 미실행");
    expect(s2.join("\n")).not.toContain(`${programName(removed)} →`);
  });
});

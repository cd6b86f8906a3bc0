import type { Period } from "../../src/core/figures";
import type { Program, ProgramStatus, Quarter } from "../../src/core/model";
import { assignPrograms, groupByCategory, placeProgram, programLine, progressOf } from "../../src/core/plan/program-sections";

function p(name: string, o: { status?: ProgramStatus; date?: string; quarters?: Quarter[]; note?: string; category?: string } = {}): Program {
  return {
    ref: { sheet: "사업현황", row: 1 },
    category: o.category ?? "기타",
    name,
    quarters: o.quarters ?? [],
    ...(o.date ? { date: o.date } : {}),
    ...(o.status ? { status: o.status } : {}),
    note: o.note ?? "",
  };
}

const Q2: Period = { year: 2024, quarter: 2, asOf: "2024-05-24" };
const Q1: Period = { year: 2024, quarter: 1, asOf: "2024-03-31" };

function where(program: Program, period: Period = Q2): string {
  const s = assignPrograms([program], period);
  for (const q of [1, 2, 3, 4] as const) if (s.carriedOut[q].length) return `3-${q}`;
  if (s.planned.length) return "4";
  return "none";
}

describe("which section a program row goes in (report quarter 2024 Q2, as of 5월 24일)", () => {
  it.each<[string, Program, string]>([
    ["완료 with a Q1 date", p("a", { status: "done", date: "2024-03-07" }), "3-1"],
    ["완료 with a Q1 date and a remark: a remark never moves a program", p("a", { status: "done", date: "2024-02-29", note: "2월 말 완료" }), "3-1"],
    ["진행중 with a remark, planned for Q2", p("a", { status: "in-progress", quarters: [2], note: "제작 중(3건)" }), "3-2"],
    ["예정 with a remark", p("a", { status: "planned", quarters: [3], note: "용산구 청년 축제 시 공동 운영" }), "4"],
    ["미실행 with a remark", p("a", { status: "not-started", quarters: [1], note: "3분기 기획 중" }), "4"],
    ["미실행 without a remark", p("a", { status: "not-started", quarters: [1] }), "4"],
    ["취소", p("a", { status: "cancelled" }), "4"],
    ["완료 dated after the as-of date, in the report quarter: not done as of 5월 24일", p("a", { status: "done", date: "2024-05-31" }), "4"],
    ["완료 dated on the as-of date", p("a", { status: "done", date: "2024-05-24" }), "3-2"],
    ["진행중 without a date, planned for Q2", p("a", { status: "in-progress", quarters: [2] }), "3-2"],
    ["진행중 without a date over Q1–Q4: the latest quarter so far", p("a", { status: "in-progress", quarters: [1, 2, 3, 4] }), "3-2"],
    ["진행중 without a date, planned for Q3 only", p("a", { status: "in-progress", quarters: [3] }), "4"],
    ["no status but a date counts as carried out", p("a", { date: "2024-01-30" }), "3-1"],
    ["a date in another year falls back to the planned quarter", p("a", { status: "done", date: "2023-12-20", quarters: [1] }), "3-1"],
    ["완료 dated in Q3 is not carried out yet as of Q2", p("a", { status: "done", date: "2024-07-10" }), "4"],
    ["예정", p("a", { status: "planned", quarters: [3] }), "4"],
    ["기획중", p("a", { status: "planning", quarters: [3, 4] }), "4"],
    ["no status, no date", p("a", { quarters: [3] }), "4"],
  ])("%s → section %s", (_why, program, section) => {
    expect(where(program)).toBe(section);
  });

  it("a 1분기 report never shows as done what happened after its as-of date", () => {
    const april = p("꽃장, 피우장", { status: "done", date: "2024-04-18", quarters: [1, 2], note: "4월 서울시중부남부교육기술원과 협업하여 개최" });
    expect(where(april, Q1)).toBe("4");
    expect(placeProgram(april, Q1)).toEqual({ kind: "later", quarter: 2 });
    expect(progressOf(april, Q1)).toBe("4월 18일 예정");
    // Within Q1 but after an as-of date of 3월 15일: not yet either.
    const march = p("b", { status: "done", date: "2024-03-20" });
    expect(where(march, { ...Q1, asOf: "2024-03-15" })).toBe("4");
    expect(where(march, Q1)).toBe("3-1");
    // Undated, planned for Q2 and done now: a Q1 report does not count it.
    expect(where(p("c", { status: "done", quarters: [2] }), Q1)).toBe("4");
  });

  it("names the planned quarters from the report quarter on, else the next quarter", () => {
    expect(assignPrograms([p("a", { status: "planned", quarters: [2, 3] }), p("b", { status: "planned", quarters: [3] })], Q2).plannedQuarters).toEqual([2, 3]);
    expect(assignPrograms([p("a", { status: "planned" })], Q2).plannedQuarters).toEqual([3]);
    expect(assignPrograms([], { ...Q2, quarter: 4, asOf: "2024-12-31" }).plannedQuarters).toEqual([4]);
    // A program done after the as-of date names its own quarter.
    expect(assignPrograms([p("a", { status: "done", date: "2024-05-31" })], Q2).plannedQuarters).toEqual([2]);
  });

  it("keeps every row in exactly one section, in the sheet's order", () => {
    const all = [p("a", { note: "x" }), p("b", { status: "done", date: "2024-01-02" }), p("c", { status: "planned" }), p("d"), p("e", { status: "cancelled", note: "예산 부족" })];
    const s = assignPrograms(all, Q2);
    const placed = [...s.carriedOut[1], ...s.carriedOut[2], ...s.carriedOut[3], ...s.carriedOut[4], ...s.planned];
    expect(placed.map((x) => x.name).sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(s.planned.map((x) => x.name)).toEqual(["a", "c", "d", "e"]);
  });
});

describe("a program's line and its progress", () => {
  it("shows the remark beside the name as the seed does, and says when a program was cancelled", () => {
    expect(programLine(p("2024 용산구 사회적경제 ESG 페스터", { note: "용산구 청년 축제 시 공동 운영" }))).toBe("2024 용산구 사회적경제 ESG 페스터 / 용산구 청년 축제 시 공동 운영");
    expect(programLine(p("꽃장, 피우장"))).toBe("꽃장, 피우장");
    expect(programLine(p("a", { status: "cancelled" }))).toBe("a / 취소");
    expect(programLine(p("a", { status: "cancelled", note: "예산 부족" }))).toBe("a / 취소, 예산 부족");
    expect(programLine(p("a", { status: "cancelled", note: "취소(예산 부족)" }))).toBe("a / 취소(예산 부족)");
  });

  it("gives the remark, else the status word, else when it was done, else 미실행", () => {
    expect(progressOf(p("a", { status: "not-started", note: "3분기 기획 중" }), Q2)).toBe("3분기 기획 중");
    expect(progressOf(p("a", { status: "not-started" }), Q2)).toBe("미실행");
    expect(progressOf(p("a", { status: "in-progress", quarters: [2] }), Q2)).toBe("진행중");
    expect(progressOf(p("a", { date: "2024-02-21" }), Q2)).toBe("2월 21일 실시");
    expect(progressOf(p("a"), Q2)).toBe("미실행");
    expect(progressOf(p("a", { status: "done", date: "2024-05-30", note: "개최 완료" }), Q2)).toBe("5월 30일 예정");
    expect(progressOf(p("a", { status: "done", quarters: [3], note: "개최 완료" }), Q2)).toBe("3분기 예정");
  });
});

describe("grouping", () => {
  it("orders the five categories as the minutes do, others before 기타, spaces ignored", () => {
    const groups = groupByCategory([
      p("1", { category: "기타" }),
      p("2", { category: "운영" }),
      p("3", { category: "거버넌스  구축" }),
      p("4", { category: "전략수립 및 조사" }),
      p("5", { category: "거버넌스 구축" }),
    ]);
    expect(groups.map((g) => [g.category, g.items.map((x) => x.name)])).toEqual([
      ["전략수립 및 조사", ["4"]],
      ["거버넌스 구축", ["3", "5"]],
      ["운영", ["2"]],
      ["기타", ["1"]],
    ]);
  });
});

import type { Program, ProgramStatus, Quarter } from "../../src/core/model";
import { assignPrograms, groupByCategory, progressText } from "../../src/core/plan/program-sections";

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

function where(program: Program, year = 2024, quarter: Quarter = 2): string {
  const s = assignPrograms([program], year, quarter);
  if (s.followUp.length) return "2";
  for (const q of [1, 2, 3, 4] as const) if (s.carriedOut[q].length) return `3-${q}`;
  if (s.planned.length) return "4";
  return "none";
}

describe("which section a program row goes in (report quarter 2024 Q2)", () => {
  it.each<[string, Program, string]>([
    ["a note makes it a follow-up item", p("a", { status: "done", date: "2024-02-29", note: "2월 말 완료" }), "2"],
    ["미실행 without a note is a follow-up item", p("a", { status: "not-started", quarters: [1] }), "2"],
    ["취소 is a follow-up item", p("a", { status: "cancelled" }), "2"],
    ["완료 with a Q1 date", p("a", { status: "done", date: "2024-03-07" }), "3-1"],
    ["완료 dated after the as-of date but in the quarter", p("a", { status: "done", date: "2024-05-31" }), "3-2"],
    ["진행중 without a date, planned for Q2", p("a", { status: "in-progress", quarters: [2] }), "3-2"],
    ["진행중 without a date over Q1–Q4: the latest quarter so far", p("a", { status: "in-progress", quarters: [1, 2, 3, 4] }), "3-2"],
    ["no status but a date counts as carried out", p("a", { date: "2024-01-30" }), "3-1"],
    ["a date in another year falls back to the planned quarter", p("a", { status: "done", date: "2023-12-20", quarters: [1] }), "3-1"],
    ["완료 dated in Q3 is not carried out yet as of Q2", p("a", { status: "done", date: "2024-07-10" }), "4"],
    ["예정", p("a", { status: "planned", quarters: [3] }), "4"],
    ["기획중", p("a", { status: "planning", quarters: [3, 4] }), "4"],
    ["no status, no date", p("a", { quarters: [3] }), "4"],
  ])("%s → section %s", (_why, program, section) => {
    expect(where(program)).toBe(section);
  });

  it("names the planned quarters from the report quarter on, else the next quarter", () => {
    expect(assignPrograms([p("a", { status: "planned", quarters: [2, 3] }), p("b", { status: "planned", quarters: [3] })], 2024, 2).plannedQuarters).toEqual([2, 3]);
    expect(assignPrograms([p("a", { status: "planned" })], 2024, 2).plannedQuarters).toEqual([3]);
    expect(assignPrograms([], 2024, 4).plannedQuarters).toEqual([4]);
  });

  it("keeps every row in exactly one section", () => {
    const all = [p("a", { note: "x" }), p("b", { status: "done", date: "2024-01-02" }), p("c", { status: "planned" }), p("d")];
    const s = assignPrograms(all, 2024, 2);
    const placed = [...s.followUp, ...s.carriedOut[1], ...s.carriedOut[2], ...s.carriedOut[3], ...s.carriedOut[4], ...s.planned];
    expect(placed.map((x) => x.name).sort()).toEqual(["a", "b", "c", "d"]);
  });
});

describe("grouping and progress text", () => {
  it("orders the five categories as the minutes do, others before 기타, spaces ignored", () => {
    const groups = groupByCategory([
      p("1", { category: "기타" }),
      p("2", { category: "운영" }),
      p("3", { category: "거버넌스  구축" }),
      p("4", { category: "전략수립 및 조사" }),
      p("5", { category: "거버넌스 구축" }),
    ]);
    expect(groups.map((g) => [g.category, g.programs.map((x) => x.name)])).toEqual([
      ["전략수립 및 조사", ["4"]],
      ["거버넌스 구축", ["3", "5"]],
      ["운영", ["2"]],
      ["기타", ["1"]],
    ]);
  });

  it("shows the note, else the status word", () => {
    expect(progressText(p("a", { status: "not-started", note: "3분기 기획 중" }))).toBe("3분기 기획 중");
    expect(progressText(p("a", { status: "not-started" }))).toBe("미실행");
    expect(progressText(p("a"))).toBe("");
  });
});

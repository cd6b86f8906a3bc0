import type { CellValue, SheetGrid } from "../../src/core/grid";
import { paramOf } from "../../src/core/issues/issue";
import { readMeeting } from "../../src/core/meeting/read";
import { renderIssue } from "../../src/core/issues/render";
import { sampleMeetingSheet } from "../../src/sample/sample-meeting";

function sheet(name: string, rows: CellValue[][], origin = { row: 0, col: 0 }): SheetGrid {
  return { name, origin, values: rows };
}

describe("readMeeting on the sample (the seed's meeting)", () => {
  const { meeting, issues } = readMeeting({ sheets: [sampleMeetingSheet()] });

  it("reads every field", () => {
    expect(issues).toEqual([]);
    expect(meeting).not.toBeNull();
    const m = meeting!;
    expect(m.title).toBe("용산구사회적경제 통합지원센터 2024년 2분기 운영위원회");
    expect(m.year).toBe(2024);
    expect(m.quarter).toBe(2);
    expect(m.asOf).toBe("2024-05-24");
    expect(m.dateText).toBe("2024년 6월 4일 16시");
    expect(m.date).toBe("2024-06-04");
    expect(m.place).toBe("용산구사회적경제 통합지원센터 교육장");
    expect(m.reporters).toEqual({ previousMinutes: "이수민", budget: "조정옥", quarters: { 1: "이수민", 2: "조정옥" } });
    expect(m.budgetComment).toMatch(/^큰 사업들이 3, 4분기에 몰려있어서/);
    expect(m.requests).toBe("숙대 esg 아카데미 홍보 및 참여 요청");
    expect(m.decisions).toBeUndefined();
    expect(m.otherMatters).toBeUndefined();
  });

  it("reads the attendees with their roles, in order", () => {
    expect(meeting!.attendees.filter((a) => a.role === "member").map((a) => a.name)).toEqual(["조정옥", "김미선", "정희권", "김재성", "용은중", "박은주"]);
    expect(meeting!.attendees.filter((a) => a.role === "observer").map((a) => a.name)).toEqual(["김선경", "이수민"]);
  });

  it("reads the previous decisions and the discussion", () => {
    expect(meeting!.previousDecisions).toEqual([
      { decision: "사회적경제기업 자생력 강화 지원사업 계획수립 후 운영위 공유", progress: "미실행, 기획중" },
      { decision: "센터 자문위원 리스트 관내 기업에 안내, 기업 자문 지원 확대", progress: "미실행" },
    ]);
    expect(meeting!.discussion.map((r) => r.speaker)).toEqual(["용은중", "조정옥", "김재성", "용은중", "조정옥", "김미선", "박은주"]);
  });
});

describe("[전차 추진 계획]: last meeting's plans, three columns", () => {
  it("reads the sample's table: an empty 구분 repeats the one above, and 기타 is a category there, not 기타사항", () => {
    const { meeting } = readMeeting({ sheets: [sampleMeetingSheet()] });
    const plans = meeting!.previousPlans;
    expect(plans).toHaveLength(11);
    expect(plans[0]).toEqual({ category: "전략수립 및 조사", name: "기업 운영 현황 조사", progress: "2월 말 완료(기업 운영 현황 조사)" });
    expect(plans.filter((p) => p.category === "주체발굴 및 성장지원").map((p) => p.name)).toHaveLength(4);
    expect(plans.slice(-2)).toEqual([
      { category: "기타", name: "숙명여대 ESG 아카데미", progress: "6월 12, 19, 26일 진행 예정" },
      { category: "기타", name: "사회적경제 민·관 협력 간담회", progress: "미실행, 3분기 기획 중" },
    ]);
    expect(meeting!.otherMatters).toBeUndefined();
  });

  it("reads a hand-made one: English header, a category alone on its row, a blank progress, and records where the table is", () => {
    const { meeting } = readMeeting({
      sheets: [
        sheet("회의정보", [
          ["보고분기", "2024년 2분기"],
          ["Previous plans", null, null],
          ["Category", "Program", "Progress"],
          ["거버넌스 구축", null, null],
          [null, "운영위원회", "분기별 1회"],
          [null, "전문위원 간담회", null],
          ["기타", "뉴스레터", null],
          [null, null, null],
          ["기타사항", "없음"],
        ]),
      ],
    });
    expect(meeting!.previousPlans).toEqual([
      { category: "거버넌스 구축", name: "운영위원회", progress: "분기별 1회" },
      { category: "거버넌스 구축", name: "전문위원 간담회", progress: "" },
      { category: "기타", name: "뉴스레터", progress: "" },
    ]);
    expect(meeting!.otherMatters).toBe("없음");
    expect(meeting!.layout.tables).toEqual([{ key: "previousPlans", marker: 1, firstRow: 3, end: 8 }]);
  });
});

describe("readMeeting is tolerant", () => {
  it.each<[string, CellValue[][]]>([
    ["a note in brackets after a label", [["보고분기(회계)", "2024년 2분기"], ["기준일(집행액)", "2024-05-24"], ["회의장소 [필수]", "교육장"]]],
    ["full-width brackets and a colon", [["보고분기", "2024년 2분기"], ["기준일（집행액）:", "2024-05-24"], ["회의장소", "교육장"]]],
    ["written in one cell", [["보고분기", "2024년 2분기"], ["기준일(집행액): 2024-05-24", null], ["회의장소", "교육장"]]],
  ])("reads %s as the field (the report no longer falls back to the quarter's end)", (_, rows) => {
    const { meeting, issues } = readMeeting({ sheets: [sheet("회의정보", [...rows, ["회의일시", "2024년 6월 4일 16시"], ["운영위원", "갑"]])] });
    expect(issues).toEqual([]);
    expect(meeting!.asOf).toBe("2024-05-24");
    expect(meeting!.quarter).toBe(2);
    expect(meeting!.place).toBe("교육장");
  });

  it("a label that is unknown even without its note is still reported", () => {
    const { issues } = readMeeting({ sheets: [sheet("회의정보", [["예산(비고)", "x"]])] });
    expect(issues.filter((i) => i.code === "meeting-label-unknown").map((i) => i.value)).toEqual(["예산(비고)"]);
  });

  it("accepts English labels, odd spacing, brackets, colons and any order", () => {
    const { meeting, issues } = readMeeting({
      sheets: [
        sheet(" meeting ", [
          ["Place:", "Room 1"],
          ["회 의 일 시", "2024-06-04 16:00"],
          ["Report quarter", "2024Q3"],
          ["기준 일", "2024. 9. 20."],
          ["(Attendees)", null],
          ["Role", "Name"],
          ["운영위원", "갑, 을 ,병"],
          [null, "정"],
          ["Observer", "무"],
          ["[Discussion]", null],
          ["갑", "첫 발언"],
          [null, "이어지는 줄"],
          ["을: 한 칸에 쓴 발언", null],
        ]),
      ],
    });
    expect(issues).toEqual([]);
    expect(meeting!.place).toBe("Room 1");
    expect(meeting!.dateText).toBe("2024-06-04 16:00");
    expect(meeting!.date).toBe("2024-06-04");
    expect(meeting!.year).toBe(2024);
    expect(meeting!.quarter).toBe(3);
    expect(meeting!.asOf).toBe("2024-09-20");
    expect(meeting!.attendees).toEqual([
      { name: "갑", role: "member" },
      { name: "을", role: "member" },
      { name: "병", role: "member" },
      { name: "정", role: "member" },
      { name: "무", role: "observer" },
    ]);
    expect(meeting!.discussion).toEqual([
      { speaker: "갑", text: "첫 발언\n이어지는 줄" },
      { speaker: "을", text: "한 칸에 쓴 발언" },
    ]);
  });

  it("finds the sheet by alias with a year, and reads from a used range that does not start at A1", () => {
    const { meeting } = readMeeting({ sheets: [sheet("2024 회의정보", [["회의장소", "교육장"]], { row: 4, col: 2 })] });
    expect(meeting!.place).toBe("교육장");
  });

  it("formats an Excel date-time cell in 회의일시 as Korean text", () => {
    // 2024-06-04 16:00 = serial 45447 + 16/24.
    const { meeting } = readMeeting({ sheets: [sheet("회의정보", [["회의일시", { kind: "date", serial: 45447 + 16 / 24 }]])] });
    expect(meeting!.dateText).toBe("2024년 6월 4일 16시");
    expect(meeting!.date).toBe("2024-06-04");
  });

  it("joins continuation lines of a field", () => {
    const { meeting } = readMeeting({ sheets: [sheet("회의정보", [["결정사항", "첫째"], [null, "둘째"], ["요청사항", "요청"]])] });
    expect(meeting!.decisions).toBe("첫째\n둘째");
    expect(meeting!.requests).toBe("요청");
  });

  it("keeps text starting with = as plain text", () => {
    const { meeting } = readMeeting({ sheets: [sheet("회의정보", [["[기타 논의]", null], ["갑", "=SUM(A1:A3) 은 수식이 아님"]])] });
    expect(meeting!.discussion[0]!.text).toBe("=SUM(A1:A3) 은 수식이 아님");
  });
});

describe("readMeeting warns without failing", () => {
  it("names each missing field", () => {
    const { meeting, issues } = readMeeting({ sheets: [sheet("회의정보", [["회의명", "운영위원회"]])] });
    expect(meeting!.title).toBe("운영위원회");
    expect(issues.map((i) => [i.severity, i.code, paramOf(i, "field")])).toEqual([
      ["warning", "meeting-field-missing", "dateTime"],
      ["warning", "meeting-field-missing", "place"],
      ["warning", "meeting-field-missing", "attendees"],
    ]);
    expect(renderIssue(issues[0]!, "ko").message).toContain("회의일시");
    expect(renderIssue(issues[1]!, "en").message).toContain("Place");
  });

  it("warns when there is no meeting sheet", () => {
    const { meeting, issues } = readMeeting({ sheets: [sheet("예산", [["구분", "사업명"]])] });
    expect(meeting).toBeNull();
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe("meeting-sheet-missing");
    expect(renderIssue(issues[0]!, "ko").message).toContain("회의정보");
  });

  it("names bad cells by address: a quarter, a date, a formula error, an unknown label", () => {
    const { meeting, issues } = readMeeting({
      sheets: [
        sheet("회의정보", [
          ["보고분기", "다음 분기"],
          ["기준일", "2024-02-30"],
          ["회의장소", { kind: "error", code: "#REF!" }],
          ["회의 요일", "화요일"],
          ["회의일시", "6월 4일"],
          ["[참석자]", null],
          ["운영위원", "갑"],
        ]),
      ],
    });
    expect(meeting!.quarter).toBeUndefined();
    expect(meeting!.asOf).toBeUndefined();
    expect(meeting!.dateText).toBe("6월 4일");
    expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
      ["quarter-invalid", "B1", "warning"],
      ["not-a-date", "B2", "warning"],
      ["formula-error", "B3", "warning"],
      ["meeting-label-unknown", "A4", "info"],
      ["meeting-field-missing", undefined, "warning"],
    ]);
    expect(paramOf(issues[4]!, "field")).toBe("place");
  });

  it("never throws on odd cells", () => {
    const odd: CellValue[] = [null, true, 3.5, "", " ", { kind: "date", serial: -5 }, { kind: "error", code: "#N/A" }, "=1+1", "회의명", "[참석자]"];
    const rows: CellValue[][] = [];
    for (const a of odd) for (const b of odd) rows.push([a, b]);
    expect(() => readMeeting({ sheets: [sheet("회의정보", rows)] })).not.toThrow();
  });
});

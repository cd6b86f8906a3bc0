// "전차 회의록에서 가져오기" in the core: what the previous minutes put into the meeting sheet's
// [전차 추진 계획] and [전차 결정사항], where, and never over what the user wrote.
import { tryParseCellAddress } from "../../src/core/address";
import { analyze } from "../../src/core/analyze";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { planCarry, type CarryPlan } from "../../src/core/meeting/carry";
import { meetingTemplateSheet } from "../../src/core/plan/meeting-template";
import type { CellEdit } from "../../src/core/port";
import { planReport } from "../../src/core/report";
import { firstQuarterBook } from "./first-quarter";
import { linesBetween, planGrid, planLines } from "./plan-text";

/** The grid with cell edits applied, as a host would (values only; the used range grows). */
function applied(grid: WorkbookGrid, edits: readonly CellEdit[]): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s): SheetGrid => {
      const mine = edits.filter((e) => e.sheet === s.name);
      if (mine.length === 0) return s;
      const rows: CellValue[][] = s.values.map((r) => [...r]);
      for (const e of mine) {
        const at = tryParseCellAddress(e.cell)!;
        const r = at.row - s.origin.row;
        const c = at.col - s.origin.col;
        while (rows.length <= r) rows.push([]);
        while (rows[r]!.length <= c) rows[r]!.push(null);
        rows[r]![c] = e.value;
      }
      return { ...s, values: rows };
    }),
  };
}

function carry(grid: WorkbookGrid, quarter: 1 | 2 = 2): CarryPlan {
  const a = analyze(grid, { period: { quarter } });
  return planCarry(grid, { meeting: a.meeting, programs: a.records.programs, period: a.period! });
}

const base = firstQuarterBook();
const q1 = planReport(analyze(base, { period: { quarter: 1 } }));
if (!q1.ok) throw new Error("the sample must give a Q1 report");
const q1Sheet = planGrid(q1.plan.sheets[0]!);
const q1Planned = linesBetween(planLines(q1.plan.sheets[0]!), "4. 2024년", "5. 기타 논의 사항");
const withMinutes = (grid: WorkbookGrid): WorkbookGrid => ({ sheets: [...grid.sheets, q1Sheet] });

/** q1Sheet with two decisions in its footer. */
function minutesWithDecisions(): SheetGrid {
  const rows = q1Sheet.values.map((r) => [...r]);
  rows[rows.findIndex((r) => r[0] === "결정사항")]![1] = "자생력 강화 지원사업 계획수립 후 운영위 공유\n자문위원 리스트 안내";
  return { ...q1Sheet, values: rows };
}

describe("carrying the previous minutes into the meeting sheet", () => {
  it("adds the tables below a meeting sheet that has none, and the report then reads them from there", () => {
    const grid: WorkbookGrid = { sheets: [...base.sheets, minutesWithDecisions()] };
    const plan = carry(grid);
    expect(plan.refusal).toBeNull();
    expect(plan.minutesSheet).toBe("회의록 2024-1분기");
    expect(plan.plans.add).toHaveLength(q1Planned.length);
    expect(plan.plans.add.find((p) => p.name === "2024 용산구 사회적경제 ESG 페스터")).toEqual({
      category: "의제발굴 및 기획사업",
      name: "2024 용산구 사회적경제 ESG 페스터",
      progress: "용산구 청년 축제 시 공동 운영",
    });
    expect(plan.decisions.add).toEqual(["자생력 강화 지원사업 계획수립 후 운영위 공유", "자문위원 리스트 안내"]);
    expect(plan.write?.kind).toBe("edits");
    const edits = plan.write?.kind === "edits" ? plan.write.edits : [];
    const meetingRows = base.sheets.find((s) => s.name === "회의정보")!.values.length;
    // Below the last used row, after one blank row: the marker, the header, the rows.
    expect(edits.slice(0, 4)).toEqual([
      { sheet: "회의정보", cell: `A${meetingRows + 2}`, value: "[전차 추진 계획]" },
      { sheet: "회의정보", cell: `A${meetingRows + 3}`, value: "구분" },
      { sheet: "회의정보", cell: `B${meetingRows + 3}`, value: "사업" },
      { sheet: "회의정보", cell: `C${meetingRows + 3}`, value: "진행상황" },
    ]);
    expect(edits.some((e) => e.value === "[전차 결정사항]")).toBe(true);

    const after = applied(grid, edits);
    const a = analyze(after);
    expect(a.followUp?.plansFrom).toBe("meeting");
    expect(a.followUp?.decisionsFrom).toBe("meeting");
    expect(a.followUp?.plans.map((p) => [p.name, p.progress])).toEqual(plan.plans.add.map((p) => [p.name, p.progress]));
    // The meeting sheet's fields are read as before.
    expect(a.meeting?.place).toBe("용산구사회적경제 통합지원센터 교육장");
    expect(a.meeting?.discussion).toHaveLength(7);
    // Once carried, there is nothing new to carry.
    expect(carry(after).refusal).toEqual({ kind: "nothing-new" });
  });

  it("fills the template's empty table rows in place", () => {
    const template = planGrid(meetingTemplateSheet());
    const grid: WorkbookGrid = { sheets: [...base.sheets.filter((s) => s.name !== "회의정보"), template, minutesWithDecisions()] };
    const plan = carry(grid);
    const edits = plan.write?.kind === "edits" ? plan.write.edits : [];
    const marker = template.values.findIndex((r) => r[0] === "[전차 추진 계획]");
    // The first program goes right under the header row; nothing is added below the sheet.
    expect(edits[0]).toMatchObject({ cell: `A${marker + 3}` });
    expect(edits.some((e) => String(e.value).startsWith("["))).toBe(false);
    const a = analyze(applied(grid, edits), { period: { quarter: 2 } });
    expect(a.followUp?.plans).toHaveLength(q1Planned.length);
    expect(a.followUp?.decisions.map((d) => d.decision)).toEqual(["자생력 강화 지원사업 계획수립 후 운영위 공유", "자문위원 리스트 안내"]);
  });

  it("never writes over what the user wrote: their rows are kept, new ones go below them", () => {
    const grid = withMinutes(base);
    const mine: WorkbookGrid = {
      sheets: grid.sheets.map((s) =>
        s.name !== "회의정보"
          ? s
          : { ...s, values: [...s.values, [null, null], ["[전차 추진 계획]", null, null], ["구분", "사업", "진행상황"], ["주체발굴 및 성장지원", "꽃장, 피우장", "4월 27일 개최, 300명 방문"], [null, null, null], [null, null, null]] },
      ),
    };
    const plan = carry(mine);
    expect(plan.plans.kept).toEqual(["꽃장, 피우장"]);
    expect(plan.plans.add.map((p) => p.name)).not.toContain("꽃장, 피우장");
    const edits = plan.write?.kind === "edits" ? plan.write.edits : [];
    const userRow = mine.sheets.find((s) => s.name === "회의정보")!.values.length - 2; // 1-based row of the user's row
    for (const e of edits) expect(Number(e.cell.replace(/^[A-Z]+/, ""))).toBeGreaterThan(userRow);
    const a = analyze(applied(mine, edits));
    expect(a.followUp?.plans.find((p) => p.name === "꽃장, 피우장")).toMatchObject({ progress: "4월 27일 개최, 300명 방문", progressFrom: "written" });
    expect(a.followUp?.plans).toHaveLength(q1Planned.length);
  });

  it("plans a new meeting sheet with the tables filled when the workbook has none", () => {
    const grid: WorkbookGrid = { sheets: [...base.sheets.filter((s) => s.name !== "회의정보"), q1Sheet] };
    const plan = carry(grid);
    expect(plan.createsSheet).toBe(true);
    expect(plan.write?.kind).toBe("sheet");
    if (plan.write?.kind !== "sheet") return;
    const sheet = planGrid(plan.write.plan.sheets[0]!);
    expect(sheet.name).toBe("회의정보");
    const a = analyze({ sheets: [...grid.sheets, sheet] }, { period: { quarter: 2 } });
    expect(a.followUp?.plansFrom).toBe("meeting");
    expect(a.followUp?.plans).toHaveLength(q1Planned.length);
  });

  it("refuses without previous minutes, and for a meeting sheet of another quarter", () => {
    expect(carry(base).refusal).toEqual({ kind: "no-minutes", name: "회의록 2024-1분기" });
    expect(carry(withMinutes(base)).write).not.toBeNull();
    const plan = carry({ sheets: [...base.sheets, planGrid(q1.plan.sheets[0]!, "회의록 2023-4분기")] }, 1);
    expect(plan.refusal).toEqual({ kind: "other-quarter", meetingQuarter: "2024년 2분기", used: "2024년 1분기" });
    expect(plan.write).toBeNull();
  });
});

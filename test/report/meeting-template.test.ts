import type { CellValue } from "../../src/core/grid";
import { paramOf } from "../../src/core/issues/issue";
import { readMeeting } from "../../src/core/meeting/read";
import { meetingFields, meetingTables } from "../../src/core/meeting/layout";
import { meetingTemplateSheet } from "../../src/core/plan/meeting-template";
import type { SheetPlan } from "../../src/core/plan/sheet-plan";

/** What a host would read back from the written template: the planned values as a grid. */
function asGrid(plan: SheetPlan, fill: Record<string, CellValue> = {}) {
  const rows: CellValue[][] = [];
  for (const c of plan.cells) {
    (rows[c.row] ??= [])[c.col] = c.value;
  }
  const values = Array.from({ length: rows.length }, (_, i) => Array.from({ length: 3 }, (_, j) => rows[i]?.[j] ?? null));
  for (const row of values) {
    const label = row[0];
    if (typeof label === "string" && label in fill) row[1] = fill[label]!;
  }
  return { sheets: [{ name: plan.name, origin: { row: 0, col: 0 }, values }] };
}

describe("the blank meeting template", () => {
  const plan = meetingTemplateSheet();

  it("is the 회의정보 sheet with every field label in column A and the three table markers", () => {
    expect(plan.name).toBe("회의정보");
    expect(plan.kind).toBe("template");
    const columnA = plan.cells.filter((c) => c.col === 0 && typeof c.value === "string").map((c) => c.value);
    for (const f of meetingFields) expect(columnA).toContain(f.ko);
    for (const t of meetingTables) expect(columnA).toContain(`[${t.ko}]`);
  });

  it("reads back blank with only the missing-field warnings (no unknown labels)", () => {
    const { meeting, issues } = readMeeting(asGrid(plan));
    expect(meeting).not.toBeNull();
    expect(meeting!.attendees).toEqual([]);
    expect(issues.map((i) => paramOf(i, "field"))).toEqual(["dateTime", "place", "attendees"]);
  });

  it("reads back what a user fills in", () => {
    const { meeting, issues } = readMeeting(asGrid(plan, { 회의일시: "2024년 9월 3일 15시", 회의장소: "교육장", 보고분기: "2024년 3분기" }));
    expect(meeting).toMatchObject({ dateText: "2024년 9월 3일 15시", place: "교육장", year: 2024, quarter: 3 });
    expect(issues.map((i) => paramOf(i, "field"))).toEqual(["attendees"]);
  });

  it("prints on A4 with gridlines off", () => {
    expect(plan.print.paperSize).toBe("A4");
    expect(plan.showGridLines).toBe(false);
  });
});

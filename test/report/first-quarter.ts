// The sample as it stood in 1분기: its meeting sheet without the [전차 추진 계획] and [전차 결정사항]
// tables (which hold the 1분기 meeting's follow-up for the 2분기 report), so the 1분기 → 2분기 tests
// make the 1분기 minutes from the data and read them back.
import type { WorkbookGrid } from "../../src/core/grid";
import { sampleWorkbookGrid } from "../../src/sample/index";

/** The grid with the meeting sheet's two 전차 tables (from one marker to the [기타 논의] marker) left out. */
export function withoutFollowUpTables(grid: WorkbookGrid, tables: "both" | "plans" = "both"): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "회의정보") return s;
      const from = s.values.findIndex((r) => r[0] === "[전차 추진 계획]");
      const to = s.values.findIndex((r) => r[0] === (tables === "both" ? "[기타 논의]" : "[전차 결정사항]"));
      return { ...s, values: [...s.values.slice(0, from), ...s.values.slice(to)] };
    }),
  };
}

export function firstQuarterBook(): WorkbookGrid {
  return withoutFollowUpTables(sampleWorkbookGrid());
}

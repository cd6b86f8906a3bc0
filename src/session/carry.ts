// The session's side of "전차 회의록에서 가져오기": what the previous minutes would put into the
// meeting sheet, planned from a read workbook and its analysis. Computed with every analysis
// (Loaded.carry: the pane's preview, and what the action writes), where the grid is held.

import type { AnalysisSummary } from "../core/analyze";
import type { WorkbookGrid } from "../core/grid";
import { planCarry, type CarryPlan } from "../core/meeting/carry";

/** The carry for the workbook as read and its chosen period; null when no period could be decided. */
export function carryPreview(grid: WorkbookGrid, analysis: Pick<AnalysisSummary, "period" | "meeting" | "records">): CarryPlan | null {
  if (analysis.period === null) return null;
  return planCarry(grid, { meeting: analysis.meeting, programs: analysis.records.programs, period: analysis.period });
}

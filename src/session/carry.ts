// The session's side of "전차 회의록에서 가져오기": what the previous minutes would put into the
// meeting sheet, planned from a read workbook (the pane's preview, and what the action writes).

import { planCarry, type CarryPlan } from "../core/meeting/carry";
import type { Loaded } from "./state";

/** The carry for the workbook as read and its chosen period; null when no period could be decided. */
export function carryPreview(loaded: Loaded): CarryPlan | null {
  const { analysis, grid } = loaded;
  if (analysis.period === null) return null;
  return planCarry(grid, { meeting: analysis.meeting, programs: analysis.records.programs, period: analysis.period });
}

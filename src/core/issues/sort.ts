// The one order issues are shown in. The analysis sorts its list once when it is complete, and
// planReport merges its own few notes in; shells (CLI, task pane, results sheet) show the list
// as it comes.

import type { Issue, Severity } from "./issue";

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CELL = /^([A-Z]+)(\d+)$/;

/**
 * Errors first, then by sheet name, then sheet-level issues before cell issues, then by row and
 * column of the cell; stable for equal keys. Each issue's keys are computed once, so 100,000
 * issues sort in milliseconds. A cell that is not an A1 address sorts as row 0.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const sheetNames = [...new Set(issues.map((i) => i.sheet ?? ""))].sort((a, b) => a.localeCompare(b));
  const sheetRank = new Map(sheetNames.map((s, i) => [s, i]));
  const keyed = issues.map((issue, i) => {
    const m = issue.cell === undefined ? null : CELL.exec(issue.cell);
    let col = 0;
    if (m) for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
    return {
      issue,
      i,
      sev: severityRank[issue.severity] ?? 3,
      sheet: sheetRank.get(issue.sheet ?? "")!,
      row: issue.cell === undefined ? -1 : m ? Number(m[2]) : 0,
      col,
    };
  });
  keyed.sort((a, b) => a.sev - b.sev || a.sheet - b.sheet || a.row - b.row || a.col - b.col || a.i - b.i);
  return keyed.map((k) => k.issue);
}

/** A sorted list with a few more issues put in their places (the list itself when there are none). */
export function withIssues(sorted: readonly Issue[], more: readonly Issue[]): readonly Issue[] {
  return more.length === 0 ? sorted : sortIssues([...sorted, ...more]);
}

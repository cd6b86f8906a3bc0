// Issues are data. A call site says *what* is wrong (code, place, value, parameters);
// the words come from the catalog in messages.ts, in Korean and English.

import type { IssueCode } from "./messages";

export type Severity = "error" | "warning" | "info";

export type IssueParams = Readonly<Record<string, string | number>>;

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  /** Sheet name as the user sees it, when the issue is about a sheet. */
  readonly sheet?: string;
  /** A1 address on that sheet, when the issue is about a cell. */
  readonly cell?: string;
  /** The offending cell value, rendered as text, when there is one. */
  readonly value?: string;
  readonly params: IssueParams;
}

export type Locale = "ko" | "en";

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === "error");
}

export function countErrors(issues: readonly Issue[]): number {
  let n = 0;
  for (const i of issues) if (i.severity === "error") n++;
  return n;
}

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

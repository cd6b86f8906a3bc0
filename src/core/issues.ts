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

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by sheet, then by row and column of the cell. Stable for equal keys. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => {
      const s = severityRank[a.issue.severity] - severityRank[b.issue.severity];
      if (s !== 0) return s;
      const sh = (a.issue.sheet ?? "").localeCompare(b.issue.sheet ?? "");
      if (sh !== 0) return sh;
      const c = compareCells(a.issue.cell, b.issue.cell);
      return c !== 0 ? c : a.i - b.i;
    })
    .map((x) => x.issue);
}

function compareCells(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a.localeCompare(b);
  const rows = Number(pa[2]) - Number(pb[2]);
  if (rows !== 0) return rows;
  return pa[1]!.length - pb[1]!.length || pa[1]!.localeCompare(pb[1]!);
}

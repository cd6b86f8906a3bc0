// Issues as the user reads them: one card for the same problem on consecutive cells of a column
// ("집행내역 A4:A3009, 3,006행") instead of 3,006 cards that bury everything else. The list comes
// sorted (sort.ts) and each card stands where its first issue stood, so errors still come first.
// One pass, a map of open runs: 100,000 issues group in milliseconds.

import { rangeAddress, tryParseCellAddress } from "../address";
import type { Issue, IssueCode } from "./issue";

/**
 * Codes whose cells differ in value but not in cause: 3,006 dates outside the fiscal year, or a
 * pasted column of text where amounts belong, are one problem each. For every other code a run
 * is only of cells with the same value too (two unknown budget lines are two problems).
 */
const SAME_CAUSE_WHATEVER_THE_VALUE: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "date-outside-year",
  "not-an-amount",
  "not-a-date",
  "date-invalid",
  "fractional-won",
  "amount-too-large",
  "formula-error",
]);

/** One card: a single issue, or a run of the same problem down a column. */
export interface IssueCard {
  /** The first issue of the run: its message is the card's. */
  readonly issue: Issue;
  /** Every issue of the run, top to bottom (just `issue` for most cards). */
  readonly issues: readonly Issue[];
  /** "A4:A3009" for a run, the cell for a single issue, undefined for an issue without a cell. */
  readonly range?: string;
  /** Whether every issue of the run has the first one's value (then all messages are the same). */
  readonly sameValue: boolean;
}

interface OpenRun {
  readonly issue: Issue;
  readonly issues: Issue[];
  readonly col: number;
  readonly firstRow: number;
  lastRow: number;
  sameValue: boolean;
}

function runKey(issue: Issue, col: number): string {
  const value = SAME_CAUSE_WHATEVER_THE_VALUE.has(issue.code) ? "" : (issue.value ?? "");
  return `${issue.severity}\u0000${issue.code}\u0000${issue.sheet ?? ""}\u0000${col}\u0000${JSON.stringify(issue.params)}\u0000${value}`;
}

/** Sorted issues → cards: runs of the same problem on consecutive rows of one column become one card. */
export function groupIssues(sorted: readonly Issue[]): IssueCard[] {
  const cards: (OpenRun | IssueCard)[] = [];
  const open = new Map<string, OpenRun>();
  for (const issue of sorted) {
    const at = issue.sheet !== undefined && issue.cell !== undefined ? tryParseCellAddress(issue.cell) : null;
    if (!at) {
      cards.push({ issue, issues: [issue], ...(issue.cell !== undefined ? { range: issue.cell } : {}), sameValue: true });
      continue;
    }
    const { row, col } = at; // 0-based
    const key = runKey(issue, col);
    const run = open.get(key);
    if (run && run.lastRow === row - 1) {
      run.issues.push(issue);
      run.lastRow = row;
      if (run.sameValue && issue.value !== run.issue.value) run.sameValue = false;
      continue;
    }
    const fresh: OpenRun = { issue, issues: [issue], col, firstRow: row, lastRow: row, sameValue: true };
    open.set(key, fresh);
    cards.push(fresh);
  }
  return cards.map((c) => {
    if (!("col" in c)) return c;
    const range = c.issues.length === 1 ? c.issue.cell : rangeAddress(c.firstRow, c.col, c.lastRow, c.col);
    return { issue: c.issue, issues: c.issues, ...(range !== undefined ? { range } : {}), sameValue: c.sameValue };
  });
}

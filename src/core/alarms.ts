// Spending beyond what there is to spend: more than the grants received to date, more than the
// annual budget, a budget line beyond its own budget. These are the figures a committee must not
// read past, so the task pane shows each as an alarm (danger colour, an icon, a sentence with the
// amount) linked to the issue that explains it. Decided here from the integer amounts — never
// from a rounded ratio, so 100.4% shown as "100%" is still an alarm.

import type { Issue } from "./issues/issue";
import type { Figures } from "./model";
import type { Won } from "./money";

/** What was overspent, against what, by how much (integer won). */
export type Alarm =
  | { readonly kind: "grants"; readonly executed: Won; readonly limit: Won; readonly over: number }
  | { readonly kind: "budget"; readonly executed: Won; readonly limit: Won; readonly over: number }
  | { readonly kind: "line"; readonly line: string; readonly category: string; readonly executed: Won; readonly limit: Won; readonly over: number };

/** Spending to the as-of date beyond the grants to date and beyond the total budget: one warning each. */
export function checkSpending(figures: Figures, issues: Issue[]): void {
  if (isOverspent(figures.executedToDate, figures.grantsToDate))
    issues.push({ severity: "warning", code: "spent-over-grants", params: { executed: figures.executedToDate, grants: figures.grantsToDate } });
  if (isOverspent(figures.executedToDate, figures.totalBudget))
    issues.push({ severity: "warning", code: "spent-over-budget", params: { executed: figures.executedToDate, budget: figures.totalBudget } });
}

/**
 * The alarms of the figures: the two totals first (grants, then budget), then each line spent
 * beyond its budget in the budget's order. A zero limit is no alarm: its ratio shows "-", and a
 * line without a budget is already an error of its own (unknown budget line).
 */
export function alarmsOf(figures: Figures): Alarm[] {
  const alarms: Alarm[] = [];
  const { executedToDate: executed } = figures;
  if (isOverspent(executed, figures.grantsToDate)) alarms.push({ kind: "grants", executed, limit: figures.grantsToDate, over: executed - figures.grantsToDate });
  if (isOverspent(executed, figures.totalBudget)) alarms.push({ kind: "budget", executed, limit: figures.totalBudget, over: executed - figures.totalBudget });
  for (const l of figures.lines)
    if (isOverspent(l.executed, l.budget)) alarms.push({ kind: "line", line: l.name, category: l.category, executed: l.executed, limit: l.budget, over: l.executed - l.budget });
  return alarms;
}

/** The issue an alarm links to (spent-over-grants, spent-over-budget, or the line's line-overspent), if the analysis has it. */
export function alarmIssue(alarm: Alarm, issues: readonly Issue[]): Issue | undefined {
  switch (alarm.kind) {
    case "grants":
      return issues.find((i) => i.code === "spent-over-grants");
    case "budget":
      return issues.find((i) => i.code === "spent-over-budget");
    case "line":
      return issues.find((i) => i.code === "line-overspent" && i.params.line === alarm.line);
  }
}

/** True when executed passes the limit (a limit of 0 never does: nothing to compare with). */
export function isOverspent(executed: Won | number, limit: Won | number): boolean {
  return limit > 0 && executed > limit;
}

// A cause that explains many errors, to show before them with what to do about it. Today one:
// the fiscal year. With the year set to 2023 on a 2024 ledger, every ledger date is an error
// ("…이 2023년 회계연도 밖입니다"), thousands of them, while the one line that says why (the
// budget sheet says 2024) is a warning far below. The shells put the cause first with its action:
// the pane a button that sets the year, the CLI the option to give.

import type { Records } from "../model";
import { yearOfIso } from "../parse/date";
import type { PeriodDecision } from "../period";
import type { Issue, IssueOf } from "./issue";

/** What would remove the errors a cause explains. */
export type CauseAction = { readonly kind: "set-year"; readonly year: number };

export interface Cause {
  readonly kind: "fiscal-year";
  /** The fiscal year in use, and the year the workbook points to. */
  readonly year: number;
  readonly found: number;
  /** The warning that states it (year-conflict), when the analysis has one. */
  readonly issue?: IssueOf<"year-conflict">;
  /** The errors it explains: dates outside the fiscal year that fall in `found`. */
  readonly explains: readonly Issue[];
  readonly action: CauseAction;
}

/** Fewer errors than this are read one by one; a cause is worth a card above them from here on. */
export const MIN_EXPLAINED = 10;

/**
 * The causes behind many errors, most errors first. A fiscal-year cause when at least
 * MIN_EXPLAINED dates fall outside the year in one other year `found`, and either the workbook
 * says `found` (a year-conflict warning) or more dated rows fall in `found` than in the fiscal
 * year itself (the rule the period uses to find a year when none is given).
 */
export function findCauses(analysis: {
  readonly issues: readonly Issue[];
  readonly records: Pick<Records, "ledger" | "grants">;
  readonly period: PeriodDecision | null;
}): Cause[] {
  const period = analysis.period;
  if (!period) return [];
  const outside = new Map<number, Issue[]>();
  let conflict: IssueOf<"year-conflict"> | undefined;
  for (const issue of analysis.issues) {
    if (issue.code === "year-conflict") conflict ??= issue;
    if (issue.code !== "date-outside-year" || issue.value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(issue.value)) continue;
    const y = yearOfIso(issue.value);
    const list = outside.get(y);
    if (list) list.push(issue);
    else outside.set(y, [issue]);
  }
  let inYear = 0;
  for (const rows of [analysis.records.ledger, analysis.records.grants]) for (const r of rows) if (yearOfIso(r.date) === period.year) inYear++;
  const causes: Cause[] = [];
  for (const [found, explains] of outside) {
    if (explains.length < MIN_EXPLAINED) continue;
    const stated = conflict !== undefined && conflict.params.found === found ? conflict : undefined;
    if (!stated && explains.length <= inYear) continue;
    causes.push({ kind: "fiscal-year", year: period.year, found, ...(stated ? { issue: stated } : {}), explains, action: { kind: "set-year", year: found } });
  }
  return causes.sort((a, b) => b.explains.length - a.explains.length);
}

// The one place the report period is decided, field by field: the user's choice (CLI flags, the
// task pane's period) over the meeting sheet's 보고분기/기준일, over what the workbook shows.
// - fiscal year: given (choice, else meeting sheet), else the given as-of date's year, else a year
//   in the budget sheet's name, else in its title rows, else the year most ledger dates fall in
//   (a tie goes to the later year);
// - report quarter q: given, else the as-of date's quarter, else the quarter of the latest ledger
//   (then grant) date in the year, else Q4; the period is Q1..q, cumulative;
// - as-of date (기준일): the choice's, else the meeting sheet's when the quarter in use is the
//   sheet's own, else the last day of q. It bounds what counts.
// Each field of the decision says where it came from, so every shell can show it.

import type { PeriodChoice } from "./choice";
import { quarterText } from "./display";
import type { Period } from "./figures";
import type { Issue } from "./issues/issue";
import type { MeetingInfo } from "./meeting/model";
import type { Grant, IsoDate, LedgerEntry, Quarter } from "./model";
import { quarterLastDay, quarterOfDate, yearOfIso } from "./parse/date";

/** Where a period field came from. */
export type PeriodSource = "option" | "meeting" | "default";
/** How the year was found: given as such, from the as-of date, or from the workbook. */
export type YearBasis = "given" | "as-of" | "sheet-name" | "title" | "ledger";
/** How the quarter was found: given as such, from the as-of date, or from the workbook. */
export type QuarterBasis = "given" | "as-of" | "latest-ledger" | "latest-grant" | "fourth";

export interface PeriodDecision extends Period {
  readonly source: { readonly year: PeriodSource; readonly quarter: PeriodSource; readonly asOf: PeriodSource };
  readonly basis: { readonly year: YearBasis; readonly quarter: QuarterBasis };
}

interface Given<T> {
  readonly value: T;
  readonly source: "option" | "meeting";
}

/** The fields given before the workbook is read: the choice, then the meeting sheet. */
export interface GivenPeriod {
  readonly year?: Given<number>;
  readonly quarter?: Given<Quarter>;
  readonly asOf?: Given<IsoDate>;
}

function given<T>(option: T | undefined, meeting: T | undefined): Given<T> | undefined {
  if (option !== undefined) return { value: option, source: "option" };
  return meeting === undefined ? undefined : { value: meeting, source: "meeting" };
}

/**
 * The choice over the meeting sheet. The sheet's 기준일 is used only with its own quarter: when
 * the choice names another year or quarter, the as-of date falls back to that quarter's last day.
 * Where the choice overrides what the sheet says, a note says so.
 */
export function givenPeriod(choice: PeriodChoice, meeting: MeetingInfo | null, issues: Issue[]): GivenPeriod {
  const year = given(choice.year, meeting?.year);
  const quarter = given(choice.quarter, meeting?.quarter);
  const sameYear = meeting?.year === undefined || year?.value === meeting.year;
  const sameQuarter = meeting?.quarter === undefined || quarter?.value === meeting.quarter;
  const asOf = given(choice.asOf, sameYear && sameQuarter ? meeting?.asOf : undefined);
  if (meeting) {
    const sheet = meeting.sheet;
    if (meeting.quarter !== undefined && quarter !== undefined && (!sameYear || !sameQuarter))
      issues.push({
        severity: "info",
        code: "report-option-overrides-meeting",
        sheet,
        params: { field: "reportQuarter", meetingValue: quarterText(meeting.year, meeting.quarter), used: quarterText(year?.value, quarter.value) },
      });
    if (meeting.asOf !== undefined && choice.asOf !== undefined && choice.asOf !== meeting.asOf)
      issues.push({ severity: "info", code: "report-option-overrides-meeting", sheet, params: { field: "asOf", meetingValue: meeting.asOf, used: choice.asOf } });
  }
  return { ...(year ? { year } : {}), ...(quarter ? { quarter } : {}), ...(asOf ? { asOf } : {}) };
}

/** The year known before reading (it picks among sheets named with years), if any. */
export function givenYear(g: GivenPeriod): number | undefined {
  return g.year?.value ?? (g.asOf ? yearOfIso(g.asOf.value) : undefined);
}

/** What the workbook shows about the period. */
export interface PeriodEvidence {
  /** The budget sheet's name and the years in its name and title rows. */
  readonly budgetSheet: string | null;
  readonly nameYear: number | null;
  readonly titleYear: number | null;
  readonly ledger: readonly LedgerEntry[];
  readonly grants: readonly Grant[];
}

function ledgerYear(ledger: readonly LedgerEntry[]): number | null {
  const counts = new Map<number, number>();
  for (const record of ledger) {
    const y = yearOfIso(record.date);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  // Most dates wins; a tie goes to the later year (the year being reported on, not the last one's stragglers).
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && best !== null && y > best)) [best, bestCount] = [y, n];
  return best;
}

function decideYear(g: GivenPeriod, e: PeriodEvidence): { value: number; source: PeriodSource; basis: YearBasis } | null {
  if (g.year) return { value: g.year.value, source: g.year.source, basis: "given" };
  if (g.asOf) return { value: yearOfIso(g.asOf.value), source: g.asOf.source, basis: "as-of" };
  if (e.nameYear !== null) return { value: e.nameYear, source: "default", basis: "sheet-name" };
  if (e.titleYear !== null) return { value: e.titleYear, source: "default", basis: "title" };
  const y = ledgerYear(e.ledger);
  return y === null ? null : { value: y, source: "default", basis: "ledger" };
}

function latest(rows: readonly { date: IsoDate }[], year: number): IsoDate | null {
  let max: IsoDate | null = null;
  for (const record of rows) if (yearOfIso(record.date) === year && (max === null || record.date > max)) max = record.date;
  return max;
}

function decideQuarter(year: number, g: GivenPeriod, e: PeriodEvidence): { value: Quarter; source: PeriodSource; basis: QuarterBasis } {
  if (g.quarter) return { value: g.quarter.value, source: g.quarter.source, basis: "given" };
  if (g.asOf && yearOfIso(g.asOf.value) === year) return { value: quarterOfDate(g.asOf.value), source: g.asOf.source, basis: "as-of" };
  const ledger = latest(e.ledger, year);
  if (ledger !== null) return { value: quarterOfDate(ledger), source: "default", basis: "latest-ledger" };
  const grant = latest(e.grants, year);
  if (grant !== null) return { value: quarterOfDate(grant), source: "default", basis: "latest-grant" };
  return { value: 4, source: "default", basis: "fourth" };
}

/**
 * The period, with warnings where the given fields do not fit the workbook or each other; null
 * (with a year-undetermined error) when no fiscal year can be found at all.
 */
export function decidePeriod(g: GivenPeriod, e: PeriodEvidence, issues: Issue[]): PeriodDecision | null {
  const year = decideYear(g, e);
  if (!year) {
    issues.push({ severity: "error", code: "year-undetermined", params: {} });
    return null;
  }
  if (year.source !== "default") {
    const sheetYear = e.nameYear ?? e.titleYear;
    if (sheetYear !== null && sheetYear !== year.value && e.budgetSheet !== null)
      issues.push({ severity: "warning", code: "year-conflict", sheet: e.budgetSheet, params: { found: sheetYear, year: year.value } });
  }
  const quarter = decideQuarter(year.value, g, e);
  const lastDay = quarterLastDay(year.value, quarter.value);
  const asOf = g.asOf?.value ?? lastDay;
  if (yearOfIso(asOf) !== year.value) issues.push({ severity: "warning", code: "as-of-outside-year", params: { asOf, year: year.value } });
  else if (asOf > lastDay) issues.push({ severity: "warning", code: "as-of-after-quarter", params: { asOf, quarter: quarter.value, lastDay } });
  return {
    year: year.value,
    quarter: quarter.value,
    asOf,
    source: { year: year.source, quarter: quarter.source, asOf: g.asOf?.source ?? "default" },
    basis: { year: year.basis, quarter: quarter.basis },
  };
}

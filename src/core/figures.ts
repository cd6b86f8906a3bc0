// The figures of a committee report, from integer won. Definitions (also in the README):
// - fiscal year: the option, else the as-of option's year, else a year in the budget sheet's name,
//   else one in its title rows, else the year most ledger dates fall in;
// - report quarter q: the option, else the as-of date's quarter, else the quarter of the latest
//   ledger (then grant) date in the year, else Q4; the period is Q1..q, cumulative;
// - as-of date (기준일): the option, else the last day of quarter q; it bounds what counts;
// - totalBudget: sum of the budget lines (total rows and bad rows excluded);
// - grantsToDate: grants dated in the year on or before the as-of date;
// - executedToDate: ledger entries dated in the year on or before the as-of date (refunds count
//   negative; total rows and rows with a bad date or amount excluded; entries whose budget line
//   is unknown still count here, under no line);
// - ratios: executedToDate ÷ totalBudget and ÷ grantsToDate, unrounded; shown rounded half-up.

import type { Issue } from "./issues";
import type { BudgetLine, CategoryFigures, Figures, Grant, IsoDate, LedgerEntry, LineFigures, Quarter } from "./model";
import { won, type Won } from "./money";
import { formatRatioOf } from "./format";
import { quarterLastDay, quarterOfDate, yearOfIso } from "./parse/date";
import type { ReadSheet } from "./read-sheets";

export type YearSource = "option" | "as-of" | "sheet-name" | "title" | "ledger";

export interface Period {
  readonly year: number;
  readonly quarter: Quarter;
  readonly asOf: IsoDate;
}

/** The fiscal year and where it came from; null when nothing says. */
export function resolveYear(
  options: { year?: number; asOf?: IsoDate },
  budget: ReadSheet<BudgetLine> | null,
  budgetNameYear: number | null,
  ledger: readonly LedgerEntry[],
): { year: number; source: YearSource } | null {
  if (options.year !== undefined) return { year: options.year, source: "option" };
  if (options.asOf !== undefined) return { year: yearOfIso(options.asOf), source: "as-of" };
  if (budgetNameYear !== null) return { year: budgetNameYear, source: "sheet-name" };
  if (budget?.titleYear != null) return { year: budget.titleYear, source: "title" };
  const counts = new Map<number, number>();
  for (const record of ledger) {
    const y = yearOfIso(record.date);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  // Most dates wins; a tie goes to the later year (the year being reported on, not the last one's stragglers).
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && best !== null && y > best)) [best, bestCount] = [y, n];
  return best === null ? null : { year: best, source: "ledger" };
}

/** Report quarter and as-of date for the year, with warnings about inconsistent options. */
export function resolvePeriod(
  year: number,
  options: { quarter?: Quarter; asOf?: IsoDate },
  ledger: readonly LedgerEntry[],
  grants: readonly Grant[],
  issues: Issue[],
): Period {
  const inYear = (d: IsoDate): boolean => yearOfIso(d) === year;
  let quarter: Quarter;
  if (options.quarter !== undefined) quarter = options.quarter;
  else if (options.asOf !== undefined && inYear(options.asOf)) quarter = quarterOfDate(options.asOf);
  else {
    const latest = (rows: readonly { date: IsoDate }[]): IsoDate | null => {
      let max: IsoDate | null = null;
      for (const record of rows) if (inYear(record.date) && (max === null || record.date > max)) max = record.date;
      return max;
    };
    const last = latest(ledger) ?? latest(grants);
    quarter = last === null ? 4 : quarterOfDate(last);
  }
  const lastDay = quarterLastDay(year, quarter);
  const asOf = options.asOf ?? lastDay;
  if (!inYear(asOf)) issues.push({ severity: "warning", code: "as-of-outside-year", params: { asOf, year } });
  else if (asOf > lastDay) issues.push({ severity: "warning", code: "as-of-after-quarter", params: { asOf, quarter, lastDay } });
  return { year, quarter, asOf };
}

type Quarters = [number, number, number, number];

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

function wonQuarters(q: Quarters): readonly [Won, Won, Won, Won] {
  return [won(q[0]), won(q[1]), won(q[2]), won(q[3])];
}

export interface LineIndex {
  /** Budget line name → index into the merged lines. */
  readonly byName: ReadonlyMap<string, number>;
  /** firstRow: 1-based sheet row of the line's first budget row. */
  readonly lines: readonly { category: string; name: string; budget: number; firstRow: number }[];
}

/** Budget rows merged by name (a duplicate name is reported elsewhere and its amounts added). */
export function indexBudget(budget: readonly BudgetLine[]): LineIndex {
  const byName = new Map<string, number>();
  const lines: { category: string; name: string; budget: number; firstRow: number }[] = [];
  for (const record of budget) {
    const i = byName.get(record.name);
    if (i === undefined) {
      byName.set(record.name, lines.length);
      lines.push({ category: record.category, name: record.name, budget: record.amount, firstRow: record.ref.row });
    } else lines[i]!.budget += record.amount;
  }
  return { byName, lines };
}

/**
 * The test for dates that count toward the figures: in the fiscal year and not after the as-of
 * date. ISO dates compare as strings, and the bounds are built once, so rows cost no parsing and
 * no allocation.
 */
export function countsInPeriod(period: Period): (date: IsoDate) => boolean {
  const first = `${period.year}-01-01`;
  const yearEnd = `${period.year}-12-31`;
  const last = period.asOf < yearEnd ? period.asOf : yearEnd;
  return (date) => date >= first && date <= last;
}

export function computeFigures(
  period: Period,
  index: LineIndex,
  grants: readonly Grant[],
  ledger: readonly LedgerEntry[],
  ratioDecimals: 0 | 1,
): Figures {
  let totalBudget = 0;
  for (const l of index.lines) totalBudget += l.budget;

  const counts = countsInPeriod(period);
  let grantsToDate = 0;
  for (const record of grants) if (counts(record.date)) grantsToDate += record.amount;

  const byQuarter: Quarters = [0, 0, 0, 0];
  const lineQuarters: Quarters[] = index.lines.map(() => [0, 0, 0, 0]);
  let executed = 0;
  for (const record of ledger) {
    if (!counts(record.date)) continue;
    const q = quarterOfDate(record.date) - 1;
    executed += record.amount;
    byQuarter[q] = byQuarter[q]! + record.amount;
    const i = index.byName.get(record.budgetLine);
    if (i !== undefined) {
      const lq = lineQuarters[i]!;
      lq[q] = lq[q]! + record.amount;
    }
  }

  const lines: LineFigures[] = index.lines.map((l, i) => {
    const q = lineQuarters[i]!;
    const ex = q[0] + q[1] + q[2] + q[3];
    return {
      category: l.category,
      name: l.name,
      budget: won(l.budget),
      byQuarter: wonQuarters(q),
      executed: won(ex),
      remaining: won(l.budget - ex),
      ratio: ratio(ex, l.budget),
    };
  });

  const cats = new Map<string, { budget: number; q: Quarters }>();
  for (const l of lines) {
    const c = cats.get(l.category) ?? { budget: 0, q: [0, 0, 0, 0] as Quarters };
    c.budget += l.budget;
    for (let k = 0; k < 4; k++) c.q[k] = c.q[k]! + l.byQuarter[k]!;
    cats.set(l.category, c);
  }
  const categories: CategoryFigures[] = [...cats].map(([category, c]) => {
    const ex = c.q[0] + c.q[1] + c.q[2] + c.q[3];
    return {
      category,
      budget: won(c.budget),
      byQuarter: wonQuarters(c.q),
      executed: won(ex),
      remaining: won(c.budget - ex),
      ratio: ratio(ex, c.budget),
    };
  });

  return {
    year: period.year,
    quarter: period.quarter,
    asOf: period.asOf,
    totalBudget: won(totalBudget),
    grantsToDate: won(grantsToDate),
    executedToDate: won(executed),
    ratioToBudget: ratio(executed, totalBudget),
    ratioToGrants: ratio(executed, grantsToDate),
    byQuarter: wonQuarters(byQuarter),
    lines,
    categories,
    display: {
      ratioToBudget: formatRatioOf(executed, totalBudget, ratioDecimals),
      ratioToGrants: formatRatioOf(executed, grantsToDate, ratioDecimals),
    },
  };
}

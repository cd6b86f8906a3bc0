// The figures of a committee report, from integer won, for a period decided in period.ts.
// Definitions (also in the README):
// - totalBudget: sum of the budget lines (total rows and bad rows excluded);
// - grantsToDate: grants dated in the year on or before the as-of date;
// - executedToDate: ledger entries dated in the year on or before the as-of date (refunds count
//   negative; total rows and rows with a bad date or amount excluded; entries whose budget line
//   is unknown still count here, under no line);
// - ratios: executedToDate ÷ totalBudget and ÷ grantsToDate, unrounded; shown rounded half-up.

import { formatRatioOf } from "./display";
import type { BudgetLine, CategoryFigures, Figures, Grant, IsoDate, LedgerEntry, LineFigures, Quarter } from "./model";
import { won, type Won } from "./money";
import { quarterOfDate } from "./parse/date";

export interface Period {
  readonly year: number;
  readonly quarter: Quarter;
  readonly asOf: IsoDate;
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

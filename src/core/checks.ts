// Checks across rows and sheets, after reading: duplicate budget lines, ledger budget lines the
// budget lacks, and once the period is known, dates outside the year, rows after the as-of date,
// grants above the budget and lines spent beyond their budget. (Checks of one cell or one row are
// the reader's, in read/.)

import { countsInPeriod, type LineIndex, type Period } from "./figures";
import type { Issue } from "./issues/issue";
import type { BudgetLine, Figures, Grant, LedgerEntry, Program } from "./model";
import { yearOfIso } from "./parse/date";
import { nearestName } from "./parse/names";
import { fieldCell, type SheetReading } from "./read/rows";

/** Date checks for ledger and grants (outside the year: error; after as-of: info) and programs. */
export function checkDates(
  period: Period,
  grants: SheetReading<Grant> | null,
  ledgers: readonly SheetReading<LedgerEntry>[],
  programs: SheetReading<Program> | null,
  issues: Issue[],
): void {
  const counts = countsInPeriod(period);
  for (const sheet of [grants, ...ledgers] as const) {
    if (!sheet) continue;
    // Rows after the as-of date are expected (a Q2 report run in June), so they make one info
    // issue per sheet, at the first such row, not one per row: a 100,000-row ledger would
    // otherwise bury the errors under tens of thousands of notes.
    let later: { cell: string | undefined; date: string; count: number; minDate: string; maxDate: string } | null = null;
    for (const record of sheet.records as readonly { date: string; ref: { row: number } }[]) {
      const date = record.date;
      if (counts(date)) continue; // the common case, no allocation
      if (yearOfIso(date) !== period.year) {
        const cell = fieldCell(sheet, "date", record.ref.row);
        issues.push({ severity: "error", code: "date-outside-year", sheet: sheet.sheet, cell, value: date, params: { year: period.year } });
      } else if (date > period.asOf) {
        if (later === null) later = { cell: fieldCell(sheet, "date", record.ref.row), date, count: 0, minDate: date, maxDate: date };
        later.count += 1;
        if (date < later.minDate) later.minDate = date;
        if (date > later.maxDate) later.maxDate = date;
      }
    }
    if (later !== null)
      issues.push({
        severity: "info",
        code: "date-after-as-of",
        sheet: sheet.sheet,
        cell: later.cell,
        value: later.date,
        params: { asOf: period.asOf, count: later.count, firstDate: later.minDate, lastDate: later.maxDate },
      });
  }
  if (programs)
    for (const record of programs.records)
      if (record.date !== undefined && yearOfIso(record.date) !== period.year)
        issues.push({
          severity: "error",
          code: "date-outside-year",
          sheet: programs.sheet,
          cell: fieldCell(programs, "date", record.ref.row),
          value: record.date,
          params: { year: period.year },
        });
}

/** Second and later budget rows with a name already used: error, amounts added together. */
export function checkDuplicateBudgetLines(budget: SheetReading<BudgetLine>, issues: Issue[]): void {
  const first = new Map<string, number>();
  for (const record of budget.records) {
    const f = first.get(record.name);
    if (f === undefined) first.set(record.name, record.ref.row);
    else
      issues.push({
        severity: "error",
        code: "duplicate-budget-line",
        sheet: budget.sheet,
        cell: fieldCell(budget, "budgetLine", record.ref.row),
        value: record.name,
        params: { firstCell: fieldCell(budget, "budgetLine", f) ?? "" },
      });
  }
}

/**
 * Ledger budget lines the budget does not have. The nearest known name is computed once per
 * distinct unknown name, so a 100,000-row ledger with one typo repeated costs one search.
 */
export function checkUnknownLines(ledger: SheetReading<LedgerEntry>, index: LineIndex, issues: Issue[], refused: ReadonlySet<string> = new Set()): void {
  const known = [...index.byName.keys()];
  const suggestions = new Map<string, string | null>();
  for (const record of ledger.records) {
    // A line whose budget row was refused (its amount has an error of its own) is not unknown:
    // one bad budget cell must not become an error on every ledger row of that line.
    if (index.byName.has(record.budgetLine) || refused.has(record.budgetLine)) continue;
    let s = suggestions.get(record.budgetLine);
    if (s === undefined) {
      s = nearestName(record.budgetLine, known);
      suggestions.set(record.budgetLine, s);
    }
    issues.push({
      severity: "error",
      code: "unknown-budget-line",
      sheet: ledger.sheet,
      cell: fieldCell(ledger, "budgetLine", record.ref.row),
      value: record.budgetLine,
      params: s === null ? {} : { suggestion: s },
    });
  }
}

/** A budget header that names a part of the year ("1분기", "2분기 예산", "상반기"). */
const QUARTER_HEADER = /(?:^|[^\d])[1-4](?:\/4)?분기|상반기|하반기|q[1-4]/i;

/**
 * Grants to date above the annual budget: error at the grant that crosses it, naming the likely
 * cause when the figures point at one: grants hundreds of times the budget are a budget written
 * in 천원 without a unit; a budget column that is a quarter's is not the annual budget.
 */
export function checkGrantsWithinBudget(period: Period, grants: SheetReading<Grant>, figures: Figures, issues: Issue[], budget: SheetReading<BudgetLine>): void {
  if (figures.grantsToDate <= figures.totalBudget) return;
  const counts = countsInPeriod(period);
  let running = 0;
  let cell: string | undefined;
  for (const record of grants.records) {
    if (!counts(record.date)) continue;
    running += record.amount;
    if (running > figures.totalBudget) {
      cell = fieldCell(grants, "amount", record.ref.row);
      break;
    }
  }
  const amount = budget.columns.find((c) => c.field === "amount");
  const unitLike = budget.unit === null && figures.totalBudget > 0 && figures.grantsToDate >= 500 * figures.totalBudget;
  const quarterLike = amount !== undefined && QUARTER_HEADER.test(amount.header.replace(/\s/g, ""));
  const cause = unitLike ? "budget-unit" : quarterLike ? "budget-quarter" : undefined;
  issues.push({
    severity: "error",
    code: "grants-exceed-budget",
    sheet: grants.sheet,
    ...(cell ? { cell } : {}),
    params: { grants: figures.grantsToDate, budget: figures.totalBudget, ...(cause ? { cause } : {}), ...(cause && amount ? { budgetCell: `'${budget.sheet}'!${amount.headerCell}` } : {}) },
  });
}

/** A line spent beyond its budget: warning at the line's budget amount. */
export function checkOverspent(budget: SheetReading<BudgetLine>, index: LineIndex, figures: Figures, issues: Issue[]): void {
  figures.lines.forEach((l, i) => {
    if (l.executed <= l.budget) return;
    issues.push({
      severity: "warning",
      code: "line-overspent",
      sheet: budget.sheet,
      cell: fieldCell(budget, "amount", index.lines[i]!.firstRow),
      params: { line: l.name, executed: l.executed, budget: l.budget },
    });
  });
}

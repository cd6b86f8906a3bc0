// The workbook reader: finds each data sheet, its header row(s), columns and unit, and reads its
// rows into records. The budget is parsed first and decided last: a dateless ledger row naming a
// real budget line is a payment missing its date (not a total), and a budget row the ledger spends
// on is a line (not a total). What it saw (per sheet: header rows, field → column, unit, which
// rows were records, totals, parents, cancelled, refunds, headings or refused, and the fixes on
// offer) is returned with the records, so nothing after it walks the grid again.

import type { WorkbookGrid } from "../grid";
import type { Issue } from "../issues/issue";
import type { BudgetLine, Grant, LedgerEntry, Program } from "../model";
import { budgetNames, parseBudget } from "./budget";
import { decideBudget } from "./budget-decide";
import { findSheets, type SheetMatch } from "./find-sheets";
import { findHeader, type HeaderReading } from "./header";
import { combineLedgers } from "./ledgers";
import type { Overrides } from "./overrides";
import { readGrants, readLedger, readPrograms } from "./records";
import type { SheetReading, SheetSource } from "./rows";
import type { DataRole } from "./specs";
import { findUnit } from "./units";

export interface WorkbookReading {
  readonly budget: SheetReading<BudgetLine> | null;
  readonly grants: SheetReading<Grant> | null;
  /** Every ledger sheet read, in workbook order (a ledger may be kept over several sheets). */
  readonly ledgers: readonly SheetReading<LedgerEntry>[];
  readonly programs: SheetReading<Program> | null;
  /**
   * Every data sheet whose header row was found, in role order (budget, grants, ledger,
   * programs); one missing a required column is here with `missing` set and no records.
   */
  readonly sheets: readonly SheetReading[];
  /** The sheet chosen for each role the workbook has, read or not (its header may be missing). */
  readonly found: readonly FoundSheet[];
}

export interface FoundSheet {
  readonly role: DataRole;
  readonly sheet: string;
  /** A year in the sheet's name ("2024 예산"), if any. */
  readonly nameYear: number | null;
}

/**
 * Reads the data sheets. `year`, when known before reading (an option or the meeting sheet),
 * picks among several sheets of one role the one named with that year. `overrides` are the user's
 * reading choices (the settings sheet and the run's options).
 */
export function readWorkbook(grid: WorkbookGrid, year: number | undefined, overrides: Overrides, issues: Issue[]): WorkbookReading {
  const matches = findSheets(grid.sheets, year, issues);
  const date1904 = grid.date1904 === true;
  const unread: SheetReading[] = [];
  /** The header, unit and choices of a matched sheet; null when its header is not found or lacks a required column. */
  const source = (match: SheetMatch): SheetSource | null => {
    const sheetOverrides = overrides.empty ? undefined : overrides.forSheet(match.grid.name, match.spec.role, issues);
    const header = findHeader(match, sheetOverrides, issues);
    if (!header) return null;
    // Without every required column no row can be read; the sheet is still listed as found.
    if (header.missing.length > 0) {
      unread.push(unreadSheet(match, header));
      return null;
    }
    const amountHeaders = (header.budgetColumns ?? header.columns.filter((c) => c.field === "amount")).map((c) => ({ text: c.header, cell: c.headerCell }));
    const unit = match.spec.role === "programs" ? null : findUnit(match.grid, header.index, amountHeaders);
    if (unit) issues.push({ severity: "info", code: "unit-scaled", sheet: match.grid.name, cell: unit.cell, params: { unit: unit.text, factor: unit.factor } });
    return { grid: match.grid, header, nameYear: match.nameYear, unit, date1904, overrides: sheetOverrides };
  };
  const of = (role: DataRole) => matches.filter((m) => m.spec.role === role);

  const budgetSource = of("budget").map(source)[0] ?? null;
  const parsedBudget = budgetSource ? parseBudget(budgetSource.grid, budgetSource.header, budgetSource.nameYear, budgetSource.unit, budgetSource.overrides) : null;
  const grantsSource = of("grants").map(source)[0] ?? null;
  const grants = grantsSource ? readGrants(grantsSource, issues) : null;
  const names = parsedBudget ? budgetNames(parsedBudget) : undefined;
  const ledgerSources = of("ledger").map(source);
  const ledgers = combineLedgers(
    ledgerSources.flatMap((src) => (src ? [readLedger(src, names, issues)] : [])),
    issues,
  );
  const spent = new Set<string>();
  for (const l of ledgers) for (const e of l.records) spent.add(e.budgetLine);
  const budget = parsedBudget ? decideBudget(parsedBudget, spent, issues) : null;
  const programsSource = of("programs").map(source)[0] ?? null;
  const programs = programsSource ? readPrograms(programsSource, issues) : null;

  // A sheet with headers and nothing under them reads without a single cell issue, and its
  // figures would quietly show "-" or 0: say so. Not when its rows were all refused (those rows
  // already have errors of their own).
  for (const [sheet, severity] of [[budget, "warning"], [grants, "warning"], ...ledgers.map((l) => [l, "info"] as const)] as const)
    if (sheet && sheet.records.length === 0 && !issues.some((i) => i.sheet === sheet.sheet && i.severity === "error"))
      issues.push({ severity, code: "sheet-empty", sheet: sheet.sheet, params: { role: sheet.role } });
  overrides.unused(issues);
  // The 1904 date system is noted once, at the first date read as a 1904 serial.
  const first1904 = issues.findIndex((i) => i.code === "date-system-1904");
  for (let i = issues.length - 1; i > first1904; i--) if (issues[i]!.code === "date-system-1904") issues.splice(i, 1);

  const order: Record<DataRole, number> = { budget: 0, grants: 1, ledger: 2, programs: 3 };
  const sheets = [budget, grants, ...ledgers, programs, ...unread]
    .filter((s): s is SheetReading => s !== null)
    .sort((a, b) => order[a.role] - order[b.role] || grid.sheets.findIndex((g) => g.name === a.sheet) - grid.sheets.findIndex((g) => g.name === b.sheet));
  const found = matches.map((m) => ({ role: m.spec.role, sheet: m.grid.name, nameYear: m.nameYear }));
  return { budget, grants, ledgers, programs, sheets, found };
}

function unreadSheet(match: SheetMatch, header: HeaderReading): SheetReading {
  return {
    role: match.spec.role,
    sheet: match.grid.name,
    headerRow: header.row,
    headerRows: header.rows,
    columns: header.columns,
    headerCells: header.cells,
    unit: null,
    missing: header.missing,
    records: [],
    decisions: [],
    skipped: [],
    fixes: [],
    refusedNames: new Set(),
    titleYear: null,
    nameYear: match.nameYear,
  };
}

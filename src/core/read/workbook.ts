// The workbook reader: finds each data sheet, its header row and columns, and reads its rows into
// records. What it saw (per sheet: header row, field → column, which rows were records, totals,
// headings or refused, and the fixes on offer) is returned with the records, so nothing after it
// walks the grid again.

import type { WorkbookGrid } from "../grid";
import type { Issue } from "../issues/issue";
import type { BudgetLine, Grant, LedgerEntry, Program } from "../model";
import { findSheets, type SheetMatch } from "./find-sheets";
import { findHeader } from "./header";
import { readBudget, readGrants, readLedger, readPrograms, type SheetSource } from "./records";
import type { SheetReading } from "./rows";
import type { DataRole } from "./specs";

export interface WorkbookReading {
  readonly budget: SheetReading<BudgetLine> | null;
  readonly grants: SheetReading<Grant> | null;
  readonly ledger: SheetReading<LedgerEntry> | null;
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
 * picks among several sheets of one role the one named with that year.
 */
export function readWorkbook(grid: WorkbookGrid, year: number | undefined, issues: Issue[]): WorkbookReading {
  const matches = findSheets(grid.sheets, year, issues);
  const byRole = new Map<DataRole, SheetMatch>(matches.map((m) => [m.spec.role, m]));
  const sheets: SheetReading[] = [];
  const read = <T extends SheetReading>(role: DataRole, reader: (src: SheetSource, issues: Issue[]) => T): T | null => {
    const match = byRole.get(role);
    if (!match) return null;
    const header = findHeader(match, issues);
    if (!header) return null;
    // Without every required column no row can be read; the sheet is still listed as found.
    if (header.missing.length > 0) {
      sheets.push(unreadSheet(match, header));
      return null;
    }
    const sheet = reader({ grid: match.grid, header, nameYear: match.nameYear }, issues);
    sheets.push(sheet);
    return sheet;
  };
  const budget = read("budget", readBudget);
  const grants = read("grants", readGrants);
  const ledger = read("ledger", readLedger);
  const programs = read("programs", readPrograms);
  // A sheet with headers and nothing under them reads without a single cell issue, and its
  // figures would quietly show "-" or 0: say so. Not when its rows were all refused (those rows
  // already have errors of their own).
  for (const [sheet, severity] of [[budget, "warning"], [grants, "warning"], [ledger, "info"]] as const)
    if (sheet && sheet.records.length === 0 && !issues.some((i) => i.sheet === sheet.sheet && i.severity === "error"))
      issues.push({ severity, code: "sheet-empty", sheet: sheet.sheet, params: { role: sheet.role } });
  const found = matches.map((m) => ({ role: m.spec.role, sheet: m.grid.name, nameYear: m.nameYear }));
  return { budget, grants, ledger, programs, sheets, found };
}

function unreadSheet(match: SheetMatch, header: NonNullable<ReturnType<typeof findHeader>>): SheetReading {
  return {
    role: match.spec.role,
    sheet: match.grid.name,
    headerRow: header.row,
    columns: header.columns,
    missing: header.missing,
    records: [],
    skipped: [],
    fixes: [],
    refusedNames: new Set(),
    titleYear: null,
    nameYear: match.nameYear,
  };
}

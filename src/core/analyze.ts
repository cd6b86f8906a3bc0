// The core's one entry point for reading a workbook: recognise the sheets, read their rows,
// resolve the period, validate across sheets and compute the figures. Load first, then compute:
// this is synchronous and never touches a host.

import type { SheetGrid, WorkbookGrid } from "./grid";
import { sortIssues, type Issue } from "./issues";
import type { Analysis, AnalyzeOptions, BudgetLine, Grant, LedgerEntry, Program, RecognizedSheet } from "./model";
import { computeFigures, indexBudget, resolvePeriod, resolveYear } from "./figures";
import { yearOfIso } from "./parse/date";
import { readBudget, readGrants, readLedger, readPrograms, type ReadSheet } from "./read-sheets";
import { columnLettersOf, findHeader, findSheets, safeOrigin, type DataRole, type SheetMatch } from "./recognize";
import { parseAnalyzeOptions } from "./schema";
import { checkDates, checkDuplicateBudgetLines, checkGrantsWithinBudget, checkOverspent, checkUnknownLines } from "./validate";

function sheetsOf(grid: WorkbookGrid): SheetGrid[] {
  const list: unknown = (grid as { sheets?: unknown } | null | undefined)?.sheets;
  if (!Array.isArray(list)) return [];
  return list.filter((s): s is SheetGrid => typeof s === "object" && s !== null && Array.isArray((s as SheetGrid).values));
}

/**
 * Reads, validates and measures a workbook. Options not given are resolved as documented in
 * figures.ts; invalid options are ignored with an `option-invalid` warning. Issues come back
 * sorted: errors first, then by sheet, row and column.
 */
export function analyzeWorkbook(grid: WorkbookGrid, options?: AnalyzeOptions): Analysis {
  const { options: opts, issues } = parseAnalyzeOptions(options);
  const requestedYear = opts.year ?? (opts.asOf !== undefined ? yearOfIso(opts.asOf) : undefined);
  const found = findSheets(sheetsOf(grid), requestedYear);
  issues.push(...found.issues);

  // A hidden sheet is used like any other, but the user may not know it is there.
  for (const m of found.matches)
    if (m.grid.hidden === true) issues.push({ severity: "info", code: "sheet-hidden", sheet: m.grid.name, params: { role: m.spec.role } });

  const recognized: RecognizedSheet[] = [];
  const byRole = new Map<DataRole, SheetMatch>(found.matches.map((m) => [m.spec.role, m]));
  const read = <T extends { readonly ref: { readonly row: number } }>(role: DataRole, reader: (m: SheetMatch, h: NonNullable<ReturnType<typeof findHeader>["header"]>, i: Issue[]) => ReadSheet<T>): ReadSheet<T> | null => {
    const match = byRole.get(role);
    if (!match) return null;
    const { header, issues: headerIssues } = findHeader(match);
    issues.push(...headerIssues);
    if (!header) return null;
    // Without every required column no row can be read; the sheet is still listed as found.
    if (match.spec.fields.some((fs) => fs.required && !header.columns.has(fs.field))) {
      const origin = safeOrigin(match.grid);
      recognized.push({
        role,
        sheet: match.grid.name,
        headerRow: origin.row + header.row + 1,
        columns: columnLettersOf(header, origin.col),
        rowCount: 0,
      });
      return null;
    }
    const sheet = reader(match, header, issues);
    recognized.push(sheet.recognized);
    return sheet;
  };
  const budget = read<BudgetLine>("budget", readBudget);
  const grants = read<Grant>("grants", readGrants);
  const ledger = read<LedgerEntry>("ledger", readLedger);
  const programs = read<Program>("programs", readPrograms);
  // A sheet with headers and nothing under them reads without a single cell issue, and its
  // figures would quietly show "-" or 0: say so. Not when its rows were all refused (those
  // rows already have errors of their own).
  for (const [sheet, severity] of [[budget, "warning"], [grants, "warning"], [ledger, "info"]] as const) {
    if (sheet && sheet.rows.length === 0 && !issues.some((i) => i.sheet === sheet.sheet && i.severity === "error"))
      issues.push({ severity, code: "sheet-empty", sheet: sheet.sheet, params: { role: sheet.recognized.role } });
  }

  const records = {
    budget: budget?.rows ?? [],
    grants: grants?.rows ?? [],
    ledger: ledger?.rows ?? [],
    programs: programs?.rows ?? [],
  };

  const index = indexBudget(budget?.rows ?? []);
  if (budget) checkDuplicateBudgetLines(budget, issues);
  // Without a budget sheet every line would be "unknown"; sheet-missing already says it.
  if (budget && ledger) checkUnknownLines(ledger, index, issues, budget.refusedNames);

  const year = resolveYear(opts, budget, byRole.get("budget")?.nameYear ?? null, ledger?.rows ?? []);
  if (!year) {
    issues.push({ severity: "error", code: "year-undetermined", params: {} });
    return { recognized, records, issues: sortIssues(issues), figures: null };
  }
  if (year.source === "option" || year.source === "as-of") {
    const sheetYear = byRole.get("budget")?.nameYear ?? budget?.titleYear ?? null;
    if (sheetYear !== null && sheetYear !== year.year)
      issues.push({ severity: "warning", code: "year-conflict", sheet: byRole.get("budget")!.grid.name, params: { found: sheetYear, year: year.year } });
  }

  // Each amount is at most 1조 won, but a huge sheet of them could still pass 2^53: then no sum
  // is exact, and no figure is better than a wrong one.
  let sumAbs = 0;
  for (const rows of [budget?.rows, grants?.rows, ledger?.rows]) for (const r of rows ?? []) sumAbs += Math.abs(r.amount);
  if (sumAbs > Number.MAX_SAFE_INTEGER) {
    issues.push({ severity: "error", code: "totals-too-large", params: {} });
    return { recognized, records, issues: sortIssues(issues), figures: null };
  }

  const period = resolvePeriod(year.year, opts, ledger?.rows ?? [], grants?.rows ?? [], issues);
  checkDates(period, grants, ledger, programs, issues);
  const figures = computeFigures(period, index, grants?.rows ?? [], ledger?.rows ?? [], opts.ratioDecimals ?? 0);
  if (budget && grants) checkGrantsWithinBudget(period, grants, figures, issues);
  if (budget) checkOverspent(budget, index, figures, issues);

  return { recognized, records, issues: sortIssues(issues), figures };
}

// What a host that pays for every byte it reads (Excel, where a response over 5 MB is refused and
// `formulas` doubles one) should read besides the values, so the reader has its evidence:
// - by name alone, before any value: the budget and grants sheets, whose formulas are read whole
//   (they are small, and a 비목 row written "=SUM(C4:C5)" beside its name is a parent only by its
//   formula), and every data sheet, whose merged group headers are read in its first rows;
// - once the values are in hand: in the ledger, only the amount cells of rows that could be totals
//   and are not decided by their words (no date, no budget line the budget has), at most
//   FORMULA_CELLS_MAX a sheet.

import { cellAddress } from "../address";
import type { WorkbookGrid } from "../grid";
import type { Issue } from "../issues/issue";
import { isTotalLabel, matchSheetName, normalizeName } from "../parse/names";
import { findSheets } from "./find-sheets";
import { HEADER_SEARCH_ROWS, findHeader } from "./header";
import { noDate } from "./rows";
import { ROLE_SPECS } from "./specs";

/** Rows of a sheet whose merged ranges are read: the header search and a sub-header row below it. */
export const MERGE_ROWS = HEADER_SEARCH_ROWS + 2;
/** Ledger amount cells whose formulas are read, at most, per sheet (then arithmetic and words alone decide). */
export const FORMULA_CELLS_MAX = 2_000;

const roleOf = (name: string) => ROLE_SPECS.find((s) => matchSheetName(name, s.aliases))?.role;

/** Sheets whose whole used range's formulas are worth reading: the budget and the grants (small). */
export function formulaSheetsByName(names: readonly string[]): string[] {
  return names.filter((n) => {
    const role = roleOf(n);
    return role === "budget" || role === "grants";
  });
}

/** Sheets whose merged ranges (in their first MERGE_ROWS rows) are worth reading: every data sheet. */
export function mergeSheetsByName(names: readonly string[]): string[] {
  return names.filter((n) => roleOf(n) !== undefined);
}

/**
 * The ledger amount cells (A1) whose formulas the reader could use: rows with a number for an
 * amount but without a date, without a total word, and naming no budget line the budget has.
 * Empty for a healthy ledger.
 */
export function ledgerFormulaCells(grid: WorkbookGrid): { sheet: string; cells: string[] }[] {
  const scratch: Issue[] = [];
  const matches = findSheets(grid.sheets, undefined, scratch);
  const budget = matches.find((m) => m.spec.role === "budget");
  const lines = new Set<string>();
  if (budget) {
    const h = findHeader(budget, undefined, scratch);
    const col = h?.columns.find((c) => c.field === "budgetLine");
    if (h && col) for (let r = h.index + 1; r < budget.grid.values.length; r++) {
      const v = budget.grid.values[r]![col.col - budget.grid.origin.col];
      if (typeof v === "string") lines.add(normalizeName(v));
    }
  }
  const out: { sheet: string; cells: string[] }[] = [];
  for (const m of matches.filter((x) => x.spec.role === "ledger")) {
    const h = findHeader(m, undefined, scratch);
    if (!h) continue;
    const at = (field: string) => h.columns.find((c) => c.field === field);
    const [amount, date, line] = [at("amount"), at("date"), at("budgetLine")];
    if (!amount || !date) continue;
    const { origin, values } = m.grid;
    const cells: string[] = [];
    for (let r = h.index + 1; r < values.length && cells.length < FORMULA_CELLS_MAX; r++) {
      const row = values[r]!;
      // A total's cached value is a number.
      if (!noDate(row[date.col - origin.col]) || typeof row[amount.col - origin.col] !== "number") continue;
      const name = line ? row[line.col - origin.col] : null;
      if (typeof name === "string" && lines.has(normalizeName(name))) continue;
      if (row.some((v) => typeof v === "string" && isTotalLabel(v))) continue;
      cells.push(cellAddress(origin.row + r, amount.col));
    }
    if (cells.length > 0) out.push({ sheet: m.grid.name, cells });
  }
  return out;
}

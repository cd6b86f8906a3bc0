// What the Office host reads besides values, so the core can read by evidence (issue 8), within
// the payload rules the host follows (a formulas array is as large as the values it sits beside):
// - the workbook's date system: DATE(1904,1,1) evaluated in the workbook is 0 in the 1904 system
//   and 1,462 in the 1900 one (ExcelApi 1.2; one more item of the first sync). In a 1904 workbook
//   `values` gives date cells as 1904 serials: the reader converts them to the core's 1900 ones;
// - formulas of the budget and grants sheets (small, known by name), loaded with their values in
//   the same sync;
// - merged ranges of every data sheet's first rows (ExcelApi 1.13), in the same sync;
// - only when the values call for it, one more sync: the ledger's amount cells of rows that could
//   be totals and that words do not decide (core/read/evidence.ts, at most 2,000 a sheet).
// Only formulas that may mark a total reach the grid (SUM, SUBTOTAL, one column added).

import { putFormula, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import { mayBeTotalFormula } from "../../core/parse/formula";
import { MERGE_ROWS, formulaSheetsByName, ledgerFormulaCells, mergeSheetsByName } from "../../core/read/evidence";
import type { XFunctionResult, XRange, XRangeAreas, XRequestContext, XWorksheet } from "./excel-api";
import { stripSheet, tryBoxOf } from "./office-ranges";

/** Rows whose merged ranges are read: the header search from row 1, room for title rows above it. */
const MERGE_ADDRESS = `1:${MERGE_ROWS + 20}`;

/** Queued in the first sync: the probe of the date system. */
export function queueDateSystem(ctx: XRequestContext): XFunctionResult {
  return ctx.workbook.functions.date(1904, 1, 1).load("value") as XFunctionResult;
}

/** After the first sync: true for a 1904-system workbook. */
export function isDate1904(probe: XFunctionResult): boolean {
  return probe.value === 0;
}

/** Which sheets' formulas come with their values, and whose merges are read, by their names. */
export interface EvidencePlan {
  readonly formulas: ReadonlySet<string>;
  readonly merges: ReadonlySet<string>;
}

export function evidencePlan(names: readonly string[], mergedAreas: boolean): EvidencePlan {
  return { formulas: new Set(formulaSheetsByName(names)), merges: new Set(mergedAreas ? mergeSheetsByName(names) : []) };
}

/** Queued beside the values (second sync): the merged areas of a data sheet's first rows. */
export function queueMerges(sheet: XWorksheet): XRangeAreas {
  return sheet.getRange(MERGE_ADDRESS).getMergedAreasOrNullObject().load("address") as XRangeAreas;
}

/** "Sheet1!C2:D2, Sheet1!E2:G2" → the areas spanning columns, as "C2:D2". */
export function mergesOf(areas: XRangeAreas | undefined): string[] {
  if (!areas || areas.isNullObject || !areas.address) return [];
  return areas.address
    .split(/,(?=(?:[^']*'[^']*')*[^']*$)/)
    .map((a) => stripSheet(a.trim()).replace(/\$/g, "").toUpperCase())
    .filter((a) => {
      const b = tryBoxOf(a);
      return b !== null && b.right > b.left;
    });
}

/** A used range's `formulas` (loaded beside its values) → the grid's formula rows, total-like ones only. */
export function formulaRowsOf(formulas: readonly (readonly unknown[])[] | undefined): SheetGrid["formulas"] {
  if (!formulas) return undefined;
  let out: (string | null)[][] | undefined;
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f !== "string" || !f.startsWith("=") || !mayBeTotalFormula(f)) return;
      putFormula((out ??= []), r, c, f);
    }),
  );
  return out;
}

/** The grid with its sheets' formulas and merges as read. */
export function withEvidence(grid: WorkbookGrid, formulas: ReadonlyMap<string, SheetGrid["formulas"]>, merges: ReadonlyMap<string, readonly string[]>): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((s) => {
      const f = formulas.get(s.name);
      const m = merges.get(s.name);
      return f || (m && m.length > 0) ? { ...s, ...(f ? { formulas: f } : {}), ...(m && m.length > 0 ? { merges: m } : {}) } : s;
    }),
  };
}

/**
 * The ledger's candidate total rows' amount formulas, in one more sync, when there are any (a
 * healthy ledger has none: no sync). Returns the grid with them.
 */
export async function readLedgerFormulas(ctx: XRequestContext, grid: WorkbookGrid): Promise<WorkbookGrid> {
  const wanted = ledgerFormulaCells(grid);
  if (wanted.length === 0) return grid;
  const loads = wanted.map((w) => ({ sheet: w.sheet, ranges: w.cells.map((a) => ({ a, range: ctx.workbook.worksheets.getItem(w.sheet).getRange(a).load("formulas") as XRange })) }));
  await ctx.sync();
  const bySheet = new Map<string, SheetGrid["formulas"]>();
  for (const l of loads) {
    const s = grid.sheets.find((x) => x.name === l.sheet)!;
    const rows: (string | null)[][] = s.formulas ? s.formulas.map((r) => [...(r ?? [])]) : [];
    let found = false;
    for (const { a, range } of l.ranges) {
      const f = range.formulas[0]?.[0];
      const box = tryBoxOf(a);
      if (typeof f !== "string" || !f.startsWith("=") || !mayBeTotalFormula(f) || !box) continue;
      putFormula(rows, box.top - s.origin.row, box.left - s.origin.col, f);
      found = true;
    }
    if (found) bySheet.set(l.sheet, rows);
  }
  return withEvidence(grid, bySheet, new Map());
}

// What a host hands the core: the used range of each sheet as plain values.
// Hosts translate their own cell objects into these; the core never sees Office or ExcelJS types.

/** An Excel date cell, as the 1900-date-system serial number (days since 1899-12-30; fraction = time of day). */
export interface DateCell {
  readonly kind: "date";
  readonly serial: number;
}

/** A formula error value such as `#REF!`, `#N/A`, `#VALUE!`, or NOT_CALCULATED. */
export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

/**
 * The ErrorCell code a host gives a formula whose result it cannot know: a file saved by a
 * program that never calculated it (no cached value), read where nothing can compute it (the
 * xlsx host). Not an Excel error value; Excel itself always hands over a result.
 */
export const NOT_CALCULATED = "#NOT_CALCULATED";

/** One cell's value as read. Empty cells are null. Formulas arrive as their computed result. */
export type CellValue = string | number | boolean | null | DateCell | ErrorCell;

export interface SheetGrid {
  readonly name: string;
  /** 0-based sheet row and column of values[0][0]: the used range need not start at A1. */
  readonly origin: { readonly row: number; readonly col: number };
  /** Rows of the used range; rows may be ragged (shorter rows are padded with null by readers). */
  readonly values: readonly (readonly CellValue[])[];
  /** True for a hidden (or very hidden) sheet: read like the others, but worth a note. */
  readonly hidden?: boolean;
  /**
   * Formula text per cell, parallel to `values` (same origin; rows may be shorter or missing;
   * null where the cell holds no formula), with the leading "=" as Office.js `range.formulas`
   * gives it; `values` keeps the cached result. Hosts may send formulas only for the rows the
   * reader could take as totals (`formulaRowsToRead`): a formula summing its own column's range
   * ("=SUM(C4:C9)") marks a total row outright.
   */
  readonly formulas?: readonly (readonly (string | null)[] | undefined)[];
  /** Merged ranges in sheet A1 ("C3:D3"); the grid holds the value in the top-left cell only. */
  readonly merges?: readonly string[];
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /**
   * True for a workbook in the 1904 date system (Excel for Mac's old default). DateCell serials
   * are always 1900-system (hosts convert date-formatted cells); a bare number in a date column
   * is the workbook's own serial, so the reader adds 1,462 days to it.
   */
  readonly date1904?: boolean;
}

/** Days from the 1900 system's day 0 (1899-12-30) to the 1904 system's (1904-01-01). */
export const DAYS_1900_TO_1904 = 1_462;

export function isDateCell(v: CellValue): v is DateCell {
  return typeof v === "object" && v !== null && v.kind === "date";
}

export function isErrorCell(v: CellValue): v is ErrorCell {
  return typeof v === "object" && v !== null && v.kind === "error";
}

/** Nothing in the cell: empty, or text of spaces only. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** The formula text at 0-based (row, col) relative to the grid's origin, or null. */
export function formulaAt(grid: SheetGrid, row: number, col: number): string | null {
  return grid.formulas?.[row]?.[col] ?? null;
}

/** Sets a formula at 0-based (row, col) of formula rows being built (holes for rows without any). */
export function putFormula(rows: (string | null)[][], row: number, col: number, formula: string): void {
  const line = (rows[row] ??= []);
  while (line.length < col) line.push(null);
  line[col] = formula;
}

/** The value at 0-based (row, col) relative to the grid's origin, or null outside it. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

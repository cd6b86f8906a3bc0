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
}

export interface WorkbookGrid {
  readonly sheets: readonly SheetGrid[];
  /**
   * True when the file counts dates from 1904 (Mac Excel's old default). Date cells are already
   * converted to 1900 serials; a bare number typed into a date column is not (it is the 1904 count).
   */
  readonly date1904?: boolean;
}

export function isDateCell(v: CellValue): v is DateCell {
  return typeof v === "object" && v !== null && v.kind === "date";
}

export function isErrorCell(v: CellValue): v is ErrorCell {
  return typeof v === "object" && v !== null && v.kind === "error";
}

/** The value at 0-based (row, col) relative to the grid's origin, or null outside it. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

// ExcelJS cells → the core's plain grid. Runs in Node and the browser (no file IO here).

import type * as ExcelJS from "exceljs";
import { NOT_CALCULATED, type CellValue, type SheetGrid, type WorkbookGrid } from "../../core/grid";

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (the 1900 system's day 0) to 1970-01-01. */
const EPOCH_OFFSET_DAYS = 25_569;

/**
 * A JS Date as ExcelJS returns it (UTC wall-clock of the cell) → 1900-system serial.
 * ExcelJS already converts 1904-system workbooks to the right calendar date, so this is always
 * the 1900 serial the core expects.
 */
export function dateToSerial(d: Date): number {
  return d.getTime() / MS_PER_DAY + EPOCH_OFFSET_DAYS;
}

export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_OFFSET_DAYS) * MS_PER_DAY));
}

function richTextToString(rt: { richText: readonly { text: string }[] }): string {
  return rt.richText.map((r) => r.text).join("");
}

/** Converts a plain (non-formula) ExcelJS value. Unknown shapes become their text, never throw. */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) {
    const t = v.getTime();
    return Number.isNaN(t) ? null : { kind: "date", serial: dateToSerial(v) };
  }
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { kind: "error", code: o.error };
    if (Array.isArray(o.richText)) return richTextToString(o as { richText: { text: string }[] });
    if ("hyperlink" in o || "text" in o) {
      const text = o.text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown }).richText)) {
        return richTextToString(text as { richText: { text: string }[] });
      }
      return typeof o.hyperlink === "string" ? o.hyperlink : null;
    }
    if ("formula" in o || "sharedFormula" in o) {
      // A formula without a cached result (saved by a program that never calculated it): we
      // cannot compute it, and reading it as empty would call a visible amount "blank".
      return o.result === undefined ? { kind: "error", code: NOT_CALCULATED } : plainValue(o.result);
    }
  }
  return String(v);
}

/** One cell's value as the core sees it: formulas as their cached result; merged-area followers empty. */
export function readCellValue(cell: ExcelJS.Cell): CellValue {
  // Merged-area followers report the master's value in ExcelJS; Excel itself keeps them empty.
  if (cell.isMerged && cell.master !== cell) return null;
  return plainValue(cell.value);
}

/** The used range (cells with a value) of one worksheet, with its origin. */
export function readSheetGrid(ws: ExcelJS.Worksheet): SheetGrid {
  // Collect cells once, tracking the bounds; rows are sparse in ExcelJS.
  const cells: { r: number; c: number; v: CellValue }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = readCellValue(cell);
      if (v === null || v === "") return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, v });
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  // Hidden sheets are read like the others; the core notes it when it uses one.
  const hidden = ws.state === "hidden" || ws.state === "veryHidden" ? { hidden: true } : {};
  if (cells.length === 0) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], ...hidden };
  const width = right - left + 1;
  const height = bottom - top + 1;
  const values: CellValue[][] = [];
  if (width * height <= DENSE_CELLS_MAX) {
    for (let r = 0; r < height; r++) values.push(new Array<CellValue>(width).fill(null));
  } else {
    // One stray cell far away (a space in XFD1048576) would make the rectangle 17 billion cells
    // and run out of memory. Rows may be ragged (grid.ts): each row only as long as its own last
    // cell, and rows with nothing share one empty array.
    const lastCol = new Map<number, number>();
    for (const { r, c } of cells) lastCol.set(r, Math.max(lastCol.get(r) ?? -1, c));
    for (let r = top; r <= bottom; r++) {
      const last = lastCol.get(r);
      values.push(last === undefined ? EMPTY_ROW : new Array<CellValue>(last - left + 1).fill(null));
    }
  }
  for (const { r, c, v } of cells) values[r - top]![c - left] = v;
  return { name: ws.name, origin: { row: top, col: left }, values, ...hidden };
}

/** Up to this many cells the used range is a full rectangle (what tests and callers compare). */
const DENSE_CELLS_MAX = 5_000_000;
/** Shared by every empty row of a sparse sheet; never written to (the loop above fills only rows with cells). */
const EMPTY_ROW: CellValue[] = [];

/** Every worksheet's used range, in workbook order. */
export function readWorkbookGrid(wb: ExcelJS.Workbook): WorkbookGrid {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(readSheetGrid(ws)));
  return { sheets };
}

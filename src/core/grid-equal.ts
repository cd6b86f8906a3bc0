// Whether two reads of a workbook hold the same cells: the standalone pane asks before it drops a
// working copy with changes the user has not downloaded, and stops asking once the copy equals
// what was opened (or last downloaded) again — after undoing the fixes, say. Values only, as the
// core reads them: number formats and styles are not compared.

import type { CellValue, SheetGrid, WorkbookGrid } from "./grid";

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (a.kind === "date" && b.kind === "date") return a.serial === b.serial;
  if (a.kind === "error" && b.kind === "error") return a.code === b.code;
  return false;
}

/** The same cells at the same sheet coordinates; an empty cell equals no cell (a used range may shrink or grow). */
function sameSheet(a: SheetGrid, b: SheetGrid): boolean {
  if (a.name !== b.name) return false;
  const top = Math.min(a.origin.row, b.origin.row);
  const left = Math.min(a.origin.col, b.origin.col);
  const bottom = Math.max(a.origin.row + a.values.length, b.origin.row + b.values.length);
  const widest = (g: SheetGrid) => g.origin.col + g.values.reduce((w, r) => Math.max(w, r.length), 0);
  const right = Math.max(widest(a), widest(b));
  const at = (g: SheetGrid, r: number, c: number): CellValue => g.values[r - g.origin.row]?.[c - g.origin.col] ?? null;
  for (let r = top; r < bottom; r++) for (let c = left; c < right; c++) if (!sameCell(at(a, r, c), at(b, r, c))) return false;
  return true;
}

/** True when both grids have the same sheets, in the same order, with the same cell values. */
export function sameGridContent(a: WorkbookGrid, b: WorkbookGrid): boolean {
  if (a === b) return true;
  if (a.sheets.length !== b.sheets.length) return false;
  return a.sheets.every((s, i) => sameSheet(s, b.sheets[i]!));
}

// Building a sheet's used range from its cells, and changing one cell of it (after an edit) the
// way a fresh read of the edited sheet would see it.

import type { CellValue, SheetGrid } from "../../core/grid";

/** Up to this many cells the used range is a full rectangle (what tests and callers compare). */
const DENSE_CELLS_MAX = 5_000_000;
/** Shared by every empty row of a sparse sheet; never written to. */
const EMPTY_ROW: CellValue[] = [];

/** Cells (parallel arrays of 0-based rows, columns and non-empty values) → origin and values of their used range. */
export function usedRange(rows: readonly number[], cols: readonly number[], vals: readonly CellValue[]): Pick<SheetGrid, "origin" | "values"> {
  if (vals.length === 0) return { origin: { row: 0, col: 0 }, values: [] };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let k = 0; k < vals.length; k++) {
    const r = rows[k]!;
    const c = cols[k]!;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
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
    for (let k = 0; k < rows.length; k++) lastCol.set(rows[k]!, Math.max(lastCol.get(rows[k]!) ?? -1, cols[k]!));
    for (let r = top; r <= bottom; r++) {
      const last = lastCol.get(r);
      values.push(last === undefined ? EMPTY_ROW : new Array<CellValue>(last - left + 1).fill(null));
    }
  }
  for (let k = 0; k < vals.length; k++) values[rows[k]! - top]![cols[k]! - left] = vals[k]!;
  return { origin: { row: top, col: left }, values };
}

/** The grid with one cell (0-based sheet coordinates) set; null empties it. The original is not changed. */
export function setGridCell(grid: SheetGrid, row: number, col: number, value: CellValue): SheetGrid {
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const height = grid.values.length;
  const width = grid.values.reduce((w, x) => Math.max(w, x.length), 0);
  const inside = r >= 0 && r < height && c >= 0 && c < width;
  const onEdge = r === 0 || r === height - 1 || c === 0 || c === width - 1;
  if (inside && !(value === null && onEdge)) {
    const values = grid.values.slice();
    const line = values[r]!.slice();
    while (line.length <= c) line.push(null);
    line[c] = value;
    values[r] = line;
    return { ...grid, values };
  }
  if (!inside && value === null) return grid;
  // The used range grows or may shrink: rebuilt from the cells, as a read would.
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: CellValue[] = [];
  grid.values.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || (i === r && j === c)) return;
      rows.push(grid.origin.row + i);
      cols.push(grid.origin.col + j);
      vals.push(v);
    }),
  );
  if (value !== null) {
    rows.push(row);
    cols.push(col);
    vals.push(value);
  }
  return { ...grid, ...usedRange(rows, cols, vals) };
}

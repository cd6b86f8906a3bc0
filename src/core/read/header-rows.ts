// Where a sheet's header is, and what each column's header says. The header row is the first row
// within the first 20 rows of the used range that carries at least two known headers. A merged
// group header over sub-headers ("집행금액" over "보조금 | 자부담 | 계", "예산액" over "본예산 |
// 변경예산") is read as one header of combined names; the group comes from the sheet's merged
// ranges, or, where a host gives none, from a blank header cell to the right of a header with a
// sub-header under it (which is how a merged cell arrives).

import { cellAddress, tryParseCellAddress } from "../address";
import { isBlank, type CellValue, type SheetGrid } from "../grid";

/** How far down the used range the header row may be. */
export const HEADER_SEARCH_ROWS = 20;

/** One column's header as read: its own text and, in a two-row header, the group above it. */
export interface HeaderCell {
  /** 0-based sheet column. */
  readonly col: number;
  /** The header as the user reads it: "집행금액 계" for a sub-header under a group, else the cell. */
  readonly text: string;
  /** The column's own (lowest) header text: "계". */
  readonly own: string;
  /** The merged group header above it, in a two-row header. */
  readonly group: string | null;
  /** A1 of the lowest header cell with text in this column (the sub-header when there is one). */
  readonly cell: string;
}

export interface HeaderRows {
  /** 0-based rows of the grid's values: the header row and, for a two-row header, the one below. */
  readonly indexes: readonly number[];
  /** Each non-blank column's header, left to right. */
  readonly cells: readonly HeaderCell[];
}

const text = (v: CellValue | undefined): string => (typeof v === "string" ? v.trim() : "");

interface Span {
  readonly from: number;
  readonly to: number;
}

/** Horizontal merges that start on sheet row `row` (0-based), as 0-based column spans. */
function mergedSpans(grid: SheetGrid, row: number): Span[] {
  const spans: Span[] = [];
  for (const m of grid.merges ?? []) {
    const [a = "", b = a] = m.split(":");
    const top = tryParseCellAddress(a);
    const bottom = tryParseCellAddress(b);
    if (top && bottom && top.row === row && bottom.col > top.col) spans.push({ from: top.col, to: bottom.col });
  }
  return spans;
}

/**
 * The groups of a two-row header whose top row is values[r]: merged spans, else runs of blank top
 * cells after a header whose columns have sub-headers. Null unless the row below is a sub-header
 * row: only text, at least two cells, every one under a group.
 */
function subHeaderSpans(grid: SheetGrid, r: number): Span[] | null {
  const top = grid.values[r] ?? [];
  const below = grid.values[r + 1];
  if (!below) return null;
  const origin = grid.origin.col;
  const spans = mergedSpans(grid, grid.origin.row + r).map((s) => ({ from: s.from - origin, to: s.to - origin }));
  const inSpan = (c: number) => spans.some((s) => c >= s.from && c <= s.to);
  const width = Math.max(top.length, below.length);
  for (let c = 0; c < width; c++) {
    if (text(top[c]) === "" || inSpan(c)) continue;
    let to = c;
    while (to + 1 < width && text(top[to + 1]) === "" && text(below[to + 1]) !== "" && !inSpan(to + 1)) to++;
    if (to > c && text(below[c]) !== "") spans.push({ from: c, to });
  }
  if (spans.length === 0) return null;
  let filled = 0;
  for (let c = 0; c < below.length; c++) {
    const v = below[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || !spans.some((s) => c >= s.from && c <= s.to)) return null;
    filled++;
  }
  return filled >= 2 ? spans : null;
}

/** The header cells of the header starting at values[r], with the row below when it is a sub-header row. */
export function headerCells(grid: SheetGrid, r: number): HeaderRows {
  const { origin, values } = grid;
  const top = values[r] ?? [];
  const spans = subHeaderSpans(grid, r);
  const below = spans ? (values[r + 1] ?? []) : [];
  const cells: HeaderCell[] = [];
  const width = Math.max(top.length, below.length);
  for (let c = 0; c < width; c++) {
    const span = spans?.find((s) => c >= s.from && c <= s.to);
    const own = text(top[c]);
    if (span) {
      const group = text(top[span.from]);
      const sub = text(below[c]);
      if (group === "" && sub === "") continue;
      cells.push({
        col: origin.col + c,
        text: sub === "" ? group : group === "" ? sub : `${group} ${sub}`,
        own: sub === "" ? group : sub,
        group: group === "" ? null : group,
        cell: cellAddress(origin.row + (sub === "" ? r : r + 1), origin.col + (sub === "" ? span.from : c)),
      });
    } else if (own !== "") cells.push({ col: origin.col + c, text: own, own, group: null, cell: cellAddress(origin.row + r, origin.col + c) });
  }
  return { indexes: spans ? [r, r + 1] : [r], cells };
}

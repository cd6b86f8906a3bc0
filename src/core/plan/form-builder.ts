// Builds a SheetPlan row by row for form-like sheets (minutes, execution summary).
// A "box" is a merged range whose outer edges get the style's borders: every cell of the range is
// planned with the borders of the edges it lies on, because Excel draws merged borders per cell.
// Row heights are computed from the text in each box (text-measure.ts), never left to auto-fit.

import type { CellStyle, Merge, PlanValue, PlannedCell, PrintSetup, SheetKind, SheetPlan } from "./sheet-plan";
import { rowHeightFor } from "./text-measure";

/** Character units one indent level takes in Excel (about three spaces); rounded up to be safe. */
export const INDENT_UNITS = 3;
const BOLD_FACTOR = 1.05;

export interface BoxOptions {
  /** Last row of the range (inclusive) when it spans rows; default the same row. */
  readonly bottom?: number;
  /** Leave this box out of the row-height calculation. */
  readonly noMeasure?: boolean;
}

export class FormBuilder {
  private readonly cells: PlannedCell[] = [];
  private readonly merges: Merge[] = [];
  private readonly styleKeys = new Map<string, string>();
  private readonly styles: Record<string, CellStyle> = {};
  private readonly heights: Record<number, number> = {};
  private lastRow = -1;
  private readonly keep = new Set<number>();

  constructor(
    readonly columnWidths: readonly number[],
    readonly defaultFont: { readonly name: string; readonly size: number },
    /** Height of a row with no text, points. */
    readonly minRowHeight = 18,
  ) {}

  /** Width in character units of columns left..right. */
  width(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.columnWidths[c] ?? 0;
    return w;
  }

  /** Character units available to text in a box: minus the indent; bold glyphs are ~5% wider. */
  usableWidth(left: number, right: number, style: CellStyle): number {
    const w = this.width(left, right) - (style.indent ?? 0) * INDENT_UNITS;
    return style.font?.bold ? w / BOLD_FACTOR : w;
  }

  get rows(): number {
    return this.lastRow + 1;
  }

  private styleKey(style: CellStyle): string {
    const json = JSON.stringify(style);
    let key = this.styleKeys.get(json);
    if (key === undefined) {
      key = `s${this.styleKeys.size}`;
      this.styleKeys.set(json, key);
      this.styles[key] = style;
    }
    return key;
  }

  /** Plans a box from (row, left) to (bottom, right) holding `value` in its top-left cell. */
  box(row: number, left: number, right: number, value: PlanValue, style: CellStyle, opts: BoxOptions = {}): void {
    const bottom = opts.bottom ?? row;
    const b = style.border;
    for (let r = row; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const border: NonNullable<CellStyle["border"]> = {
          ...(b?.top && r === row ? { top: b.top } : {}),
          ...(b?.bottom && r === bottom ? { bottom: b.bottom } : {}),
          ...(b?.left && c === left ? { left: b.left } : {}),
          ...(b?.right && c === right ? { right: b.right } : {}),
        };
        // Excel and LibreOffice ignore an indent unless the alignment is explicitly left or right.
        const { border: _omit, ...rest } = style.indent && !style.horizontal ? { ...style, horizontal: "left" as const } : style;
        const cellStyle: CellStyle = Object.keys(border).length > 0 ? { ...rest, border } : rest;
        const master = r === row && c === left;
        this.cells.push({ row: r, col: c, value: master ? value : null, style: this.styleKey(cellStyle) });
      }
    }
    if (bottom > row || right > left) this.merges.push({ top: row, left, bottom, right });
    this.lastRow = Math.max(this.lastRow, bottom);
    if (!opts.noMeasure && bottom === row) {
      const text = value === null ? "" : String(value);
      const size = style.font?.size ?? this.defaultFont.size;
      const usable = this.usableWidth(left, right, style);
      const h = style.wrap ? rowHeightFor(text, usable, size, this.minRowHeight) : rowHeightFor("", usable, size, this.minRowHeight);
      this.atLeast(row, h);
    }
  }

  /** Makes the row at least `points` tall. */
  atLeast(row: number, points: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, points);
    this.lastRow = Math.max(this.lastRow, row);
  }

  /** Sets the row height exactly (spacers). */
  setHeight(row: number, points: number): void {
    this.heights[row] = points;
    this.lastRow = Math.max(this.lastRow, row);
  }

  /** Keeps `row` on the same printed page as the row after it (headings, table rows). */
  keepWithNext(row: number): void {
    this.keep.add(row);
  }

  /**
   * Where the pages break, given the printable height in points at 100% and the print scale:
   * greedy filling, then each break moved up past rows that must stay with the next one.
   * `titleRows` are repeated at the top of every page after the first (print titles).
   * Capacity is taken 4% short so the host's own automatic break never comes before ours.
   */
  paginate(printableHeight: number, scale: number, titleRows: readonly number[] = []): number[] {
    const h = (r: number) => this.heights[r] ?? 15;
    const titles = titleRows.reduce((sum, r) => sum + h(r), 0);
    const capacity = (printableHeight / scale) * 0.96;
    const breaks: number[] = [];
    let pageStart = 0;
    let used = 0;
    for (let r = 0; r < this.rows; r++) {
      const room = breaks.length === 0 ? capacity : capacity - titles;
      if (used + h(r) > room && r > pageStart) {
        let last = r - 1;
        while (last > pageStart && this.keep.has(last)) last--;
        if (last <= pageStart) last = r - 1;
        breaks.push(last);
        pageStart = last + 1;
        used = 0;
        for (let k = pageStart; k < r; k++) used += h(k);
      }
      used += h(r);
    }
    return breaks;
  }

  /** Adds `edge` borders to every planned cell of `row` in columns left..right (page edges of a box). */
  addBorder(row: number, left: number, right: number, edge: "top" | "bottom"): void {
    this.cells.forEach((c, i) => {
      if (c.row !== row || c.col < left || c.col > right) return;
      const style = c.style === undefined ? {} : this.styles[c.style]!;
      this.cells[i] = { ...c, style: this.styleKey({ ...style, border: { ...style.border, [edge]: "thin" } }) };
    });
  }

  build(
    name: string,
    kind: SheetKind,
    print: PrintSetup,
    extra: Partial<Pick<SheetPlan, "freeze" | "tabColor" | "rowBreaks" | "conditionalFormats" | "charts">> = {},
  ): SheetPlan {
    return {
      name,
      kind,
      cells: [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col),
      merges: this.merges,
      styles: this.styles,
      columnWidths: this.columnWidths,
      rowHeights: this.heights,
      defaultFont: this.defaultFont,
      showGridLines: false,
      print,
      ...extra,
    };
  }
}

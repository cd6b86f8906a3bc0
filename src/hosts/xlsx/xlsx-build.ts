// A plain grid → a new workbook, the way an accountant's file looks: dates as real date cells,
// amounts with thousands separators, readable column widths, A4 landscape one page wide. Used for
// the bundled sample (demo, tests, the browser's standalone mode) and the bench.

import { isDateCell, isErrorCell, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import type { RenderCell, RenderSheet } from "./sheet-xml";
import type { XlsxWorkbook } from "./workbook";
import { newWorkbook } from "./xlsx-read";

/** Shared by every date and amount cell (the renderer makes one cell style per style object). */
const DATE_STYLE = { numberFormat: "yyyy-mm-dd" };
const AMOUNT_STYLE = { numberFormat: "#,##0" };
/** The font of a new Excel workbook, and margins Excel gives a new sheet (inches). */
const DEFAULT_FONT = { name: "Calibri", size: 11 };
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** Display width in Excel character units: Hangul and other wide characters count double. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

/** One grid as a sheet to render. */
export function gridSheet(grid: SheetGrid): RenderSheet {
  const widths: (number | undefined)[] = [];
  const cells: RenderCell[] = [];
  const { row: r0, col: c0 } = grid.origin;
  grid.values.forEach((rowValues, r) => {
    rowValues.forEach((v, c) => {
      if (v === null) return;
      let shown: string;
      let cell: RenderCell;
      if (isDateCell(v)) {
        cell = { row: r0 + r, col: c0 + c, value: v.serial, style: DATE_STYLE };
        shown = "2024-05-24";
      } else if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) >= 1000) {
        cell = { row: r0 + r, col: c0 + c, value: v, style: AMOUNT_STYLE };
        shown = v.toLocaleString("en-US");
      } else {
        cell = { row: r0 + r, col: c0 + c, value: v };
        shown = isErrorCell(v) ? v.code : String(v);
      }
      cells.push(cell);
      // Title rows (one long text in the first column) should not widen the column.
      if (!(c === 0 && rowValues.slice(1).every((x) => x === null))) {
        widths[c0 + c] = Math.max(widths[c0 + c] ?? 0, textWidth(shown));
      }
    });
  });
  return {
    cells,
    merges: [],
    columnWidths: Array.from(widths, (w) => (w === undefined ? undefined : Math.min(60, Math.max(8, w + 2)))),
    rowHeights: {},
    defaultFont: DEFAULT_FONT,
    showGridLines: true,
    tabSelected: false,
    // Printed the way the center prints its ledgers: A4 landscape, one page wide.
    page: { orientation: "landscape", margins: DEFAULT_MARGINS, fitToWidth: 1, fitToHeight: 0 },
  };
}

export function addGridSheet(wb: XlsxWorkbook, grid: SheetGrid): void {
  wb.addSheet(grid.name, gridSheet(grid), {}, grid.hidden === true);
}

export function buildWorkbookFromGrid(grid: WorkbookGrid): XlsxWorkbook {
  const wb = newWorkbook();
  for (const sheet of grid.sheets) addGridSheet(wb, sheet);
  return wb;
}

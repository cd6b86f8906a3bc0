// A plain grid → an ExcelJS workbook, the way an accountant's file looks: dates as real date
// cells, amounts with thousands separators, readable column widths. Used for the bundled sample
// (demo, tests, the browser's standalone mode) and the bench.

import * as ExcelJS from "exceljs";
import { isDateCell, isErrorCell, type CellValue, type SheetGrid, type WorkbookGrid } from "../../core/grid";
import { serialToDate } from "./xlsx-read";

const DATE_FORMAT = "yyyy-mm-dd";
const AMOUNT_FORMAT = "#,##0";

/** Display width in Excel character units: Hangul and other wide characters count double. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function toExcel(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (isDateCell(v)) return serialToDate(v.serial);
  if (isErrorCell(v)) return { error: v.code as ExcelJS.CellErrorValue["error"] };
  return v;
}

export function addGridSheet(wb: ExcelJS.Workbook, grid: SheetGrid): ExcelJS.Worksheet {
  // Printed the way the center prints its ledgers: A4 landscape, one page wide.
  const ws = wb.addWorksheet(grid.name, {
    pageSetup: { paperSize: 9 as ExcelJS.PaperSize, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths: number[] = [];
  const { row: r0, col: c0 } = grid.origin;
  grid.values.forEach((rowValues, r) => {
    const row = ws.getRow(r0 + r + 1);
    rowValues.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c0 + c + 1);
      cell.value = toExcel(v);
      let shown: string;
      if (isDateCell(v)) {
        cell.numFmt = DATE_FORMAT;
        shown = "2024-05-24";
      } else if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) >= 1000) {
        cell.numFmt = AMOUNT_FORMAT;
        shown = v.toLocaleString("en-US");
      } else {
        shown = isErrorCell(v) ? v.code : String(v);
      }
      // Title rows (one long text in the first column) should not widen the column.
      if (!(c === 0 && rowValues.slice(1).every((x) => x === null))) {
        widths[c0 + c] = Math.max(widths[c0 + c] ?? 0, textWidth(shown));
      }
    });
  });
  widths.forEach((w, i) => {
    if (w !== undefined) ws.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2));
  });
  return ws;
}

export function buildWorkbookFromGrid(grid: WorkbookGrid): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2024, 0, 1));
  wb.modified = wb.created;
  for (const sheet of grid.sheets) addGridSheet(wb, sheet);
  return wb;
}

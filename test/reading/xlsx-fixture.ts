// Writes a corpus workbook to .xlsx with ExcelJS directly (not through src/hosts/xlsx, which is
// being rewritten): merged ranges as real merged cells, formulas as real formulas with their
// cached results, the 1904 date system as the workbook property, date cells as dates.

import * as ExcelJS from "exceljs";
import { bytesFromExcelJS } from "../hosts/xlsx/exceljs-view";
import { dateOfSerial, parseA1 } from "./corpus/sheet-builder";
import type { CellValue, CorpusWorkbook } from "./corpus/types";

const DATE_FORMAT = "yyyy-mm-dd";

function excelValue(v: CellValue, formula: string | null): ExcelJS.CellValue {
  const plain: ExcelJS.CellValue =
    v === null
      ? null
      : typeof v === "object"
        ? v.kind === "date"
          ? dateOfSerial(v.serial) // ExcelJS converts to 1904 serials itself when date1904 is set
          : { error: v.code as ExcelJS.CellErrorValue["error"] }
        : v;
  if (formula === null) return plain;
  // ExcelJS wants the formula without "="; the cached result is what Excel shows and hosts read.
  return { formula: formula.replace(/^=/, ""), result: plain as ExcelJS.CellFormulaValue["result"] } as ExcelJS.CellFormulaValue;
}

export function corpusWorkbookToExcel(book: CorpusWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (book.date1904) wb.properties.date1904 = true;
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] ?? null;
        if (v === null && f === null) return;
        const cell = ws.getCell(s.origin.row + r + 1, s.origin.col + c + 1);
        cell.value = excelValue(v, f);
        if (typeof v === "object" && v !== null && v.kind === "date") cell.numFmt = DATE_FORMAT;
      }),
    );
    for (const m of s.merges ?? []) {
      const [a, b] = m.split(":") as [string, string];
      const top = parseA1(a);
      const bottom = parseA1(b);
      ws.mergeCells(top.row + 1, top.col + 1, bottom.row + 1, bottom.col + 1);
    }
  }
  return wb;
}

/** The corpus workbook as .xlsx bytes. */
export async function corpusWorkbookToXlsx(book: CorpusWorkbook): Promise<Uint8Array> {
  return bytesFromExcelJS(corpusWorkbookToExcel(book));
}

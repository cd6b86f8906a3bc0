// ExcelJS as an independent reader and writer in the tests: files written by our host are checked
// by another program's reading of them, and files written by ExcelJS are one more writer's
// conventions for our reader.
import * as ExcelJS from "exceljs";

/** Our bytes as ExcelJS reads them. */
export async function viewWithExcelJS(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** An ExcelJS workbook as .xlsx bytes. */
export async function bytesFromExcelJS(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}

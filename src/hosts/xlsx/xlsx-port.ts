// The ExcelJS host: .xlsx files in Node (CLI, tests, bench) and in the browser (standalone mode).
// No file IO here: callers pass bytes in and get bytes out.

import * as ExcelJS from "exceljs";
import { tryParseCellAddress } from "../../core/address";
import type { WorkbookGrid } from "../../core/grid";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { cellEditValue, type CellEdit, type HostError, type UnreadableKind, type WorkbookPort } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { readCellValue, readWorkbookGrid } from "./xlsx-read";
import { writePlan } from "./xlsx-write";

export { readWorkbookGrid, readSheetGrid, readCellValue, dateToSerial, serialToDate } from "./xlsx-read";
export { writePlan, checkPlan, isValidSheetName, quoteSheetName } from "./xlsx-write";
export { buildWorkbookFromGrid, addGridSheet } from "./xlsx-build";

/** Why bytes are not a readable .xlsx (the type lives with HostError, which carries it). */
export type { UnreadableKind };

/** The UnreadableKind of bytes that failed to load, judged from their first bytes. */
export function unreadableKind(data: ArrayBuffer | Uint8Array, loadedWithoutWorkbook = false): UnreadableKind {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length === 0) return "empty";
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return "ole";
  if (!(b.length >= 2 && b[0] === 0x50 && b[1] === 0x4b)) return "not-zip"; // "PK"
  return loadedWithoutWorkbook ? "zip-not-workbook" : "corrupt";
}

/**
 * Loads .xlsx bytes. An unreadable file (not a zip, not a workbook) is an expected failure whose
 * HostError says why in `unreadable`.
 */
export async function tryLoadXlsx(data: ArrayBuffer | Uint8Array): Promise<Result<ExcelJS.Workbook, HostError>> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; at runtime it accepts any ArrayBuffer view (JSZip).
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    const kind = unreadableKind(data);
    return err({ code: "unreadable", unreadable: kind, detail: `${kind}: ${e instanceof Error ? e.message : String(e)}` });
  }
  // ExcelJS reads any zip without complaint; only a zip with xl/workbook.xml sets properties
  // (to {} at least). Without it, a .docx renamed to .xlsx would look like a workbook with no
  // sheets and get "sheet missing" errors instead of "not a workbook".
  if ((wb as { properties?: unknown }).properties === undefined) {
    const kind = unreadableKind(data, true);
    return err({ code: "unreadable", unreadable: kind, detail: `${kind}: no xl/workbook.xml` });
  }
  return ok(wb);
}

export async function saveXlsx(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}

export class XlsxPort implements WorkbookPort {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  read(): Promise<Result<WorkbookGrid, HostError>> {
    return Promise.resolve(ok(readWorkbookGrid(this.workbook)));
  }

  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>> {
    return Promise.resolve(writePlan(this.workbook, plan));
  }

  /**
   * All or nothing: every sheet and address is checked before the first cell changes. Returns the
   * edits that restore what was there (value and number format), for undo.
   */
  applyEdits(
    edits: readonly CellEdit[],
  ): Promise<Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError>> {
    const targets: { edit: CellEdit; cell: ExcelJS.Cell }[] = [];
    for (const e of edits) {
      const ws = this.workbook.getWorksheet(e.sheet);
      if (!ws) return Promise.resolve(err({ code: "sheet-changed", detail: `sheet "${e.sheet}" not found` }));
      const at = tryParseCellAddress(e.cell);
      if (!at) return Promise.resolve(err({ code: "unknown", detail: `not a cell address: ${e.cell}` }));
      targets.push({ edit: e, cell: ws.getCell(at.row + 1, at.col + 1) });
    }
    const previous: CellEdit[] = targets.map(({ edit, cell }) => ({
      sheet: edit.sheet,
      cell: edit.cell,
      value: cellEditValue(readCellValue(cell)),
      numberFormat: cell.numFmt ?? "General",
    }));
    for (const { edit, cell } of targets) {
      // A string is set as a string value: never a formula, whatever it starts with.
      cell.value = edit.value;
      if (edit.numberFormat !== undefined) cell.numFmt = edit.numberFormat;
    }
    return Promise.resolve(ok({ count: targets.length, previous }));
  }
}

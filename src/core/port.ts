// The one port every host implements: Office.js inside Excel, ExcelJS for .xlsx files. A host is
// where the workbook is held and edited; HostError is what a host refused. Read everything once,
// compute in the core, write once.

import type { CellValue, WorkbookGrid } from "./grid";
import type { WorkbookPlan } from "./plan/sheet-plan";
import type { Result } from "./result";

export type HostErrorCode =
  | "cell-edit-mode" // Excel is in cell-edit mode; the user must finish editing first
  | "sheet-changed" // a sheet was renamed or deleted while we worked
  | "payload-too-large"
  | "sheet-protected"
  | "name-conflict" // a sheet to write already exists and replacing was not asked for
  | "unreadable" // the file or workbook could not be read
  | "unknown";

/** Why bytes are not a readable workbook, as a file host can tell from them (for the user's message). */
export type UnreadableKind =
  | "empty" // 0 bytes
  | "ole" // an OLE compound file: a password-protected .xlsx, or an Excel 97-2003 .xls
  | "not-zip" // e.g. a .csv or .html renamed to .xlsx
  | "zip-not-workbook" // a zip without xl/workbook.xml: .docx, .pptx, .ods, … renamed
  | "corrupt"; // a zip that breaks while reading: truncated or damaged

export interface HostError {
  readonly code: HostErrorCode;
  /** Technical detail for logs; the user sees the catalog message for the code. */
  readonly detail: string;
  /** With code "unreadable": why, when the host can tell (the catalog's hint says it in words). */
  readonly unreadable?: UnreadableKind;
}

/** One cell to change in the user's data: only ever on the user's explicit request (a confirmed fix or its undo). */
export interface CellEdit {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
  /** The value to write; strings are written as text. */
  readonly value: string | number | null;
  /** Number format to give the cell with the value (e.g. "yyyy-mm-dd" for a date serial from a fix,
   * or the previous format on undo); when absent the cell keeps its format. */
  readonly numberFormat?: string;
}

/** A read cell value as a CellEdit value: a date as its serial (its number format goes beside it),
 * an error as its code, a boolean as the text TRUE/FALSE. */
export function cellEditValue(v: CellValue): CellEdit["value"] {
  if (v === null || typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.kind === "date" ? v.serial : v.code;
}

export interface WorkbookPort {
  /** Reads the used range of every sheet. */
  read(): Promise<Result<WorkbookGrid, HostError>>;
  /** Writes the plan in one go. On failure nothing is left half-written. */
  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>>;
  /** Changes the given cells in one batch (confirmed fixes and their undo). All or nothing.
   * `previous`, when the host returns it, are the edits that restore exactly what was there. */
  applyEdits(
    edits: readonly CellEdit[],
  ): Promise<Result<{ readonly count: number; readonly previous?: readonly CellEdit[] }, HostError>>;
  /** Where the workbook has a spreadsheet on screen (Excel): activates the sheet and selects the cell. */
  selectCell?(sheet: string, cell: string): Promise<Result<void, HostError>>;
  /**
   * Where the user edits the workbook while the add-in runs (Excel): calls `onChange` for every
   * edit on the named sheets (a paste is one multi-cell change). Resolves to the unsubscribe.
   */
  watchSheetChanges?(
    sheetNames: readonly string[],
    onChange: (sheet: string, address: string) => void,
  ): Promise<Result<() => Promise<void>, HostError>>;
}

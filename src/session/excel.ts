// The workbook open in Excel, as a session sees it: always open, and live — the user types and
// pastes while the task pane is open, so a report reads it again first.

import type { WorkbookPort } from "../core/port";
import { ok } from "../core/result";
import { createSession, type WorkbookAccess, type WorkbookSession } from "./workbook-session";

/** What the Excel host can do that the pane tells the user about. */
export interface ExcelCapabilities {
  /** Excel's own undo takes back a batch the add-in writes (ExcelApi 1.20). */
  readonly excelUndo?: boolean;
}

export function excelAccess(port: WorkbookPort, capabilities: ExcelCapabilities = {}): WorkbookAccess {
  return {
    mode: "excel",
    live: true,
    open: () => Promise.resolve(ok({ port, name: "" })),
    ...(capabilities.excelUndo !== undefined ? { excelUndo: capabilities.excelUndo } : {}),
  };
}

/** A session on the workbook open in Excel, through its host port. */
export function excelSession(port: WorkbookPort, capabilities: ExcelCapabilities = {}): WorkbookSession {
  return createSession(excelAccess(port, capabilities));
}

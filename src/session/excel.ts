// The workbook open in Excel, as a session sees it: always open, and live — the user types and
// pastes while the task pane is open, so a report reads it again first.

import type { WorkbookPort } from "../core/port";
import { ok } from "../core/result";
import { createSession, type WorkbookAccess, type WorkbookSession } from "./workbook-session";

export function excelAccess(port: WorkbookPort): WorkbookAccess {
  return { mode: "excel", live: true, open: () => Promise.resolve(ok({ port, name: "" })) };
}

/** A session on the workbook open in Excel, through its host port. */
export function excelSession(port: WorkbookPort): WorkbookSession {
  return createSession(excelAccess(port));
}

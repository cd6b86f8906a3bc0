// Inside Excel: the task pane's session on the open workbook, through the Office.js host.

import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";
import { excelSession } from "../session/excel";
import type { WorkbookSession } from "../session/workbook-session";

export function createExcelSession(): WorkbookSession {
  const port = new OfficePort(officeExcelHost());
  // Below ExcelApi 1.20 (no mergeUndoGroup) a batch the add-in writes is not one step of Excel's
  // undo: the pane says so before writing fixes or a report (SessionState.excelUndo).
  return excelSession(port, { excelUndo: port.capabilities().undoGroup });
}

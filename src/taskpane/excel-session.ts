// Inside Excel: the task pane's session on the open workbook, through the Office.js host.

import type { ExcelHost } from "../hosts/office/excel-api";
import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";
import { excelSession } from "../session/excel";
import type { WorkbookSession } from "../session/workbook-session";

/**
 * The pane's session over an Excel host. Below ExcelApi 1.20 (no mergeUndoGroup) a batch the
 * add-in writes is not one step of Excel's undo: the port's capabilities say so, and the pane says
 * so before writing fixes or a report (SessionState.excelUndo).
 */
export function paneSessionOn(host: ExcelHost): WorkbookSession {
  const port = new OfficePort(host);
  return excelSession(port, { excelUndo: port.capabilities().undoGroup });
}

export function createExcelSession(): WorkbookSession {
  return paneSessionOn(officeExcelHost());
}

// Inside Excel: the task pane's session on the open workbook, through the Office.js host.

import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";
import { excelSession } from "../session/excel";
import type { WorkbookSession } from "../session/workbook-session";

export function createExcelSession(): WorkbookSession {
  const host = officeExcelHost();
  // Below ExcelApi 1.20 a write is several steps of Excel's undo: the pane says so before writing.
  return excelSession(new OfficePort(host), { excelUndo: host.isSetSupported("1.20") });
}

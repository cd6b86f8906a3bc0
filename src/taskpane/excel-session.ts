// Inside Excel: the task pane's session on the open workbook, through the Office.js host.

import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";
import { excelSession } from "../session/excel";
import type { WorkbookSession } from "../session/workbook-session";

export function createExcelSession(): WorkbookSession {
  return excelSession(new OfficePort(officeExcelHost()));
}

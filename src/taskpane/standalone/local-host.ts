// The workbook in this thread: what the worker runs, and what tests use directly.

import type { CellEdit } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { ok } from "../../core/result";
import { XlsxPort, saveXlsx, writePlan, type XlsxWorkbook } from "../../hosts/xlsx/xlsx-port";
import type { WorkbookHost } from "./workbook-host";

export class LocalWorkbookHost implements WorkbookHost {
  private readonly port: XlsxPort;
  constructor(readonly workbook: XlsxWorkbook) {
    this.port = new XlsxPort(workbook);
  }
  read() {
    return this.port.read();
  }
  applyEdits(edits: readonly CellEdit[]) {
    return this.port.applyEdits(edits);
  }
  write(plan: WorkbookPlan) {
    return this.port.write(plan);
  }
  async writeCopy(plan: WorkbookPlan) {
    const copy = this.workbook.copy();
    const written = writePlan(copy, plan);
    if (!written.ok) return written;
    return ok({ written: written.value.written, bytes: await saveXlsx(copy) });
  }
  save() {
    return saveXlsx(this.workbook);
  }
}

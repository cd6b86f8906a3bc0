// The workbook in this thread: what the worker runs, and what tests use directly.

import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { ok, type Result } from "../../core/result";
import { XlsxPort, buildWorkbookFromGrid, saveXlsx, tryLoadXlsx, writePlan, type XlsxWorkbook } from "../../hosts/xlsx/xlsx-port";
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

/** Opens .xlsx bytes in this thread (where there are no workers, and inside the worker itself). */
export async function openLocal(bytes: ArrayBuffer | Uint8Array): Promise<Result<WorkbookHost, HostError>> {
  const wb = await tryLoadXlsx(bytes);
  return wb.ok ? ok(new LocalWorkbookHost(wb.value)) : wb;
}

export async function openSampleLocal(): Promise<Result<WorkbookHost, HostError>> {
  // The sample's data is only needed when asked for: its own chunk.
  const { sampleWorkbookGrid } = await import(/* webpackChunkName: "sample" */ "../../sample/index");
  return ok(new LocalWorkbookHost(buildWorkbookFromGrid(sampleWorkbookGrid())));
}

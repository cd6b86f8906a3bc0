// Inside Excel: the task pane's session over the Office.js host port and the shared app actions.

import type { CellEdit, HostError } from "../core/port";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan/sheet-plan";
import { ok, type Result } from "../core/result";
import type { ReportOptions } from "../core/report";
import { runReport } from "../app/actions";
import { createRevalidator } from "../app/revalidate";
import { officeExcelHost } from "../hosts/office/office-host";
import { OfficePort } from "../hosts/office/office-port";
import type { ReportDone, TaskpaneSession } from "./session";

export class ExcelSession implements TaskpaneSession {
  readonly mode = "excel" as const;
  private sheetNames: readonly string[] = [];
  private firstRead: Promise<unknown> | null = null;

  constructor(private readonly port: OfficePort) {}

  read(): Promise<Result<WorkbookGrid, HostError>> {
    const p = this.port.read().then((r) => {
      if (r.ok) this.sheetNames = r.value.sheets.map((s) => s.name);
      return r;
    });
    this.firstRead ??= p;
    return p;
  }

  applyEdits(edits: readonly CellEdit[]) {
    return this.port.applyEdits(edits);
  }

  write(plan: WorkbookPlan) {
    return this.port.write(plan);
  }

  /** One read, plan, one write. With validation errors nothing is written: the pane lists them. */
  async report(options: ReportOptions): Promise<Result<ReportDone, HostError>> {
    const r = await runReport(this.port, { ...options, writeIssuesSheet: false });
    if (!r.ok) return r;
    return ok({ outcome: r.value, written: r.value.written ?? [] });
  }

  async selectCell(sheet: string, cell: string): Promise<boolean> {
    return (await this.port.selectCell(sheet, cell)).ok;
  }

  /** Watches the sheets of the first read; a burst of changes gives one re-read (app/revalidate). */
  watchChanges(onGrid: (grid: WorkbookGrid) => void): () => void {
    let stopped = false;
    let remove: (() => Promise<void>) | null = null;
    const revalidator = createRevalidator({
      port: this.port,
      onResult: (result) => {
        if (!stopped && result.ok) onGrid(result.value.grid);
      },
    });
    void (async () => {
      await (this.firstRead ?? this.read());
      if (stopped || this.sheetNames.length === 0) return;
      const r = await this.port.watchSheetChanges(this.sheetNames, (sheet, address) => revalidator.notify(sheet, address));
      if (!r.ok) return;
      if (stopped) void r.value();
      else remove = r.value;
    })();
    return () => {
      stopped = true;
      revalidator.dispose();
      void remove?.();
    };
  }
}

export function createExcelSession(): ExcelSession {
  return new ExcelSession(new OfficePort(officeExcelHost()));
}

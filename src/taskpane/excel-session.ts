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
  /** Set while changes are watched: registers handlers on sheets a later read finds. */
  private watchNewSheets: ((names: readonly string[]) => void) | null = null;

  constructor(private readonly port: OfficePort) {}

  read(): Promise<Result<WorkbookGrid, HostError>> {
    const p = this.port.read().then((r) => {
      if (r.ok) {
        this.sheetNames = r.value.sheets.map((s) => s.name);
        this.watchNewSheets?.(this.sheetNames);
      }
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

  /**
   * Watches every sheet the session has read, including sheets that appear later (the template's
   * missing sheets, a sheet the user adds and pastes into): a burst of changes gives one re-read
   * (app/revalidate), and each re-read registers handlers on sheets it had not seen.
   */
  watchChanges(onGrid: (grid: WorkbookGrid) => void): () => void {
    let stopped = false;
    const watched = new Set<string>();
    const removers: (() => Promise<void>)[] = [];
    const revalidator = createRevalidator({
      port: this.port,
      onResult: (result) => {
        if (stopped || !result.ok) return;
        watch(result.value.grid.sheets.map((s) => s.name));
        onGrid(result.value.grid);
      },
    });
    const watch = (names: readonly string[]): void => {
      const fresh = names.filter((n) => !watched.has(n));
      if (stopped || fresh.length === 0) return;
      for (const n of fresh) watched.add(n);
      void this.port.watchSheetChanges(fresh, (sheet, address) => revalidator.notify(sheet, address)).then((r) => {
        if (!r.ok) {
          for (const n of fresh) watched.delete(n); // tried again on the next read
          return;
        }
        if (stopped) void r.value();
        else removers.push(r.value);
      });
    };
    this.watchNewSheets = watch;
    void (async () => {
      await (this.firstRead ?? this.read());
      watch(this.sheetNames);
    })();
    return () => {
      stopped = true;
      if (this.watchNewSheets === watch) this.watchNewSheets = null;
      revalidator.dispose();
      for (const remove of removers) void remove();
    };
  }
}

export function createExcelSession(): ExcelSession {
  return new ExcelSession(new OfficePort(officeExcelHost()));
}

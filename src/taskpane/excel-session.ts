// Inside Excel: the task pane's session over the Office.js host port.

import type { CellEdit, HostError } from "../core/port";
import type { WorkbookGrid } from "../core/grid";
import type { WorkbookPlan } from "../core/plan/sheet-plan";
import { ok, type Result } from "../core/result";
import { planReport, type ReportOptions } from "../core/report";
import type { ExcelHost } from "../hosts/office/excel-api";
import { OfficePort } from "../hosts/office/office-port";
import type { ReportDone, TaskpaneSession } from "./session";

/** Coalesces a burst of change events (a paste, typing down a column) into one re-validation. */
export const CHANGE_DEBOUNCE_MS = 300;

/** Excel.run and the requirement-set check of the real Office.js. */
function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run((context) => batch(context as unknown as Parameters<typeof batch>[0])),
    isSetSupported: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}

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

  /** Reads, plans and writes: nothing is written when validation finds errors. */
  async report(options: ReportOptions): Promise<Result<ReportDone, HostError>> {
    const grid = await this.port.read();
    if (!grid.ok) return grid;
    const outcome = planReport(grid.value, options);
    if (!outcome.ok) return ok({ outcome, written: [] });
    const written = await this.port.write(outcome.plan);
    if (!written.ok) return written;
    return ok({ outcome, written: written.value.written });
  }

  async selectCell(sheet: string, cell: string): Promise<boolean> {
    return (await this.port.selectCell(sheet, cell)).ok;
  }

  /** Watches the sheets of the first read; bursts within CHANGE_DEBOUNCE_MS give one callback. */
  watchChanges(onChange: () => void): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    let remove: (() => Promise<void>) | null = null;
    const fire = () => {
      clearTimeout(timer);
      timer = setTimeout(() => !stopped && onChange(), CHANGE_DEBOUNCE_MS);
    };
    void (async () => {
      await (this.firstRead ?? this.read());
      if (stopped || this.sheetNames.length === 0) return;
      const r = await this.port.watchSheetChanges(this.sheetNames, fire);
      if (r.ok) {
        if (stopped) void r.value();
        else remove = r.value;
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      void remove?.();
    };
  }
}

export function createExcelSession(): ExcelSession {
  return new ExcelSession(new OfficePort(officeHost()));
}

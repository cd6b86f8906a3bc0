// An in-memory workbook behind the task pane's session interface, enforcing what a real host
// enforces: edits name an existing sheet and a valid A1 cell or nothing changes; strings are
// stored as text; read returns a copy (later edits don't leak into a grid already read).

import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { tryParseCellAddress } from "../../src/core/address";
import type { CellEdit, HostError } from "../../src/core/port";
import type { WorkbookPlan } from "../../src/core/plan/sheet-plan";
import { err, ok, type Result } from "../../src/core/result";
import type { ReportDone, TaskpaneSession } from "../../src/taskpane/session";
import { planReport, type ReportOptions } from "../../src/core/report";

interface MutableSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}

export class FakeSession implements TaskpaneSession {
  readonly mode: "excel" | "standalone";
  readonly sheets: MutableSheet[];
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly editBatches: (readonly CellEdit[])[] = [];
  readonly written: WorkbookPlan[] = [];
  readonly reports: ReportOptions[] = [];
  reads = 0;
  private listener: (() => void) | null = null;

  constructor(grid: WorkbookGrid, mode: "excel" | "standalone" = "excel") {
    this.mode = mode;
    this.sheets = grid.sheets.map((s) => ({ name: s.name, origin: { ...s.origin }, values: s.values.map((r) => [...r]) }));
  }

  read(): Promise<Result<WorkbookGrid, HostError>> {
    this.reads++;
    const sheets: SheetGrid[] = this.sheets.map((s) => ({ name: s.name, origin: { ...s.origin }, values: s.values.map((r) => [...r]) }));
    return Promise.resolve(ok({ sheets }));
  }

  /** The value now in a cell (A1 on a named sheet). */
  valueAt(sheet: string, cell: string): CellValue {
    const s = this.sheets.find((x) => x.name === sheet);
    const at = tryParseCellAddress(cell);
    if (!s || !at) throw new Error(`no cell ${sheet}!${cell}`);
    return s.values[at.row - s.origin.row]?.[at.col - s.origin.col] ?? null;
  }

  applyEdits(edits: readonly CellEdit[]): Promise<Result<{ readonly count: number }, HostError>> {
    const targets: { s: MutableSheet; r: number; c: number; v: CellValue }[] = [];
    for (const e of edits) {
      const s = this.sheets.find((x) => x.name === e.sheet);
      if (!s) return Promise.resolve(err({ code: "sheet-changed", detail: `no sheet ${e.sheet}` }));
      const at = tryParseCellAddress(e.cell);
      if (!at || at.row < s.origin.row || at.col < s.origin.col) return Promise.resolve(err({ code: "unknown", detail: `bad cell ${e.cell}` }));
      targets.push({ s, r: at.row - s.origin.row, c: at.col - s.origin.col, v: e.value });
    }
    this.editBatches.push(edits);
    for (const t of targets) {
      while (t.s.values.length <= t.r) t.s.values.push([]);
      const row = t.s.values[t.r]!;
      while (row.length <= t.c) row.push(null);
      row[t.c] = t.v;
    }
    return Promise.resolve(ok({ count: targets.length }));
  }

  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>> {
    for (const p of plan.sheets) {
      if (this.sheets.some((s) => s.name === p.name)) return Promise.resolve(err({ code: "name-conflict", detail: p.name }));
    }
    this.written.push(plan);
    for (const p of plan.sheets) {
      const values: CellValue[][] = [];
      for (const c of p.cells) {
        const row = (values[c.row] ??= []);
        row[c.col] = c.value;
      }
      this.sheets.push({ name: p.name, origin: { row: 0, col: 0 }, values: Array.from(values, (r) => Array.from(r ?? [], (v) => v ?? null)) });
    }
    return Promise.resolve(ok({ written: plan.sheets.map((s) => s.name) }));
  }

  async report(options: ReportOptions): Promise<Result<ReportDone, HostError>> {
    this.reports.push(options);
    const grid = await this.read();
    if (!grid.ok) return grid;
    const outcome = planReport(grid.value, options);
    if (!outcome.ok) return ok({ outcome, written: [] });
    const w = await this.write(outcome.plan);
    if (!w.ok) return w;
    return ok({ outcome, written: w.value.written });
  }

  selectCell(sheet: string, cell: string): Promise<boolean> {
    this.selected.push({ sheet, cell });
    return Promise.resolve(this.mode === "excel");
  }

  watchChanges(onGrid: (grid: WorkbookGrid) => void): () => void {
    this.listener = () => void this.read().then((r) => r.ok && onGrid(r.value));
    return () => {
      this.listener = null;
    };
  }

  /** Simulates the user pasting into the workbook: the host's change event fires. */
  userEdits(edits: readonly CellEdit[]): void {
    void this.applyEdits(edits);
    this.editBatches.pop(); // the user's own edit, not one the pane made
    this.listener?.();
  }
}

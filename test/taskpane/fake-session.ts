// An in-memory workbook behind the real session (src/session), enforcing what a real host
// enforces: edits name an existing sheet and a valid A1 cell or nothing changes; strings are
// stored as text; read returns a copy (later edits don't leak into a grid already read). In
// "excel" mode it has a spreadsheet on screen (cells can be selected) and reports the user's
// edits, as the Office.js host does; in "standalone" mode it has neither.

import type { CellValue, SheetGrid, WorkbookGrid } from "../../src/core/grid";
import { tryParseCellAddress } from "../../src/core/address";
import type { CellEdit, HostError, WorkbookPort } from "../../src/core/port";
import type { WorkbookPlan } from "../../src/core/plan/sheet-plan";
import { err, ok, type Result } from "../../src/core/result";
import { createSession, type WorkbookAccess, type WorkbookSession } from "../../src/session/workbook-session";

interface MutableSheet {
  name: string;
  origin: { row: number; col: number };
  values: CellValue[][];
}

type ChangeListener = (sheet: string, address: string) => void;

export class FakeWorkbook implements WorkbookPort {
  readonly sheets: MutableSheet[];
  readonly selected: { sheet: string; cell: string }[] = [];
  readonly editBatches: (readonly CellEdit[])[] = [];
  readonly written: WorkbookPlan[] = [];
  reads = 0;
  private readonly listeners: { sheets: Set<string>; onChange: ChangeListener }[] = [];
  readonly selectCell?: (sheet: string, cell: string) => Promise<Result<void, HostError>>;
  readonly watchSheetChanges?: (sheets: readonly string[], onChange: ChangeListener) => Promise<Result<() => Promise<void>, HostError>>;

  constructor(
    grid: WorkbookGrid,
    readonly mode: "excel" | "standalone" = "excel",
  ) {
    this.sheets = grid.sheets.map((s) => ({ name: s.name, origin: { ...s.origin }, values: s.values.map((r) => [...r]) }));
    if (mode === "excel") {
      this.selectCell = (sheet, cell) => {
        this.selected.push({ sheet, cell });
        return Promise.resolve(ok(undefined));
      };
      this.watchSheetChanges = (sheets, onChange) => {
        const entry = { sheets: new Set(sheets), onChange };
        this.listeners.push(entry);
        return Promise.resolve(ok(() => Promise.resolve(void this.listeners.splice(this.listeners.indexOf(entry), 1))));
      };
    }
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

  /** Simulates the user pasting into the workbook: the host's change event fires. */
  userEdits(edits: readonly CellEdit[]): void {
    void this.applyEdits(edits);
    this.editBatches.pop(); // the user's own edit, not one the pane made
    for (const e of edits) for (const l of this.listeners) if (l.sheets.has(e.sheet)) l.onChange(e.sheet, e.cell);
  }
}

/** How a session opens the fake workbook: always this one, named `name`. */
export function fakeAccess(book: FakeWorkbook, name = "fake.xlsx"): WorkbookAccess {
  return {
    mode: book.mode,
    live: book.mode === "excel",
    open: () => Promise.resolve(ok({ port: book, name, ...(book.mode === "standalone" ? { downloadCopy: () => Promise.resolve(ok("copy.xlsx")) } : {}) })),
  };
}

/** The real session over a fake workbook. */
export function fakeSession(grid: WorkbookGrid, mode: "excel" | "standalone" = "excel"): { session: WorkbookSession; book: FakeWorkbook } {
  const book = new FakeWorkbook(grid, mode);
  return { session: createSession(fakeAccess(book)), book };
}

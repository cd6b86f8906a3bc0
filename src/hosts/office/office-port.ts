// The Office.js host: the WorkbookPort inside Excel. This file is the thin port: each call is one
// Excel.run whose failures come back as HostError values. The work is in its own files:
// office-read.ts (reading, chunked under the payload limit), office-write.ts and office-format.ts
// (rendering plans), office-edits.ts (fixes and their undo), office-events.ts (change events),
// office-errors.ts (what Excel's errors mean), requirements.ts (the ExcelApi sets behind each feature).
import type { WorkbookGrid } from "../../core/grid";
import { isNameTaken, isValidSheetName, sameSheetName } from "../../core/plan/sheet-names";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import type { CellEdit, HostError, WorkbookPort } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import type { ExcelHost, XChangedEventArgs, XPageLayout, XRequestContext, XRunOptions, XWorksheet } from "./excel-api";
import { applyEditsIn } from "./office-edits";
import { addChangeHandlers, classifyChange, OwnWrites, type ChangeListener } from "./office-events";
import { isUndoNotSupported, toHostError } from "./office-errors";
import { stripSheet, tryBoxOf } from "./office-ranges";
import { readWorkbook } from "./office-read";
import { Batches, checkPrintFit, queueSheet, type PrintFit } from "./office-write";
import { capabilities, type Capabilities } from "./requirements";

// Exports tests import from here.
export { footerSections, rectangles } from "./office-format";
export type { ChangeInfo } from "./office-events";

/** Sheet names read this recently are trusted by write() instead of syncing for them again. */
const NAMES_FRESH_MS = 10_000;

export interface OfficePortOptions {
  /** Milliseconds clock, injectable for tests. */
  readonly now?: () => number;
}

export interface WriteDone {
  readonly written: readonly string[];
  /** True when the write was one step of Excel's undo (ExcelApi 1.20 mergeUndoGroup). Otherwise
   * Excel's undo may not cover it (below 1.20 some platforms clear their undo history), and the
   * task pane's own undo is the way back. */
  readonly undoGroup: boolean;
  /** Whether Excel kept the fit-to-page setting (read back after the write). */
  readonly printFit: PrintFit;
}

export interface EditsApplied {
  readonly count: number;
  readonly previous: readonly CellEdit[];
  /** As WriteDone.undoGroup. */
  readonly undoGroup: boolean;
}

export interface WatchOptions {
  /** Also report the changes this add-in's own writes cause (origin "addin"); default false. */
  readonly includeOwnWrites?: boolean;
}

export class OfficePort implements WorkbookPort {
  private names: { readonly list: readonly string[]; readonly at: number } | null = null;
  private readonly now: () => number;
  private readonly own: OwnWrites;

  constructor(
    private readonly host: ExcelHost,
    options: OfficePortOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
    this.own = new OwnWrites(this.now);
  }

  /** Which features above the manifest's ExcelApi 1.7 this Excel has (requirements.ts). */
  capabilities(): Capabilities {
    return capabilities(this.host);
  }

  async read(): Promise<Result<WorkbookGrid, HostError>> {
    return this.runExcel(async (ctx) => {
      const r = await readWorkbook(ctx, this.capabilities().mergedAreas);
      this.names = { list: r.names, at: this.now() };
      return ok(r.grid);
    });
  }

  async write(plan: WorkbookPlan): Promise<Result<WriteDone, HostError>> {
    const planned = plan.sheets.map((s) => s.name);
    const dup = planned.find((n, i) => planned.findIndex((m) => sameSheetName(n, m)) !== i);
    if (dup !== undefined) return err({ code: "name-conflict", detail: `the plan names sheet ${dup} twice` });
    const bad = planned.find((n) => !isValidSheetName(n));
    if (bad !== undefined) return err({ code: "name-conflict", detail: `invalid sheet name ${JSON.stringify(bad)}` });
    const caps = this.capabilities();
    // Replacing deletes a sheet, and Worksheet.delete has no undo support on any platform (Excel's
    // undo documentation): inside an undo group it would throw UndoNotSupported.
    const group = caps.undoGroup && plan.replace.length === 0;
    const stamp = String(this.now() % 1_000_000);
    const temps = plan.replace.map((_, i) => tempName(i, stamp));
    const done = this.own.begin([...planned, ...temps].map((sheet) => ({ sheet, box: null })));
    try {
      return await this.runExcel(
        async (ctx, merged) => {
          const r = await this.writeIn(ctx, plan, caps, stamp);
          return r.ok ? ok({ ...r.value, undoGroup: merged }) : r;
        },
        group,
        // After a failed grouped attempt: remove what it added (see runExcel).
        (ctx) => removeSheets(ctx, [...planned.filter((n) => !isNameTaken(n, plan.replace)), ...temps]),
      );
    } finally {
      done();
    }
  }

  private async writeIn(
    ctx: XRequestContext,
    plan: WorkbookPlan,
    caps: Capabilities,
    stamp: string,
  ): Promise<Result<Omit<WriteDone, "undoGroup">, HostError>> {
    const planned = plan.sheets.map((s) => s.name);
    const existing = await this.freshNames(ctx);
    const replaced = planned.filter((n) => isNameTaken(n, plan.replace) && isNameTaken(n, existing));
    const conflict = planned.find((n) => isNameTaken(n, existing) && !replaced.includes(n));
    if (conflict !== undefined) return err<HostError>({ code: "name-conflict", detail: `sheet ${conflict} already exists` });
    // A replaced sheet is written under a temporary name and swapped in at the very end, so a
    // failure midway leaves the old sheet intact and only our new sheets to remove.
    const temp = new Map(replaced.map((n, i) => [n, tempName(i, stamp)]));
    const batches = new Batches(ctx, caps.screenUpdating);
    const refs = new Map<string, XWorksheet>();
    for (const sp of plan.sheets) {
      batches.add(400, () => refs.set(sp.name, ctx.workbook.worksheets.add(temp.get(sp.name) ?? sp.name)));
      queueSheet(batches, () => refs.get(sp.name)!, sp, caps);
    }
    const layouts: { plan: (typeof plan.sheets)[number]; layout: XPageLayout }[] = [];
    batches.add(400 * (replaced.length + plan.sheets.length + 1), () => {
      for (const n of replaced) {
        ctx.workbook.worksheets.getItem(n).delete();
        refs.get(n)!.name = n;
      }
      const active = plan.activate ?? planned[0];
      if (active !== undefined && refs.has(active)) refs.get(active)!.activate();
      // Read back the fit Excel kept, in the same request (after the writes, so it sees them).
      layouts.length = 0;
      if (caps.printSetup) for (const sp of plan.sheets) layouts.push({ plan: sp, layout: refs.get(sp.name)!.pageLayout.load("zoom") as XPageLayout });
    });
    try {
      await batches.flush();
    } catch (e) {
      await removeSheets(ctx, [...planned.filter((n) => !replaced.includes(n)), ...temp.values()]);
      throw e;
    }
    this.names = null;
    let printFit: PrintFit = "unsupported";
    if (caps.printSetup) printFit = await checkPrintFit(ctx, layouts).catch((): PrintFit => "ignored");
    return ok({ written: planned, printFit });
  }

  /** Writes user-confirmed edits (fixes, their undo); see office-edits.ts. */
  async applyEdits(edits: readonly CellEdit[]): Promise<Result<EditsApplied, HostError>> {
    const group = this.capabilities().undoGroup;
    if (edits.length === 0) return ok({ count: 0, previous: [], undoGroup: group });
    const done = this.own.begin(edits.map((e) => ({ sheet: e.sheet, box: tryBoxOf(e.cell) })));
    try {
      return await this.runExcel(async (ctx, merged) => {
        const r = await applyEditsIn(ctx, edits);
        return r.ok ? ok({ ...r.value, undoGroup: merged }) : r;
      }, group);
    } finally {
      done();
    }
  }

  /** Activates the sheet and selects the cell (the task pane's "go to cell"). One sync. */
  async selectCell(sheet: string, cell: string): Promise<Result<void, HostError>> {
    return this.runExcel(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
      return ok(undefined);
    });
  }

  /**
   * Calls `onChange(sheet, address, changeType, info)` for every change Excel reports on the named
   * sheets (a paste is one RangeEdited event with a multi-cell address). Changes this add-in's own
   * writes cause are left out unless asked for; `info.origin` tells a co-author's ("remote") from
   * this user's ("local"). Coalescing bursts is the caller's job. Resolves to an unsubscribe
   * function. Handlers stay registered while the task pane lives.
   */
  async watchSheetChanges(
    sheetNames: readonly string[],
    onChange: ChangeListener,
    options: WatchOptions = {},
  ): Promise<Result<() => Promise<void>, HostError>> {
    const trusted = this.capabilities().triggerSource;
    const onEvent = (sheet: string, args: XChangedEventArgs): void => {
      const info = classifyChange(args, sheet, trusted, this.own);
      if (info.origin === "addin" && !options.includeOwnWrites) return;
      onChange(sheet, stripSheet(args.address), args.changeType, info);
    };
    return this.runExcel(async (ctx) => {
      const remove = await addChangeHandlers(ctx, sheetNames, onEvent);
      // Handlers are removed in a batch on the context that added them.
      return ok(() => (this.host.runOn ? this.host.runOn(ctx, remove) : remove(ctx)));
    });
  }

  /**
   * One Excel.run; whatever Excel throws (cell-edit mode, a deleted sheet, payload limits...) comes
   * back as a HostError value. With `undoGroup`, the run is one step of Excel's undo
   * (mergeUndoGroup); when it fails, `cleanup` runs in a plain run, and if Excel answered
   * UndoNotSupported the batch runs again without the group. `batch` learns which it got.
   */
  private async runExcel<T>(
    batch: (ctx: XRequestContext, undoGroup: boolean) => Promise<Result<T, HostError>>,
    undoGroup = false,
    cleanup?: (ctx: XRequestContext) => Promise<void>,
  ): Promise<Result<T, HostError>> {
    const plain = (): Promise<Result<T, HostError>> => this.host.run((ctx) => batch(ctx, false));
    try {
      if (!undoGroup) return await plain();
      const options: XRunOptions = { mergeUndoGroup: true };
      try {
        return await this.host.run((ctx) => batch(ctx, true), options);
      } catch (e) {
        // Inside the group the batch's own cleanup cannot delete sheets (no undo support), so it
        // runs again outside it.
        if (cleanup) await this.host.run(cleanup);
        if (!isUndoNotSupported(e)) throw e;
        return await plain();
      }
    } catch (e) {
      return err(toHostError(e));
    }
  }

  /** Sheet names from a read within NAMES_FRESH_MS, else one sync to load them. */
  private async freshNames(ctx: XRequestContext): Promise<readonly string[]> {
    if (this.names && this.now() - this.names.at <= NAMES_FRESH_MS) return this.names.list;
    const collection = ctx.workbook.worksheets;
    collection.load("items/name");
    await ctx.sync();
    const list = collection.items.map((s) => s.name);
    this.names = { list, at: this.now() };
    return list;
  }
}

function tempName(i: number, stamp: string): string {
  return `~tmp${i}_${stamp}`;
}

/** Deletes the named sheets that exist (best effort: the original error is what the user hears about). */
async function removeSheets(ctx: XRequestContext, names: readonly string[]): Promise<void> {
  try {
    const collection = ctx.workbook.worksheets;
    collection.load("items/name");
    await ctx.sync();
    const doomed = collection.items.filter((s) => isNameTaken(s.name, names));
    if (!doomed.length) return;
    for (const s of doomed) s.delete();
    await ctx.sync();
  } catch {
    // cleanup is best effort
  }
}

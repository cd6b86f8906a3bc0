// The Office.js host: reads the workbook into a WorkbookGrid and renders WorkbookPlans, in as few
// round trips (context.sync) as the payload allows.
//
// Batching rules (Excel on the web rejects any request or response over 5 MB):
// - read: sync 1 loads the sheet names; sync 2 loads every used range's address, values,
//   valueTypes and numberFormat at once. Only when Excel refuses that response as too large does
//   it fall back to loading the used-range sizes and then row chunks of at most ~4 MB estimated
//   (CHUNK_TARGET_BYTES at READ_BYTES_PER_CELL); a chunk Excel still refuses is split in half.
// - write: one sync for the whole plan unless the queued request is estimated over ~4 MB, then as
//   many syncs as needed; calculation (and, with ExcelApi 1.9, screen updating) is suspended for
//   each. Values go as 2D arrays per row band, styles per rectangle of equal style.
// So the number of syncs grows with the payload, never with rows or cells.
import { cellAddress, columnLetters, rangeAddress, tryParseCellAddress } from "../../core/address";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import type { BorderStyle, CellStyle, PlannedCell, SheetPlan, WorkbookPlan } from "../../core/plan/sheet-plan";
import type { CellEdit, HostError, HostErrorCode, WorkbookPort } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import type { ExcelHost, XChangedEventArgs, XError, XRange, XRequestContext, XRunOptions, XWorksheet } from "./excel-api";
import { isDateFormat, needsTextFormat } from "./text-guard";

/** Stay well under Excel on the web's 5 MB so JSON framing and estimates have room. */
export const CHUNK_TARGET_BYTES = 4 * 1024 * 1024;
/** Response bytes per cell for values + valueTypes + numberFormat, deliberately generous. */
export const READ_BYTES_PER_CELL = 64;
/** Sheet names read this recently are trusted by write() instead of syncing for them again. */
const NAMES_FRESH_MS = 10_000;

/** Plan column widths are Excel character units (as ExcelJS `column.width` writes them, padding
 * included); Office.js wants points. One unit is 7 px at the default font's maximum digit width,
 * and 1 px = 0.75 pt, so points = units × 5.25. */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 7 * 0.75 * 100) / 100;
}

const DATA_PROPS = "address, values, valueTypes, numberFormat";
const CHUNK_PROPS = "address, rowCount, columnCount, values, valueTypes, numberFormat";

export interface OfficePortOptions {
  /** Milliseconds clock, injectable for tests. */
  readonly now?: () => number;
}

export class OfficePort implements WorkbookPort {
  private names: { readonly list: readonly string[]; readonly at: number } | null = null;
  private readonly now: () => number;

  constructor(
    private readonly host: ExcelHost,
    options: OfficePortOptions = {},
  ) {
    this.now = options.now ?? (() => Date.now());
  }

  async read(): Promise<Result<WorkbookGrid, HostError>> {
    return this.runExcel(async (ctx) => {
      const collection = ctx.workbook.worksheets;
      collection.load("items/name, items/visibility");
      await ctx.sync();
      const sheets = collection.items;
      const names = sheets.map((s) => s.name);
      // Hidden sheets are read like the others; the core notes it when it uses one.
      const hidden = new Set(sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name));
      const mark = (grids: SheetGrid[]): SheetGrid[] => grids.map((g) => (hidden.has(g.name) ? { ...g, hidden: true } : g));
      this.names = { list: names, at: this.now() };
      const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load(DATA_PROPS) as XRange);
      try {
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        return ok({ sheets: mark(await readChunked(ctx, sheets, names)) });
      }
      return ok({
        sheets: mark(
          names.map((name, i) => {
            const r = used[i]!;
            if (r.isNullObject) return { name, origin: { row: 0, col: 0 }, values: [] };
            return { name, origin: originOf(r.address), values: toGridRows(r.values, r.valueTypes, r.numberFormat) };
          }),
        ),
      });
    });
  }

  async write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>> {
    const planned = plan.sheets.map((s) => s.name);
    const dup = planned.find((n, i) => planned.findIndex((m) => sameName(m, n)) !== i);
    if (dup !== undefined) return err({ code: "name-conflict", detail: `the plan names sheet ${dup} twice` });
    const bad = planned.find((n) => !isValidSheetName(n));
    if (bad !== undefined) return err({ code: "name-conflict", detail: `invalid sheet name ${JSON.stringify(bad)}` });
    const options = this.host.isSetSupported("1.20") ? { mergeUndoGroup: true } : undefined;
    const screen = this.host.isSetSupported("1.9");
    return this.runExcel(async (ctx) => {
      const existing = await this.freshNames(ctx);
      const replaced = planned.filter((n) => plan.replace.some((r) => sameName(r, n)) && existing.some((e) => sameName(e, n)));
      const conflict = planned.find((n) => existing.some((e) => sameName(e, n)) && !replaced.includes(n));
      if (conflict !== undefined) return err<HostError>({ code: "name-conflict", detail: `sheet ${conflict} already exists` });
      // A replaced sheet is written under a temporary name and swapped in at the very end, so a
      // failure midway leaves the old sheet intact and only our new sheets to remove.
      const stamp = String(this.now() % 1_000_000);
      const temp = new Map(replaced.map((n, i) => [n, `~tmp${i}_${stamp}`]));
      const batches = new Batches(ctx, screen);
      const refs = new Map<string, XWorksheet>();
      for (const sp of plan.sheets) {
        batches.add(60, () => refs.set(sp.name, ctx.workbook.worksheets.add(temp.get(sp.name) ?? sp.name)));
        queueSheet(batches, () => refs.get(sp.name)!, sp, this.host);
      }
      batches.add(100 * (replaced.length + 1), () => {
        for (const n of replaced) {
          ctx.workbook.worksheets.getItem(n).delete();
          refs.get(n)!.name = n;
        }
        const active = plan.activate ?? planned[0];
        if (active !== undefined && refs.has(active)) refs.get(active)!.activate();
      });
      try {
        await batches.flush();
      } catch (e) {
        await removeSheets(ctx, [...planned.filter((n) => !replaced.includes(n)), ...temp.values()]);
        throw e;
      }
      this.names = null;
      return ok({ written: planned });
    }, options);
  }

  /** Writes user-confirmed edits (fixes, their undo). Sync 1 checks the sheets (protection) and the
   * cells (formulas are never overwritten) and reads what the cells hold now; sync 2 writes.
   * `previous` restores exactly what was there (value and number format). */
  async applyEdits(
    edits: readonly CellEdit[],
  ): Promise<Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError>> {
    if (edits.length === 0) return ok({ count: 0, previous: [] });
    const options = this.host.isSetSupported("1.20") ? { mergeUndoGroup: true } : undefined;
    return this.runExcel(async (ctx) => {
      const sheetNames = [...new Set(edits.map((e) => e.sheet))];
      const sheets = new Map(sheetNames.map((n) => [n, ctx.workbook.worksheets.getItem(n)]));
      for (const ws of sheets.values()) ws.protection.load("protected");
      const cells = edits.map((e) => sheets.get(e.sheet)!.getRange(e.cell).load("values, numberFormat, formulas") as XRange);
      await ctx.sync();
      const locked = sheetNames.find((n) => sheets.get(n)!.protection.protected);
      if (locked !== undefined) return err<HostError>({ code: "sheet-protected", detail: `sheet ${locked} is protected` });
      // A formula's `formulas` differs from its `values` (the result); text that merely starts
      // with "=" has both equal.
      const formulaAt = edits.findIndex((_, i) => {
        const f = cells[i]!.formulas[0]?.[0];
        return typeof f === "string" && f.startsWith("=") && f !== cells[i]!.values[0]?.[0];
      });
      if (formulaAt >= 0) {
        const e = edits[formulaAt]!;
        return err<HostError>({ code: "sheet-changed", detail: `${e.sheet}!${e.cell} holds a formula now` });
      }
      const previous: CellEdit[] = edits.map((e, i) => {
        const v = cells[i]!.values[0]?.[0];
        const value = v === "" || v === undefined ? null : typeof v === "boolean" ? String(v) : (v as string | number);
        return { sheet: e.sheet, cell: e.cell, value, numberFormat: String(cells[i]!.numberFormat[0]?.[0] ?? "General") };
      });
      const queueEdits = (list: readonly CellEdit[]): void => {
        list.forEach((e, i) => {
          const r = cells[i]!;
          if (e.numberFormat !== undefined) r.numberFormat = [[e.numberFormat]];
          // Text Excel would parse keeps its cell's format: a leading apostrophe makes it text,
          // as when typed (and it is not part of the stored value). On "@" cells it is not needed.
          const guard = typeof e.value === "string" && e.numberFormat !== "@" && needsTextFormat(e.value);
          r.values = [[guard ? `'${e.value as string}` : (e.value ?? "")]];
        });
        ctx.workbook.application.suspendApiCalculationUntilNextSync();
      };
      queueEdits(edits);
      try {
        await ctx.sync();
      } catch (e) {
        // Excel stops a batch at the failing operation, keeping the ones before: put back what
        // was there (best effort; the original error is what the user hears about).
        try {
          queueEdits(previous);
          await ctx.sync();
        } catch {
          // nothing more to do
        }
        throw e;
      }
      return ok({ count: edits.length, previous });
    }, options);
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
   * Calls `onChange(sheet, address)` for every edit Excel reports on the named sheets (a paste is
   * one RangeEdited event with a multi-cell address). Coalescing bursts is the caller's job.
   * Resolves to an unsubscribe function. Handlers stay registered while the task pane lives.
   */
  async watchSheetChanges(
    sheetNames: readonly string[],
    onChange: (sheet: string, address: string, changeType: string) => void,
  ): Promise<Result<() => Promise<void>, HostError>> {
    return this.runExcel(async (ctx) => {
      const results = sheetNames.map((name) =>
        ctx.workbook.worksheets.getItem(name).onChanged.add(async (args: XChangedEventArgs) => {
          onChange(name, stripSheet(args.address), args.changeType);
        }),
      );
      await ctx.sync();
      // Handlers are removed in a batch on the context that added them.
      const remove = async (c: XRequestContext): Promise<void> => {
        for (const r of results) r.remove();
        await c.sync();
      };
      return ok(() => (this.host.runOn ? this.host.runOn(ctx, remove) : remove(ctx)));
    });
  }

  /** One Excel.run; whatever Excel throws (cell-edit mode, a deleted sheet, payload limits...)
   * comes back as a HostError value. */
  private async runExcel<T>(
    batch: (ctx: XRequestContext) => Promise<Result<T, HostError>>,
    options?: XRunOptions,
  ): Promise<Result<T, HostError>> {
    try {
      return await this.host.run(batch, options);
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

// ---------------------------------------------------------------------------------------------
// Reading

interface Slice {
  readonly sheet: number;
  readonly top: number;
  readonly bottom: number;
}

async function readChunked(ctx: XRequestContext, sheets: readonly XWorksheet[], names: readonly string[]): Promise<SheetGrid[]> {
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount") as XRange);
  await ctx.sync();
  const boxes = used.map((r) => (r.isNullObject ? null : boxOf(r.address)));
  const rows: CellValue[][][] = names.map(() => []);
  // Cursor over (sheet, row): each request takes as many rows as CHUNK_TARGET_BYTES allows at
  // the current bytes-per-cell estimate, which is corrected from each response actually received.
  let perCell = READ_BYTES_PER_CELL;
  let sheet = boxes.findIndex((b) => b !== null);
  let row = sheet >= 0 ? boxes[sheet]!.top : 0;
  let retry: Slice[] | null = null;
  const done: { slice: Slice; range: XRange }[] = [];
  while (retry || sheet >= 0) {
    let group: Slice[];
    if (retry) {
      group = retry;
      retry = null;
    } else {
      group = [];
      let budget = CHUNK_TARGET_BYTES;
      while (sheet >= 0 && budget > 0) {
        const b = boxes[sheet]!;
        const rowBytes = (b.right - b.left + 1) * perCell;
        const take = Math.max(1, Math.min(b.bottom - row + 1, Math.floor(budget / rowBytes)));
        group.push({ sheet, top: row, bottom: row + take - 1 });
        budget -= take * rowBytes;
        row += take;
        if (row > b.bottom) {
          sheet = boxes.findIndex((x, i) => i > sheet && x !== null);
          row = sheet >= 0 ? boxes[sheet]!.top : 0;
        }
        if (budget < rowBytes) break;
      }
    }
    const ranges = group.map((s) => {
      const b = boxes[s.sheet]!;
      return sheets[s.sheet]!.getRange(rangeAddress(s.top, b.left, s.bottom, b.right)).load(CHUNK_PROPS) as XRange;
    });
    try {
      // One sync per ~4 MB chunk: the count grows with payload, not with rows.
      await ctx.sync();
    } catch (e) {
      if (!isPayloadError(e) || (group.length === 1 && group[0]!.top === group[0]!.bottom)) throw e;
      // Too big after all: read the first half now, put the rest back in front of the cursor.
      const [first, rest] = halve(group);
      retry = first!;
      const back = rest!;
      sheet = back[0]!.sheet;
      row = back[0]!.top;
      perCell *= 2;
      continue;
    }
    let bytes = 0;
    let count = 0;
    group.forEach((slice, i) => {
      const r = ranges[i]!;
      done.push({ slice, range: r });
      bytes += jsonBytes(r.values) + jsonBytes(r.valueTypes) + jsonBytes(r.numberFormat);
      count += r.rowCount * r.columnCount;
    });
    // A quarter of headroom over what was measured, never below 16 bytes a cell.
    if (count > 0) perCell = Math.max(16, Math.ceil((bytes / count) * 1.25));
  }
  done.sort((a, b) => a.slice.sheet - b.slice.sheet || a.slice.top - b.slice.top);
  for (const { slice, range } of done) for (const r of toGridRows(range.values, range.valueTypes, range.numberFormat)) rows[slice.sheet]!.push(r);
  return names.map((name, i) => {
    const b = boxes[i];
    return { name, origin: b ? { row: b.top, col: b.left } : { row: 0, col: 0 }, values: rows[i]! };
  });
}

/** Splits a group of slices into two groups of about half the rows each. */
function halve(group: readonly Slice[]): Slice[][] {
  if (group.length > 1) {
    const mid = Math.ceil(group.length / 2);
    return [group.slice(0, mid), group.slice(mid)];
  }
  const s = group[0]!;
  const mid = s.top + Math.floor((s.bottom - s.top) / 2);
  return [[{ ...s, bottom: mid }], [{ ...s, top: mid + 1 }]];
}

function toGridRows(values: unknown[][], types: readonly (readonly string[])[], formats: unknown[][]): CellValue[][] {
  return values.map((row, r) =>
    row.map((v, c): CellValue => {
      const t = types[r]?.[c];
      if (t === "Empty" || v === "" || v === null || v === undefined) return null;
      if (t === "Error") return { kind: "error", code: String(v) };
      if (typeof v === "number") return isDateFormat(String(formats[r]?.[c] ?? "")) ? { kind: "date", serial: v } : v;
      if (typeof v === "boolean" || typeof v === "string") return v;
      return String(v);
    }),
  );
}

function stripSheet(address: string): string {
  return address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(address: string): Box {
  const [a, b = a] = stripSheet(address).split(":") as [string, string?];
  const p = tryParseCellAddress(a);
  const q = tryParseCellAddress(b);
  // Excel always answers a used range as "Sheet!A1:D10"; anything else is a bug to report as one
  // (it reaches the user as an "unknown" host error naming the address), not a TypeError on null.
  if (!p || !q) throw new Error(`unexpected range address from Excel: ${address}`);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

function originOf(address: string): { row: number; col: number } {
  const b = boxOf(address);
  return { row: b.top, col: b.left };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** Queues operations and syncs whenever the estimated request would pass CHUNK_TARGET_BYTES. */
class Batches {
  private readonly ops: { bytes: number; queue: () => void }[] = [];
  constructor(
    private readonly ctx: XRequestContext,
    private readonly suspendScreen: boolean,
  ) {}
  add(bytes: number, queue: () => void): void {
    this.ops.push({ bytes, queue });
  }
  async flush(): Promise<void> {
    const groups: (() => void)[][] = [[]];
    let size = 0;
    for (const op of this.ops) {
      if (size + op.bytes > CHUNK_TARGET_BYTES && groups[groups.length - 1]!.length) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1]!.push(op.queue);
      size += op.bytes;
    }
    for (const group of groups) {
      this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (this.suspendScreen) this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      for (const queue of group) queue();
      // One sync per ~4 MB request: the count grows with payload, not with cells.
      await this.ctx.sync();
    }
  }
}

/** Values rows per band are capped so each band's arrays stay a fraction of a request. */
const BAND_TARGET_BYTES = 512 * 1024;

function queueSheet(batches: Batches, ws: () => XWorksheet, sp: SheetPlan, host: ExcelHost): void {
  const cells = [...sp.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const styleOf = (c: PlannedCell): CellStyle => (c.style ? (sp.styles[c.style] ?? {}) : {});
  if (cells.length) {
    let left = Infinity;
    let right = -Infinity;
    for (const c of cells) {
      left = Math.min(left, c.col);
      right = Math.max(right, c.col);
    }
    const top = cells[0]!.row;
    const bottom = cells[cells.length - 1]!.row;
    const box = rangeAddress(top, left, bottom, right);
    batches.add(120, () => {
      const f = ws().getRange(box).format.font;
      f.name = sp.defaultFont.name;
      f.size = sp.defaultFont.size;
    });
    // Row bands: dense 2D arrays, holes written as "" (the sheet is new, so nothing is lost).
    const byRow = new Map<number, PlannedCell[]>();
    for (const c of cells) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
    let bandTop = top;
    let bandBytes = 0;
    const flushBand = (bandBottom: number): void => {
      const width = right - left + 1;
      const values: (string | number)[][] = [];
      const formats: string[][] = [];
      for (let r = bandTop; r <= bandBottom; r++) {
        const vrow: (string | number)[] = new Array<string | number>(width).fill("");
        const frow: string[] = new Array<string>(width).fill("General");
        for (const c of byRow.get(r) ?? []) {
          vrow[c.col - left] = c.value ?? "";
          const fmt = styleOf(c).numberFormat;
          frow[c.col - left] = typeof c.value === "string" && needsTextFormat(c.value) ? "@" : (fmt ?? "General");
        }
        values.push(vrow);
        formats.push(frow);
      }
      const address = rangeAddress(bandTop, left, bandBottom, right);
      const uniform = formats.every((row) => row.every((f) => f === formats[0]![0]));
      // Number formats first: a text format must be in place before a "=…" string arrives.
      const nf: unknown = uniform ? formats[0]![0] : formats;
      batches.add(jsonBytes(values) + (uniform ? 20 : jsonBytes(formats)), () => {
        const range = ws().getRange(address);
        range.numberFormat = nf as unknown[][];
        range.values = values;
      });
    };
    for (let r = top; r <= bottom; r++) {
      const rowBytes = jsonBytes((byRow.get(r) ?? []).map((c) => c.value)) + (right - left + 1) * 12;
      if (bandBytes + rowBytes > BAND_TARGET_BYTES && r > bandTop) {
        flushBand(r - 1);
        bandTop = r;
        bandBytes = 0;
      }
      bandBytes += rowBytes;
    }
    flushBand(bottom);
  }

  for (const m of sp.merges) {
    const a = rangeAddress(m.top, m.left, m.bottom, m.right);
    batches.add(60, () => ws().getRange(a).merge(false));
  }

  const byStyle = new Map<string, PlannedCell[]>();
  for (const c of cells) if (c.style) (byStyle.get(c.style) ?? byStyle.set(c.style, []).get(c.style)!).push(c);
  for (const [key, list] of byStyle) {
    const style = sp.styles[key];
    if (!style) continue;
    for (const rect of rectangles(list)) {
      const a = rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
      batches.add(400, () => applyStyle(ws().getRange(a), style, rect));
    }
  }

  for (const c of cells) {
    if (!c.link) continue;
    const ref = `${quoteSheetName(c.link.sheet)}!${c.link.cell}`;
    const text = c.value === null ? c.link.cell : String(c.value);
    const a = cellAddress(c.row, c.col);
    batches.add(jsonBytes(ref) + jsonBytes(text) + 80, () => {
      ws().getRange(a).hyperlink = { documentReference: ref, textToDisplay: text };
    });
  }

  for (const [from, to, width] of runs(sp.columnWidths.map((w) => columnWidthPoints(w)))) {
    const a = `${columnLetters(from)}:${columnLetters(to)}`;
    batches.add(60, () => void (ws().getRange(a).format.columnWidth = width));
  }
  const heights = Object.entries(sp.rowHeights)
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1]![0] === heights[j]![0] + 1 && heights[j + 1]![1] === heights[i]![1]) j++;
    const a = `${heights[i]![0] + 1}:${heights[j]![0] + 1}`;
    const h = heights[i]![1];
    batches.add(60, () => void (ws().getRange(a).format.rowHeight = h));
    i = j + 1;
  }

  batches.add(400, () => {
    const w = ws();
    if (sp.tabColor) w.tabColor = `#${sp.tabColor}`;
    if (host.isSetSupported("1.8")) w.showGridlines = sp.showGridLines;
    if (sp.freeze && (sp.freeze.rows > 0 || sp.freeze.cols > 0)) {
      if (sp.freeze.cols === 0) w.freezePanes.freezeRows(sp.freeze.rows);
      else if (sp.freeze.rows === 0) w.freezePanes.freezeColumns(sp.freeze.cols);
      else w.freezePanes.freezeAt(rangeAddress(0, 0, sp.freeze.rows - 1, sp.freeze.cols - 1));
    }
    if (host.isSetSupported("1.9")) applyPrint(w, sp);
  });
}

function applyPrint(w: XWorksheet, sp: SheetPlan): void {
  const p = sp.print;
  const pl = w.pageLayout;
  pl.paperSize = p.paperSize;
  pl.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  // Plan margins are inches; PageLayout margins are points.
  pl.leftMargin = p.margins.left * 72;
  pl.rightMargin = p.margins.right * 72;
  pl.topMargin = p.margins.top * 72;
  pl.bottomMargin = p.margins.bottom * 72;
  pl.headerMargin = p.margins.header * 72;
  pl.footerMargin = p.margins.footer * 72;
  pl.centerHorizontally = p.centerHorizontally;
  // fitToHeight 0 means "as many pages tall as needed": leave verticalFitToPages out rather than
  // sending 0, which the API documents no meaning for.
  pl.zoom = p.fitToHeight > 0 ? { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight } : { horizontalFitToPages: p.fitToWidth };
  pl.setPrintArea(p.printArea);
  if (p.printTitleRows) pl.setPrintTitleRows(p.printTitleRows.split(":").map((r) => `$${r.replace(/\$/g, "")}`).join(":"));
  // A break after 0-based row r is a break before sheet row r + 2 (1-based).
  for (const r of sp.rowBreaks ?? []) w.horizontalPageBreaks.add(`A${r + 2}`);
  if (p.footer) {
    const sections = footerSections(p.footer);
    const f = pl.headersFooters.defaultForAllPages;
    if (sections.left) f.leftFooter = sections.left;
    if (sections.center) f.centerFooter = sections.center;
    if (sections.right) f.rightFooter = sections.right;
  }
}

/** "&L…&C…&R…" (Excel's header/footer codes) → the three sections Office.js sets separately. */
export function footerSections(code: string): { left: string; center: string; right: string } {
  const out = { left: "", center: "", right: "" };
  let section: keyof typeof out = "center";
  let i = 0;
  while (i < code.length) {
    const two = code.slice(i, i + 2);
    if (two === "&L" || two === "&C" || two === "&R") {
      section = two === "&L" ? "left" : two === "&C" ? "center" : "right";
      i += 2;
      continue;
    }
    out[section] += code[i];
    i++;
  }
  return out;
}

const edgeNames = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

function setBorder(range: XRange, edge: string, style: BorderStyle): void {
  const b = range.format.borders.getItem(edge);
  b.style = style === "double" ? "Double" : "Continuous";
  if (style !== "double") b.weight = style === "medium" ? "Medium" : style === "hair" ? "Hairline" : "Thin";
}

function applyStyle(range: XRange, s: CellStyle, rect: Box): void {
  const f = range.format;
  if (s.font) {
    if (s.font.name !== undefined) f.font.name = s.font.name;
    if (s.font.size !== undefined) f.font.size = s.font.size;
    if (s.font.bold !== undefined) f.font.bold = s.font.bold;
    if (s.font.italic !== undefined) f.font.italic = s.font.italic;
    if (s.font.underline !== undefined) f.font.underline = s.font.underline ? "Single" : "None";
    if (s.font.color !== undefined) f.font.color = `#${s.font.color}`;
  }
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.horizontal) f.horizontalAlignment = s.horizontal === "left" ? "Left" : s.horizontal === "center" ? "Center" : "Right";
  if (s.vertical) f.verticalAlignment = s.vertical === "top" ? "Top" : s.vertical === "middle" ? "Center" : "Bottom";
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.indent !== undefined) f.indentLevel = s.indent;
  if (s.border) {
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const st = s.border[side];
      if (st) setBorder(range, edgeNames[side], st);
    }
    // Every cell of the rectangle has the style, so the lines between them are drawn too.
    const h = s.border.bottom ?? s.border.top;
    if (h && rect.bottom > rect.top) setBorder(range, "InsideHorizontal", h);
    const v = s.border.right ?? s.border.left;
    if (v && rect.right > rect.left) setBorder(range, "InsideVertical", v);
  }
}

/** Groups cells into rectangles: runs of adjacent columns per row, stacked when rows repeat the run. */
export function rectangles(cells: readonly { row: number; col: number }[]): Box[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rowRuns: Box[] = [];
  for (const c of sorted) {
    const last = rowRuns[rowRuns.length - 1];
    if (last && last.top === c.row && last.right === c.col - 1) last.right = c.col;
    else if (!(last && last.top === c.row && last.right >= c.col)) rowRuns.push({ top: c.row, bottom: c.row, left: c.col, right: c.col });
  }
  const open = new Map<string, Box>();
  const out: Box[] = [];
  for (const run of rowRuns) {
    const key = `${run.left}:${run.right}`;
    const o = open.get(key);
    if (o && o.bottom === run.top - 1) o.bottom = run.top;
    else {
      const box = { ...run };
      open.set(key, box);
      out.push(box);
    }
  }
  return out;
}

/** Consecutive equal values → [from, to, value] (0-based indexes). */
function runs(values: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  });
  return out;
}

async function removeSheets(ctx: XRequestContext, names: readonly string[]): Promise<void> {
  try {
    const collection = ctx.workbook.worksheets;
    collection.load("items/name");
    await ctx.sync();
    const doomed = collection.items.filter((s) => names.some((n) => sameName(n, s.name)));
    if (!doomed.length) return;
    for (const s of doomed) s.delete();
    await ctx.sync();
  } catch {
    // The original error is what the user needs to hear about; cleanup is best effort.
  }
}

// ---------------------------------------------------------------------------------------------
// Errors and names

export function toHostError(e: unknown): HostError {
  const x = (e ?? {}) as XError;
  const code = typeof x.code === "string" ? x.code : "";
  const detail = `${code ? `${code}: ` : ""}${x.message ?? String(e)}`;
  return { code: hostErrorCode(code), detail };
}

function hostErrorCode(code: string): HostErrorCode {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return "cell-edit-mode";
    case "ItemNotFound":
    case "InvalidReference":
      return "sheet-changed";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "PayloadSizeLimitExceeded":
      return "payload-too-large";
    case "AccessDenied":
      return "sheet-protected";
    case "ItemAlreadyExists":
      return "name-conflict";
    default:
      return "unknown";
  }
}

function isPayloadError(e: unknown): boolean {
  return hostErrorCode(String((e as XError | null)?.code ?? "")) === "payload-too-large";
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** UTF-8 bytes of a value's JSON, as Office.js would send it. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? "";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

// Reading the workbook into a WorkbookGrid, in as few syncs as Excel's payload limit allows.
//
// Sync 1 loads the sheet names and visibility; sync 2 loads every used range's address, values,
// valueTypes and numberFormat at once. Only when Excel refuses that response as too large (by name,
// or as a GeneralException: see office-errors.ts) does it load the used-range sizes and then row
// chunks of about READ_TARGET_BYTES each, correcting its bytes-per-cell estimate from every response
// it receives; a chunk Excel still refuses is split in half. The number of syncs grows with the
// payload, never with rows. Only values are read: never `formulas` (office-js issue 6687: they drop
// the quote prefix of text, so a round trip would turn text into formulas).
import { rangeAddress } from "../../core/address";
import type { CellValue, SheetGrid, WorkbookGrid } from "../../core/grid";
import type { XRange, XRequestContext, XWorksheet } from "./excel-api";
import { LARGE_REQUEST_BYTES, errorCode, isPayloadError } from "./office-errors";
import { boxOf, jsonBytes, originOf, type Box } from "./office-ranges";
import { isDateFormat } from "./text-guard";

/** Target response of one chunked read: well under Excel on the web's 5 MB, as Microsoft advises
 * (row blocks of 5k–20k rows); estimates are deliberately generous on top. */
export const READ_TARGET_BYTES = 3 * 1024 * 1024;
/** Response bytes per cell for values + valueTypes + numberFormat before anything is measured. */
export const READ_BYTES_PER_CELL = 64;

const DATA_PROPS = "address, values, valueTypes, numberFormat";
const CHUNK_PROPS = "address, rowCount, columnCount, values, valueTypes, numberFormat";

export interface ReadResult {
  readonly grid: WorkbookGrid;
  /** Every sheet's name, in workbook order (the port keeps them for write()). */
  readonly names: readonly string[];
}

export async function readWorkbook(ctx: XRequestContext): Promise<ReadResult> {
  const collection = ctx.workbook.worksheets;
  collection.load("items/name, items/visibility");
  await ctx.sync();
  const sheets = collection.items;
  const names = sheets.map((s) => s.name);
  // Hidden sheets are read like the others; the core notes it when it uses one.
  const hidden = new Set(sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name));
  const mark = (grids: SheetGrid[]): WorkbookGrid => ({ sheets: grids.map((g) => (hidden.has(g.name) ? { ...g, hidden: true } : g)) });
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load(DATA_PROPS) as XRange);
  try {
    await ctx.sync();
  } catch (e) {
    // The size of this response is unknown before asking, so a GeneralException may be the limit
    // too: readChunked measures first and rethrows `e` when the workbook turns out to be small.
    if (!isPayloadError(e, Infinity)) throw e;
    return { grid: mark(await readChunked(ctx, sheets, names, e)), names };
  }
  const grids = names.map((name, i): SheetGrid => {
    const r = used[i]!;
    if (r.isNullObject) return { name, origin: { row: 0, col: 0 }, values: [] };
    return { name, origin: originOf(r.address), values: toGridRows(r.values, r.valueTypes, r.numberFormat) };
  });
  return { grid: mark(grids), names };
}

interface Slice {
  readonly sheet: number;
  readonly top: number;
  readonly bottom: number;
}

async function readChunked(ctx: XRequestContext, sheets: readonly XWorksheet[], names: readonly string[], cause: unknown): Promise<SheetGrid[]> {
  const used = sheets.map((s) => s.getUsedRangeOrNullObject(true).load("address, rowCount, columnCount") as XRange);
  await ctx.sync();
  const boxes = used.map((r) => (r.isNullObject ? null : boxOf(r.address)));
  const cells = boxes.reduce((n, b) => n + (b ? (b.bottom - b.top + 1) * (b.right - b.left + 1) : 0), 0);
  if (errorCode(cause) === "GeneralException" && cells * READ_BYTES_PER_CELL < LARGE_REQUEST_BYTES) throw cause;
  const rows: CellValue[][][] = names.map(() => []);
  // Cursor over (sheet, row): each request takes as many rows as READ_TARGET_BYTES allows at the
  // current bytes-per-cell estimate, which is corrected from each response actually received.
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
      let budget = READ_TARGET_BYTES;
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
      // One sync per chunk: the count grows with payload, not with rows.
      await ctx.sync();
    } catch (e) {
      const single = group.length === 1 && group[0]!.top === group[0]!.bottom;
      if (single || !isPayloadError(e, estimate(group, boxes, perCell))) throw e;
      // Too big after all: read the first half now, put the rest back in front of the cursor.
      const [first, rest] = halve(group);
      retry = first!;
      sheet = rest![0]!.sheet;
      row = rest![0]!.top;
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

/** Estimated response bytes of a group of slices. */
function estimate(group: readonly Slice[], boxes: readonly (Box | null)[], perCell: number): number {
  return group.reduce((n, s) => n + (s.bottom - s.top + 1) * (boxes[s.sheet]!.right - boxes[s.sheet]!.left + 1) * perCell, 0);
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

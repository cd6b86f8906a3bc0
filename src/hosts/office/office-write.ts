// Rendering a WorkbookPlan into Excel through Office.js, in blocks well under the payload limit.
//
// One sync for the whole plan unless the estimated request passes WRITE_TARGET_BYTES; then as many
// as needed, each with calculation (and, from ExcelApi 1.9, screen updating) suspended. A block
// Excel refuses as too large (by name, or as a GeneralException on a large block) is split in half
// and sent again: a refused request ran nothing. Values go first as 2D arrays per row band (strings
// Excel would parse carry the quote prefix: text-guard.ts), then number formats ("@" on those cells
// as a second guard), then styles per rectangle of equal style, merges, links, sizes, page setup.
// The number of syncs grows with the payload, never with rows or cells.
import { cellAddress, columnLetters, rangeAddress } from "../../core/address";
import { quoteSheetName } from "../../core/plan/sheet-names";
import type { CellStyle, PlannedCell, SheetPlan } from "../../core/plan/sheet-plan";
import type { XPageLayout, XRequestContext, XWorksheet } from "./excel-api";
import { isPayloadError } from "./office-errors";
import { applyPrint, applyStyle, columnWidthPoints, fitKept, planZoom, rectangles, runs } from "./office-format";
import { jsonBytes } from "./office-ranges";
import type { Capabilities } from "./requirements";
import { literalText, needsTextFormat } from "./text-guard";
import { queueCharts, queueConditionalFormats } from "./office-visuals";

/** Estimated request bytes per sync: well under Excel on the web's 5 MB, as Microsoft advises. The
 * estimates below were checked against the requests Microsoft's own client library serializes
 * (test/hosts/office/real-client.test.ts prints and bounds them). */
export const WRITE_TARGET_BYTES = 2 * 1024 * 1024;
/** Request bytes of one queued call (object paths, instantiation and the action) besides its data. */
const CALL_BYTES = 400;
/** Values rows per band are capped so each band's arrays stay a fraction of a request. */
const BAND_TARGET_BYTES = 384 * 1024;

/** Whether the zoom (fit to pages) Excel holds after the write is the one that was set. */
export type PrintFit = "kept" | "ignored" | "unsupported";

/** Queues operations and syncs whenever the estimated request would pass WRITE_TARGET_BYTES. */
export class Batches {
  private readonly ops: { bytes: number; queue: () => void }[] = [];
  constructor(
    private readonly ctx: XRequestContext,
    private readonly suspendScreen: boolean,
  ) {}
  add(bytes: number, queue: () => void): void {
    this.ops.push({ bytes, queue });
  }
  async flush(): Promise<void> {
    const groups: { bytes: number; queue: () => void }[][] = [[]];
    let size = 0;
    for (const op of this.ops) {
      if (size + op.bytes > WRITE_TARGET_BYTES && groups[groups.length - 1]!.length) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1]!.push(op);
      size += op.bytes;
    }
    for (const group of groups) await this.send(group);
  }
  /** One sync; a group refused for its size is sent again as two halves. */
  private async send(group: readonly { bytes: number; queue: () => void }[]): Promise<void> {
    this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.suspendScreen) this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const op of group) op.queue();
    try {
      await this.ctx.sync();
    } catch (e) {
      const bytes = group.reduce((n, op) => n + op.bytes, 0);
      if (group.length < 2 || !isPayloadError(e, bytes)) throw e;
      const mid = Math.ceil(group.length / 2);
      try {
        await this.send(group.slice(0, mid));
        await this.send(group.slice(mid));
      } catch {
        throw e; // the first error is the one that explains
      }
    }
  }
}

/** Queues one sheet's content into `batches`; `ws()` is the sheet, added by an earlier operation. */
export function queueSheet(batches: Batches, ws: () => XWorksheet, sp: SheetPlan, caps: Capabilities): void {
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
    batches.add(3 * CALL_BYTES, () => {
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
          const text = typeof c.value === "string" && needsTextFormat(c.value);
          vrow[c.col - left] = typeof c.value === "string" ? literalText(c.value) : (c.value ?? "");
          frow[c.col - left] = text ? "@" : (styleOf(c).numberFormat ?? "General");
        }
        values.push(vrow);
        formats.push(frow);
      }
      const address = rangeAddress(bandTop, left, bandBottom, right);
      const uniform = formats.every((row) => row.every((f) => f === formats[0]![0]));
      // Values first, into cells that are still General: the quote prefix is then the documented
      // one. The formats follow (Microsoft's advice too: values first, formats after).
      batches.add(jsonBytes(values) + CALL_BYTES, () => void (ws().getRange(address).values = values));
      if (uniform && formats[0]![0] === "General") return;
      const nf: unknown = uniform ? formats[0]![0] : formats;
      batches.add((uniform ? 20 : jsonBytes(formats)) + CALL_BYTES, () => void (ws().getRange(address).numberFormat = nf as unknown[][]));
    };
    for (let r = top; r <= bottom; r++) {
      const rowBytes = 2 * jsonBytes((byRow.get(r) ?? []).map((c) => c.value)) + (right - left + 1) * 12;
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
    batches.add(CALL_BYTES, () => ws().getRange(a).merge(false));
  }

  const byStyle = new Map<string, PlannedCell[]>();
  for (const c of cells) if (c.style) (byStyle.get(c.style) ?? byStyle.set(c.style, []).get(c.style)!).push(c);
  for (const [key, list] of byStyle) {
    const style = sp.styles[key];
    if (!style) continue;
    for (const rect of rectangles(list)) {
      const a = rangeAddress(rect.top, rect.left, rect.bottom, rect.right);
      batches.add(styleCalls(style) * CALL_BYTES, () => applyStyle(ws().getRange(a), style, rect, caps.indent));
    }
  }

  for (const c of cells) {
    if (!c.link) continue;
    const ref = `${quoteSheetName(c.link.sheet)}!${c.link.cell}`;
    const text = c.value === null ? c.link.cell : String(c.value);
    const a = cellAddress(c.row, c.col);
    batches.add(jsonBytes(ref) + jsonBytes(text) + CALL_BYTES, () => {
      ws().getRange(a).hyperlink = { documentReference: ref, textToDisplay: text };
    });
  }

  for (const [from, to, width] of runs(sp.columnWidths.map((w) => columnWidthPoints(w)))) {
    const a = `${columnLetters(from)}:${columnLetters(to)}`;
    batches.add(CALL_BYTES, () => void (ws().getRange(a).format.columnWidth = width));
  }
  const heights = Object.entries(sp.rowHeights)
    .map(([r, h]) => [Number(r), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1]![0] === heights[j]![0] + 1 && heights[j + 1]![1] === heights[i]![1]) j++;
    const a = `${heights[i]![0] + 1}:${heights[j]![0] + 1}`;
    const h = heights[i]![1];
    batches.add(CALL_BYTES, () => void (ws().getRange(a).format.rowHeight = h));
    i = j + 1;
  }

  batches.add((30 + (sp.rowBreaks?.length ?? 0)) * CALL_BYTES, () => {
    const w = ws();
    if (sp.tabColor) w.tabColor = `#${sp.tabColor}`;
    if (caps.gridlines) w.showGridlines = sp.showGridLines;
    if (sp.freeze && (sp.freeze.rows > 0 || sp.freeze.cols > 0)) {
      if (sp.freeze.cols === 0) w.freezePanes.freezeRows(sp.freeze.rows);
      else if (sp.freeze.rows === 0) w.freezePanes.freezeColumns(sp.freeze.cols);
      else w.freezePanes.freezeAt(rangeAddress(0, 0, sp.freeze.rows - 1, sp.freeze.cols - 1));
    }
    if (caps.printSetup) applyPrint(w, sp);
  });
  if (sp.conditionalFormats?.length) queueConditionalFormats(batches, ws, sp.conditionalFormats);
  if (sp.charts?.length) queueCharts(batches, ws, sp.charts);
}

/** Calls a style takes to apply (font members, fill, alignments, wrap, indent, 3 per border edge). */
function styleCalls(s: CellStyle): number {
  const font = s.font ? Object.values(s.font).filter((v) => v !== undefined).length : 0;
  const edges = s.border ? Object.values(s.border).filter(Boolean).length + 2 : 0;
  return 1 + font + (s.fill ? 1 : 0) + (s.horizontal ? 1 : 0) + (s.vertical ? 1 : 0) + (s.wrap !== undefined ? 1 : 0) + (s.indent !== undefined ? 1 : 0) + 3 * edges;
}

/**
 * Reads back the zoom of each written sheet (queued by the caller after the last write, loaded by
 * its sync) and sets it once more where Excel did not keep it: one more sync only then.
 */
export async function checkPrintFit(
  ctx: XRequestContext,
  sheets: readonly { readonly plan: SheetPlan; readonly layout: XPageLayout }[],
): Promise<PrintFit> {
  const lost = sheets.filter((s) => !fitKept(s.layout, s.plan));
  if (lost.length === 0) return "kept";
  for (const s of lost) {
    s.layout.zoom = planZoom(s.plan);
    s.layout.load("zoom");
  }
  await ctx.sync();
  return lost.every((s) => fitKept(s.layout, s.plan)) ? "kept" : "ignored";
}

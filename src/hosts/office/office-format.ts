// How a SheetPlan's looks become Office.js calls: cell styles, column widths, page setup.
import type { BorderStyle, CellStyle, SheetPlan } from "../../core/plan/sheet-plan";
import type { XPageLayout, XRange, XWorksheet } from "./excel-api";
import type { Box } from "./office-ranges";

/** Maximum digit width of the default font (Calibri 11 / 맑은 고딕 10 at 96 dpi), in pixels: the
 * unit of the file format's column widths (ECMA-376 Part 1, 18.3.1.13). */
export const MAX_DIGIT_WIDTH_PX = 7;

/**
 * Plan column widths are the file's character units (as ExcelJS `column.width` writes them, padding
 * included); Office.js wants points. ECMA-376 converts a width to whole pixels,
 * trunc(((256 × width + trunc(128 / MDW)) / 256) × MDW), and a pixel is 0.75 pt at 96 dpi. Going
 * through whole pixels gives exactly the width Excel shows for the same .xlsx; a constant factor
 * (× 5.25) drifts by up to a pixel, which Excel then rounds its own way.
 */
export function columnWidthPixels(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
}

export function columnWidthPoints(chars: number): number {
  return columnWidthPixels(chars) * 0.75;
}

const edgeNames = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

function setBorder(range: XRange, edge: string, style: BorderStyle): void {
  const b = range.format.borders.getItem(edge);
  b.style = style === "double" ? "Double" : "Continuous";
  if (style !== "double") b.weight = style === "medium" ? "Medium" : style === "hair" ? "Hairline" : "Thin";
}

/** Queues the style of a rectangle of cells that all share it. `indent` is RangeFormat.indentLevel,
 * ExcelApi 1.9: left out below it (the text then starts at the cell's edge). */
export function applyStyle(range: XRange, s: CellStyle, rect: Box, indent: boolean): void {
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
  if (s.indent !== undefined && indent) f.indentLevel = s.indent;
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
export function runs(values: readonly number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last[1] === i - 1 && last[2] === v) last[1] = i;
    else out.push([i, i, v]);
  });
  return out;
}

/** The fit the plan asks for, as PageLayout.zoom. Both members always: the API reference leaves an
 * absent one undefined, and in the file format an absent height means 1 page (the whole sheet
 * squeezed onto one page), while 0 means "as many pages as needed". */
export function planZoom(sp: SheetPlan): { horizontalFitToPages: number; verticalFitToPages: number } {
  return { horizontalFitToPages: sp.print.fitToWidth, verticalFitToPages: sp.print.fitToHeight };
}

/** Queues the page setup (ExcelApi 1.9: the caller checks). */
export function applyPrint(w: XWorksheet, sp: SheetPlan): void {
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
  // One object: Office.js sends a member set on the loaded zoom object nowhere.
  pl.zoom = planZoom(sp);
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

/** Whether Excel kept the fit that was set (office-js issue 1860: fit settings ignored). */
export function fitKept(pl: XPageLayout, sp: SheetPlan): boolean {
  const want = planZoom(sp);
  const got = pl.zoom;
  return (got.horizontalFitToPages ?? 0) === want.horizontalFitToPages && (got.verticalFitToPages ?? 0) === want.verticalFitToPages;
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

// A new worksheet part, written from a sheet description: the report's plans and the sample's
// grids. Strings are inline strings (t="inlineStr"), never formulas: "=SUM(A1)" stays that text.
// Elements follow the order CT_Worksheet requires (Excel refuses a file whose order is wrong).

import { cellAddress } from "../../core/address";
import type { ErrorCell } from "../../core/grid";
import { quoteSheetName } from "../../core/plan/sheet-names";
import type { CellStyle, ChartPlan, ConditionalFormat, Merge, PrintSetup } from "../../core/plan/sheet-plan";
import { argb, conditionalFormattingXml } from "./sheet-visuals";
import type { Styles } from "./styles";
import { MAIN_NS, REL_NS } from "./package";
import { encodeCellText, escapeXml } from "./xml";

export type RenderValue = string | number | boolean | ErrorCell | null;

export interface RenderCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly value: RenderValue;
  readonly style?: CellStyle;
  /** Internal hyperlink to a cell of another sheet. */
  readonly link?: { readonly sheet: string; readonly cell: string };
}

export interface RenderSheet {
  readonly cells: readonly RenderCell[];
  readonly merges: readonly Merge[];
  /** Character units by 0-based column; a hole keeps Excel's default. */
  readonly columnWidths: readonly (number | undefined)[];
  /** Points by 0-based row. */
  readonly rowHeights: Readonly<Record<number, number>>;
  /** Every cell's and every sized column's font, unless its style names another. */
  readonly defaultFont: { readonly name: string; readonly size: number };
  readonly showGridLines: boolean;
  readonly freeze?: { readonly rows: number; readonly cols: number };
  readonly tabColor?: string;
  readonly rowBreaks?: readonly number[];
  readonly tabSelected: boolean;
  readonly conditionalFormats?: readonly ConditionalFormat[];
  /** Drawn in a drawing part the workbook adds beside the sheet (workbook.ts). */
  readonly charts?: readonly ChartPlan[];
  readonly page: Pick<PrintSetup, "orientation" | "margins"> & Partial<Pick<PrintSetup, "fitToWidth" | "fitToHeight" | "centerHorizontally" | "footer">>;
}

const cellRef = cellAddress;

/** "A1:H60" → "$A$1:$H$60"; "7:7" → "$7:$7" (defined names are absolute). */
export function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((part) => part.replace(/^\$?([A-Za-z]*)\$?(\d*)$/, (_, c: string, r: string) => `${c ? `$${c.toUpperCase()}` : ""}${r ? `$${r}` : ""}`))
    .join(":");
}

/** One cell's XML (also used for cell edits in existing sheets). */
export function cellXml(ref: string, value: RenderValue, style: number | undefined): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${encodeCellText(value)}</t></is></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="e"><v>${escapeXml(value.code)}</v></c>`;
}

function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * The worksheet part's XML. Styles are added to `styles` as the cells need them; `drawingRelId`
 * names the sheet's relationship to its drawing part, when it has one.
 */
export function renderSheetXml(sheet: RenderSheet, styles: Styles, drawingRelId?: string): string {
  const base = sheet.defaultFont;
  const cells = [...sheet.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rows = new Map<number, string[]>();
  let maxRow = 0;
  let maxCol = 0;
  for (const c of cells) {
    const list = rows.get(c.row) ?? [];
    list.push(cellXml(cellRef(c.row, c.col), c.value, styles.cellStyle(c.style, base)));
    rows.set(c.row, list);
    maxRow = Math.max(maxRow, c.row);
    maxCol = Math.max(maxCol, c.col);
  }
  for (const r of Object.keys(sheet.rowHeights)) if (!rows.has(Number(r))) rows.set(Number(r), []);
  const rowXml = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, list]) => {
      const h = sheet.rowHeights[r];
      return `<row r="${r + 1}"${h !== undefined ? ` ht="${num(h)}" customHeight="1"` : ""}>${list.join("")}</row>`;
    })
    .join("");

  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  const fit = sheet.page.fitToWidth !== undefined || sheet.page.fitToHeight !== undefined;
  const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : "";
  if (tab || fit) out.push(`<sheetPr>${tab}${fit ? `<pageSetUpPr fitToPage="1"/>` : ""}</sheetPr>`);
  out.push(`<dimension ref="${cells.length ? `A1:${cellRef(maxRow, maxCol)}` : "A1"}"/>`);
  out.push(`<sheetViews><sheetView${sheet.showGridLines ? "" : ` showGridLines="0"`}${sheet.tabSelected ? ` tabSelected="1"` : ""} workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`);
  out.push(`<sheetFormatPr defaultRowHeight="15"/>`);
  const cols = sheet.columnWidths
    .map((w, i) => (w === undefined ? "" : `<col min="${i + 1}" max="${i + 1}" width="${num(w)}" customWidth="1" style="${styles.cellStyle(undefined, base)}"/>`))
    .join("");
  if (cols) out.push(`<cols>${cols}</cols>`);
  out.push(rowXml ? `<sheetData>${rowXml}</sheetData>` : "<sheetData/>");
  const merges = sheet.merges.filter((m) => m.top !== m.bottom || m.left !== m.right);
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${cellRef(m.top, m.left)}:${cellRef(m.bottom, m.right)}"/>`).join("")}</mergeCells>`);
  const visuals = sheet.conditionalFormats?.length ? conditionalFormattingXml(sheet.conditionalFormats, (style) => styles.dxf(style)) : null;
  if (visuals) out.push(visuals.formatting);
  const links = cells.filter((c) => c.link && typeof c.value === "string");
  if (links.length) {
    out.push(
      `<hyperlinks>${links.map((c) => `<hyperlink ref="${cellRef(c.row, c.col)}" location="${escapeXml(`${quoteSheetName(c.link!.sheet)}!${c.link!.cell}`)}" display="${escapeXml(String(c.value))}"/>`).join("")}</hyperlinks>`,
    );
  }
  const p = sheet.page;
  if (p.centerHorizontally) out.push(`<printOptions horizontalCentered="1"/>`);
  const m = p.margins;
  out.push(`<pageMargins left="${num(m.left)}" right="${num(m.right)}" top="${num(m.top)}" bottom="${num(m.bottom)}" header="${num(m.header)}" footer="${num(m.footer)}"/>`);
  const fitAttrs = fit ? ` fitToWidth="${p.fitToWidth ?? 1}" fitToHeight="${p.fitToHeight ?? 0}"` : "";
  out.push(`<pageSetup paperSize="9" orientation="${p.orientation}"${fitAttrs}/>`);
  if (p.footer) out.push(`<headerFooter><oddFooter>${escapeXml(p.footer)}</oddFooter></headerFooter>`);
  const breaks = sheet.rowBreaks ?? [];
  if (breaks.length) out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b + 1}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  if (drawingRelId) out.push(`<drawing r:id="${drawingRelId}"/>`);
  if (visuals?.extLst) out.push(visuals.extLst);
  out.push("</worksheet>");
  return out.join("");
}

function paneXml(freeze: RenderSheet["freeze"]): string {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return "";
  const pane = freeze.rows > 0 && freeze.cols > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const x = freeze.cols > 0 ? ` xSplit="${freeze.cols}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return `<pane${x}${y} topLeftCell="${cellRef(Math.max(0, freeze.rows), Math.max(0, freeze.cols))}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

// Renders a host-neutral SheetPlan into an ExcelJS workbook. Runs in Node and the browser.
// Strings are always written as string cells: ExcelJS only writes a formula for a
// { formula } object, so text starting with "=", "+", "-" or "@" stays text.

import type * as ExcelJS from "exceljs";
import { isValidSheetName, quoteSheetName, sameSheetName as sameName } from "../../core/plan/sheet-names";
import type { CellStyle, SheetPlan, WorkbookPlan } from "../../core/plan/sheet-plan";
import type { HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";

const A4 = 9 as ExcelJS.PaperSize;

function argb(rgb: string): string {
  return `FF${rgb.replace(/^#/, "").toUpperCase()}`;
}

// The sheet-name rules are the core's (core/plan/sheet-names.ts), shared with the Office host.
export { isValidSheetName, quoteSheetName };

/** Checks the whole plan against the workbook before anything is touched. */
export function checkPlan(wb: ExcelJS.Workbook, plan: WorkbookPlan): Result<null, HostError> {
  const existing = wb.worksheets.map((w) => w.name);
  const seen: string[] = [];
  for (const sheet of plan.sheets) {
    if (!isValidSheetName(sheet.name)) return err({ code: "unknown", detail: `invalid sheet name in plan: ${sheet.name}` });
    if (seen.some((s) => sameName(s, sheet.name))) return err({ code: "name-conflict", detail: `the plan writes "${sheet.name}" twice` });
    seen.push(sheet.name);
    const clash = existing.find((e) => sameName(e, sheet.name));
    if (clash !== undefined && !plan.replace.some((r) => sameName(r, clash))) {
      return err({ code: "name-conflict", detail: `sheet "${clash}" already exists and replacing it was not asked for` });
    }
  }
  return ok(null);
}

function toFont(style: CellStyle | undefined, base: SheetPlan["defaultFont"]): Partial<ExcelJS.Font> {
  const f = style?.font;
  const font: Partial<ExcelJS.Font> = { name: f?.name ?? base.name, size: f?.size ?? base.size };
  if (f?.bold) font.bold = true;
  if (f?.italic) font.italic = true;
  if (f?.underline) font.underline = true;
  if (f?.color) font.color = { argb: argb(f.color) };
  return font;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, base: SheetPlan["defaultFont"]): void {
  cell.font = toFont(style, base);
  if (!style) return;
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.horizontal || style.vertical || style.wrap || style.indent) {
    const a: Partial<ExcelJS.Alignment> = {};
    if (style.horizontal) a.horizontal = style.horizontal;
    if (style.vertical) a.vertical = style.vertical;
    if (style.wrap) a.wrapText = true;
    if (style.indent) a.indent = style.indent;
    cell.alignment = a;
  }
  if (style.border) {
    const b: Partial<ExcelJS.Borders> = {};
    for (const side of ["top", "left", "bottom", "right"] as const) {
      const s = style.border[side];
      if (s) b[side] = { style: s };
    }
    cell.border = b;
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
}

function renderSheet(wb: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const p = plan.print;
  const ws = wb.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    views: [
      plan.freeze && (plan.freeze.rows > 0 || plan.freeze.cols > 0)
        ? { state: "frozen", xSplit: plan.freeze.cols, ySplit: plan.freeze.rows, showGridLines: plan.showGridLines }
        : { state: "normal", showGridLines: plan.showGridLines },
    ],
    pageSetup: {
      paperSize: A4,
      orientation: p.orientation,
      margins: { ...p.margins },
      fitToPage: true,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      printArea: p.printArea,
      horizontalCentered: p.centerHorizontally,
      ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
    },
    ...(p.footer ? { headerFooter: { oddFooter: p.footer, evenFooter: p.footer } } : {}),
  });

  plan.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    // The default font on the column: empty cells type in it, and ExcelJS would otherwise drop a
    // width equal to its own default (9) as "not custom".
    col.font = { name: plan.defaultFont.name, size: plan.defaultFont.size };
  });
  for (const [row, h] of Object.entries(plan.rowHeights)) ws.getRow(Number(row) + 1).height = h;
  // Manual page breaks after these rows keep headings with their text and tables whole on paper.
  for (const r of plan.rowBreaks ?? []) ws.getRow(r + 1).addPageBreak();

  // Values and styles first, merges after: ExcelJS routes a merged follower's value to its master.
  for (const pc of plan.cells) {
    const cell = ws.getCell(pc.row + 1, pc.col + 1);
    if (pc.link && typeof pc.value === "string") {
      cell.value = { text: pc.value, hyperlink: `${quoteSheetName(pc.link.sheet)}!${pc.link.cell}` };
    } else if (pc.value !== null) {
      cell.value = pc.value;
    }
    applyStyle(cell, pc.style === undefined ? undefined : plan.styles[pc.style], plan.defaultFont);
  }
  for (const m of plan.merges) {
    // Without style: each cell of the area keeps its own borders (e.g. the right edge of a box).
    if (m.top !== m.bottom || m.left !== m.right) ws.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return ws;
}

/**
 * Adds the plan's sheets after the existing ones, first deleting those named in plan.replace.
 * A sheet that exists and is not in plan.replace is a name conflict: nothing is changed.
 */
export function writePlan(wb: ExcelJS.Workbook, plan: WorkbookPlan): Result<{ readonly written: readonly string[] }, HostError> {
  const checked = checkPlan(wb, plan);
  if (!checked.ok) return checked;
  for (const name of plan.replace) {
    const ws = wb.worksheets.find((w) => sameName(w.name, name));
    if (ws) wb.removeWorksheet(ws.id);
  }
  const written: string[] = [];
  for (const sheet of plan.sheets) {
    renderSheet(wb, sheet);
    written.push(sheet.name);
  }
  if (plan.activate !== undefined) {
    const index = wb.worksheets.findIndex((w) => sameName(w.name, plan.activate!));
    if (index >= 0) {
      wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: index, visibility: "visible" }];
      // Only the activated sheet is selected; two selected tabs would open as a group in Excel.
      wb.worksheets.forEach((w, i) => {
        const views = (w.views ?? []) as Partial<ExcelJS.WorksheetView & { tabSelected: boolean }>[];
        if (views.length === 0) views.push({});
        views[0]!.tabSelected = i === index;
        w.views = views as ExcelJS.WorksheetView[];
      });
    }
  }
  return ok({ written });
}

// Renders host-neutral sheet plans into the xlsx host's workbook: new sheets after the existing
// ones, their styles appended, their print area and titles as defined names. The user's sheets
// and every other part of their file are left as they were. Runs in Node and the browser.

import { isValidSheetName, sameSheetName as sameName } from "../../core/plan/sheet-names";
import type { SheetPlan, WorkbookPlan } from "../../core/plan/sheet-plan";
import type { HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import type { RenderSheet } from "./sheet-xml";
import type { XlsxWorkbook } from "./workbook";

/** Checks the whole plan against the workbook before anything is touched. */
export function checkPlan(wb: XlsxWorkbook, plan: WorkbookPlan): Result<null, HostError> {
  const existing = wb.sheetNames;
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

/** A plan sheet as the renderer takes it: style keys resolved, print setup for the page. */
export function renderPlan(plan: SheetPlan, tabSelected: boolean): RenderSheet {
  const p = plan.print;
  return {
    cells: plan.cells.map((c) => ({
      row: c.row,
      col: c.col,
      value: c.value,
      ...(c.style !== undefined && plan.styles[c.style] ? { style: plan.styles[c.style] } : {}),
      ...(c.link ? { link: c.link } : {}),
    })),
    merges: plan.merges,
    columnWidths: plan.columnWidths,
    rowHeights: plan.rowHeights,
    defaultFont: plan.defaultFont,
    showGridLines: plan.showGridLines,
    ...(plan.freeze ? { freeze: plan.freeze } : {}),
    ...(plan.tabColor ? { tabColor: plan.tabColor } : {}),
    ...(plan.rowBreaks ? { rowBreaks: plan.rowBreaks } : {}),
    ...(plan.conditionalFormats?.length ? { conditionalFormats: plan.conditionalFormats } : {}),
    ...(plan.charts?.length ? { charts: plan.charts } : {}),
    tabSelected,
    page: {
      orientation: p.orientation,
      margins: p.margins,
      fitToWidth: p.fitToWidth,
      fitToHeight: p.fitToHeight,
      centerHorizontally: p.centerHorizontally,
      ...(p.footer ? { footer: p.footer } : {}),
    },
  };
}

/**
 * Adds the plan's sheets after the existing ones, first deleting those named in plan.replace.
 * A sheet that exists and is not in plan.replace is a name conflict: nothing is changed.
 */
export function writePlan(wb: XlsxWorkbook, plan: WorkbookPlan): Result<{ readonly written: readonly string[] }, HostError> {
  const checked = checkPlan(wb, plan);
  if (!checked.ok) return checked;
  for (const name of plan.replace) wb.removeSheet(name);
  const active = plan.activate !== undefined && wb.canActivate(plan.activate) ? plan.activate : undefined;
  const written: string[] = [];
  for (const sheet of plan.sheets) {
    const selected = active !== undefined && sameName(active, sheet.name);
    wb.addSheet(sheet.name, renderPlan(sheet, selected), { area: sheet.print.printArea, ...(sheet.print.printTitleRows ? { titleRows: sheet.print.printTitleRows } : {}) });
    written.push(sheet.name);
  }
  if (active !== undefined) wb.activate(active);
  return ok({ written });
}

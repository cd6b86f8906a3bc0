// "Create the missing sheets from the template": only the template sheets whose role the workbook
// lacks, and never one whose name is already taken (existing sheets are never overwritten).

import type { SheetGrid, WorkbookGrid, CellValue } from "../core/grid";
import type { Analysis, SheetRole } from "../core/model";
import type { SheetPlan, WorkbookPlan } from "../core/plan/sheet-plan";
import { analyzeWorkbook } from "../core/analyze";
import { planTemplate } from "../core/plan/template";

/** The planned sheet as the reader would see it once written. */
export function planToGrid(plan: SheetPlan): SheetGrid {
  if (plan.cells.length === 0) return { name: plan.name, origin: { row: 0, col: 0 }, values: [] };
  const top = Math.min(...plan.cells.map((c) => c.row));
  const left = Math.min(...plan.cells.map((c) => c.col));
  const rows: CellValue[][] = [];
  for (const c of plan.cells) {
    const r = (rows[c.row - top] ??= []);
    r[c.col - left] = c.value;
  }
  const width = Math.max(...rows.map((r) => r?.length ?? 0));
  const values = Array.from({ length: rows.length }, (_, i) => Array.from({ length: width }, (_, j) => rows[i]?.[j] ?? null));
  return { name: plan.name, origin: { row: top, col: left }, values };
}

/** Roles the template sheet would be recognised as (by the same reader that reads user data). */
function roleOf(plan: SheetPlan): SheetRole | null {
  const analysis = analyzeWorkbook({ sheets: [planToGrid(plan)] });
  return analysis.recognized[0]?.role ?? null;
}

/** The template sheets this workbook lacks, or null when nothing needs adding. */
export function missingTemplatePlan(grid: WorkbookGrid, analysis: Analysis): WorkbookPlan | null {
  const present = new Set(analysis.recognized.map((r) => r.role));
  const names = new Set(grid.sheets.map((s) => s.name.normalize("NFC").trim()));
  const sheets = planTemplate({ year: analysis.figures?.year }).sheets.filter((sheet) => {
    if (names.has(sheet.name.normalize("NFC").trim())) return false;
    const role = roleOf(sheet);
    return role === null ? false : !present.has(role);
  });
  return sheets.length > 0 ? { sheets, replace: [] } : null;
}

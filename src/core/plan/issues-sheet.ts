// The validation results sheet ("검증 결과") the add-in owns: one row per issue with severity,
// sheet, a link to the cell, the offending value, the message and what to do, in Korean (or English).
//
// Ownership: cell A1 of the sheet holds ISSUES_MARKER_KO/EN followed by the title. A sheet is the
// add-in's own — and is replaced on the next run — only when its name is the base name or a
// "(n)" variant of it AND its A1 starts with a marker. A user's sheet that happens to have the
// name is never touched: the results go to a new name chosen beside it.

import type { SheetGrid, WorkbookGrid } from "../grid";
import { hasErrors, issueCounts, type Issue, type Severity } from "../issues/issue";
import type { Locale } from "../locale";
import { renderIssue } from "../issues/render";
import { FORM_FONT, thinBox } from "./report-style";
import { MARKER_HEADER_ROW, planMarkerSheet } from "./marker-sheet";
import { chooseSheetName } from "./sheet-names";
import type { PlannedCell, WorkbookPlan } from "./sheet-plan";

export const ISSUES_SHEET_KO = "검증 결과";
export const ISSUES_SHEET_EN = "Validation results";
/** First characters of A1 on a sheet the add-in made; never typed by people. */
export const ISSUES_MARKER_KO = "[검증 결과·자동 생성]";
export const ISSUES_MARKER_EN = "[Validation results · generated]";

const words = {
  ko: {
    title: "데이터 검증 결과",
    note: "이 시트는 추가 기능이 만들며 다시 검증할 때마다 새로 씁니다. 셀 주소를 누르면 그 셀로 갑니다.",
    headers: ["구분", "시트", "셀", "값", "내용", "조치 방법"],
    severity: { error: "오류", warning: "경고", info: "참고" } as Record<Severity, string>,
    summary: (e: number, w: number, i: number) => `오류 ${e}건 · 경고 ${w}건 · 참고 ${i}건`,
    none: "문제가 없습니다.",
  },
  en: {
    title: "Data validation results",
    note: "The add-in made this sheet and rewrites it on every validation. Select a cell address to go to that cell.",
    headers: ["Severity", "Sheet", "Cell", "Value", "Problem", "What to do"],
    severity: { error: "Error", warning: "Warning", info: "Info" } as Record<Severity, string>,
    summary: (e: number, w: number, i: number) => `${e} errors · ${w} warnings · ${i} notes`,
    none: "No problems found.",
  },
} as const;

/** True when the sheet is a results sheet this add-in wrote (see the ownership rule above). */
export function isOwnIssuesSheet(sheet: SheetGrid): boolean {
  const base = new RegExp(`^(${escape(ISSUES_SHEET_KO)}|${escape(ISSUES_SHEET_EN)})( \\(\\d+\\))?$`);
  if (!base.test(sheet.name)) return false;
  const a1 = sheet.origin.row === 0 && sheet.origin.col === 0 ? sheet.values[0]?.[0] : null;
  return typeof a1 === "string" && (a1.startsWith(ISSUES_MARKER_KO) || a1.startsWith(ISSUES_MARKER_EN));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const HEADER_ROW = MARKER_HEADER_ROW; // 0-based: title, summary, note, then the header

/**
 * Plans the results sheet. It replaces the add-in's own results sheet if there is one (see
 * isOwnIssuesSheet), else takes the base name or the next free "(n)" name. Issues are listed in
 * the order given (an analysis' or a report's issues come sorted, errors first); a cell link is
 * added when the issue names a cell on a sheet of the workbook.
 */
export function planIssuesSheet(issues: readonly Issue[], grid: WorkbookGrid, locale: Locale): { plan: WorkbookPlan; sheetName: string } {
  const w = words[locale];
  const existing = grid.sheets.map((s) => s.name);
  const base = locale === "ko" ? ISSUES_SHEET_KO : ISSUES_SHEET_EN;
  const own = grid.sheets.find((s) => isOwnIssuesSheet(s) && (s.name === base || s.name.startsWith(`${base} (`)));
  const name = own ? own.name : chooseSheetName(base, existing);
  const sheets = new Set(existing);
  const counts = issueCounts(issues);

  const body: PlannedCell[] = [];
  issues.forEach((issue, i) => {
    const row = HEADER_ROW + 1 + i;
    // Sheet and cell have their own columns.
    const { message, hint } = renderIssue(issue, locale, { withPlace: false });
    body.push(
      { row, col: 0, value: w.severity[issue.severity], style: issue.severity },
      { row, col: 1, value: issue.sheet ?? "", style: "text" },
      issue.sheet && issue.cell && sheets.has(issue.sheet)
        ? { row, col: 2, value: issue.cell, style: "link", link: { sheet: issue.sheet, cell: issue.cell } }
        : { row, col: 2, value: issue.cell ?? "", style: "text" },
      { row, col: 3, value: issue.value ?? "", style: "text" },
      { row, col: 4, value: message, style: "wrap" },
      { row, col: 5, value: hint, style: "wrap" },
    );
  });
  const font = { name: FORM_FONT };
  const sheet = planMarkerSheet({
    name,
    kind: "issues",
    title: `${locale === "ko" ? ISSUES_MARKER_KO : ISSUES_MARKER_EN} ${w.title}`,
    lines: [
      { text: issues.length ? w.summary(counts.error, counts.warning, counts.info) : w.none, style: "summary" },
      { text: w.note, style: "note" },
    ],
    headers: w.headers,
    body,
    bodyRows: issues.length,
    styles: {
      summary: { font: { ...font, size: 11, bold: true } },
      error: { font: { ...font, bold: true, color: "C00000" }, horizontal: "center", vertical: "top", border: thinBox },
      warning: { font: { ...font, bold: true, color: "9C5700" }, horizontal: "center", vertical: "top", border: thinBox },
      info: { font: { ...font, color: "1F4E79" }, horizontal: "center", vertical: "top", border: thinBox },
      link: { font: { ...font, underline: true, color: "0563C1" }, horizontal: "center", vertical: "top", border: thinBox },
      wrap: { vertical: "top", wrap: true, border: thinBox },
    },
    columnWidths: [8, 14, 8, 18, 60, 48],
    showGridLines: false,
    orientation: "landscape",
    tabColor: hasErrors(issues) ? "C00000" : "70AD47",
  });
  return { plan: { sheets: [sheet], replace: own ? [own.name] : [], activate: name }, sheetName: name };
}

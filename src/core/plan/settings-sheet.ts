// The reading settings sheet ('읽기 설정', read by read/settings.ts), planned with one choice
// changed: the task pane's "use another column" or "this row is (not) a total". Every row the
// sheet already has is kept as written — the user's own rows and notes too — except the one the
// change replaces; "auto" removes it, so the reader decides again. The first change creates the
// sheet (visible, after the others); later ones replace it, which is how every host writes a
// sheet (plan.replace).

import type { Locale } from "../locale";
import { normalizeName } from "../parse/names";
import { fieldOfChoice, rowOfChoice } from "../read/overrides";
import {
  SETTINGS_HEADERS,
  SETTINGS_MARKER_EN,
  SETTINGS_MARKER_KO,
  SETTINGS_SHEET_EN,
  SETTINGS_SHEET_KO,
  isSettingsSheetName,
  type SettingsReading,
} from "../read/settings";
import type { DataRole } from "../read/specs";
import { FORM_FONT } from "./report-style";
import { MARKER_HEADER_ROW, planMarkerSheet } from "./marker-sheet";
import type { PlannedCell, WorkbookPlan } from "./sheet-plan";

/** One change of a reading choice, as the task pane asks for it. */
export type ReadingChange =
  | {
      readonly kind: "column";
      readonly sheet: string;
      readonly role: DataRole;
      readonly field: string;
      /** A column letter ("G"); null: no column for this optional field; "auto": the reader decides. */
      readonly column: string | null | "auto";
      /** The column's header, written beside its letter for the reader of the sheet. */
      readonly header?: string;
    }
  | {
      readonly kind: "row";
      readonly sheet: string;
      /** 1-based sheet row. */
      readonly row: number;
      readonly as: "total" | "data" | "auto";
    };

const words = {
  ko: {
    title: "읽기 설정",
    note: "추가 기능이 이 통합 문서를 읽는 방법입니다. 작업창의 '읽기 방식'에서 바꾸면 여기에 적히고, 직접 고쳐 적어도 됩니다. 한 행에 하나씩: 시트 | 항목 | 선택.",
    examples: "예) 집행내역 | 금액 | G   ·   집행내역 | 상태 | 사용 안 함   ·   예산 | 12행 | 합계 (합산에서 뺌)   ·   예산 | 15행 | 자료 (합산에 넣음)",
    none: "사용 안 함",
    total: "합계",
    data: "자료",
  },
  en: {
    title: "Reading settings",
    note: "How the add-in reads this workbook. Changes made in the task pane's reading choices are written here; you may edit it too. One choice a row: sheet | item | choice.",
    examples: "E.g. 집행내역 | 금액 | G   ·   집행내역 | 상태 | 사용 안 함   ·   예산 | 12행 | 합계 (left out)   ·   예산 | 15행 | 자료 (counted)",
    none: "사용 안 함",
    total: "합계",
    data: "자료",
  },
} as const;

/** The item a column choice is written under, in the words the reader accepts (read/overrides.ts). */
const ITEM: Readonly<Record<string, string>> = {
  date: "일자",
  budgetLine: "사업명",
  description: "적요",
  payee: "거래처",
  voucher: "증빙번호",
  status: "상태",
  kind: "구분",
  category: "구분",
  note: "비고",
  name: "사업명",
  quarter: "분기",
  amountMinus: "입금",
};

export function choiceItem(role: DataRole, field: string): string {
  if (field === "amount") return role === "budget" ? "예산액" : role === "grants" ? "교부액" : "금액";
  return ITEM[field] ?? field;
}

const HEADER_ROW = MARKER_HEADER_ROW; // 0-based: title, note, examples, then the header

interface TableRow {
  readonly sheet: string;
  readonly item: string;
  readonly choice: string;
  readonly note: string;
}

/** Whether a table row is the one a change replaces. */
function sameTarget(row: TableRow, change: ReadingChange): boolean {
  if (normalizeName(row.sheet) !== normalizeName(change.sheet)) return false;
  if (change.kind === "row") return rowOfChoice(row.item) === change.row;
  return rowOfChoice(row.item) === null && fieldOfChoice(change.role, row.item) === change.field;
}

function newRow(change: ReadingChange, locale: Locale): TableRow | null {
  const w = words[locale];
  if (change.kind === "row") return change.as === "auto" ? null : { sheet: change.sheet, item: `${change.row}행`, choice: change.as === "total" ? w.total : w.data, note: "" };
  if (change.column === "auto") return null;
  const choice = change.column === null ? w.none : change.header ? `${change.column} (${change.header})` : change.column;
  return { sheet: change.sheet, item: choiceItem(change.role, change.field), choice, note: "" };
}

/**
 * The settings sheet with `change` applied, replacing the workbook's settings sheet if it has one
 * (its rows kept), else added as '읽기 설정' ('Reading settings' in English). Planned from the
 * workbook's sheet names and the settings as read: no grid needed (standalone mode keeps it in its worker).
 */
export function planReadingSettings(
  sheetNames: readonly string[],
  current: SettingsReading | null,
  change: ReadingChange,
  locale: Locale = "ko",
): { plan: WorkbookPlan; sheetName: string } {
  const w = words[locale];
  const existing = sheetNames.find(isSettingsSheetName);
  const name = existing ?? (locale === "ko" ? SETTINGS_SHEET_KO : SETTINGS_SHEET_EN);
  const kept: TableRow[] = (current?.table ?? []).filter((r) => !sameTarget(r, change));
  const added = newRow(change, locale);
  const rows = added ? [...kept, added] : kept;
  const headers = SETTINGS_HEADERS[locale];
  const body: PlannedCell[] = [];
  rows.forEach((r, i) => {
    const row = HEADER_ROW + 1 + i;
    [r.sheet, r.item, r.choice, r.note].forEach((value, col) => body.push({ row, col, value, style: "text" }));
  });
  const sheet = planMarkerSheet({
    name,
    kind: "settings",
    title: `${locale === "ko" ? SETTINGS_MARKER_KO : SETTINGS_MARKER_EN} ${w.title}`,
    lines: [
      { text: w.note, style: "note" },
      { text: w.examples, style: "note" },
    ],
    headers,
    body,
    bodyRows: rows.length,
    // The two lines under the title wrap in their taller rows (rowHeights), in the frame's note font.
    styles: { note: { font: { name: FORM_FONT, size: 9, color: "595959" }, wrap: true, vertical: "top" } },
    columnWidths: [18, 16, 26, 36],
    rowHeights: { 1: 30, 2: 30 },
    showGridLines: true,
    orientation: "portrait",
  });
  return { plan: { sheets: [sheet], replace: existing !== undefined ? [existing] : [] }, sheetName: name };
}

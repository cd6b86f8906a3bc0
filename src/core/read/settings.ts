// The reading settings the user keeps in the workbook (issue 8, point 11): a visible sheet named
// '읽기 설정' ('Reading settings' in English) with a table of sheet | item | choice | note, one
// choice a row:
//   집행내역 | 금액 | G (합계)        the amount of '집행내역' is column G (a letter or a header)
//   집행내역 | 상태 | 사용 안 함      its status column is not read
//   예산     | 12행 | 합계           row 12 of '예산' is a total (left out of every sum)
//   예산     | 15행 | 자료           row 15 is data, whatever its words or arithmetic
// The task pane writes it (plan/settings-sheet.ts) on the user's first change; the user may edit it
// by hand; every host reads it with the rest of the workbook, so the ribbon, the pane, the browser
// and the CLI read the workbook the same way. A row that cannot be used is a warning at its cell.

import { cellAddress } from "../address";
import type { CellValue, SheetGrid, WorkbookGrid } from "../grid";
import type { Issue } from "../issues/issue";
import { cellText } from "../parse/cell";
import { nameKey } from "../parse/names";
import { invalidChoice, rowChoiceOf, rowOfChoice, type ChoiceOrigin, type OverrideEntry } from "./overrides";

export const SETTINGS_SHEET_KO = "읽기 설정";
export const SETTINGS_SHEET_EN = "Reading settings";
/** First characters of A1 on the sheet as the add-in writes it. */
export const SETTINGS_MARKER_KO = "[읽기 설정·추가 기능]";
export const SETTINGS_MARKER_EN = "[Reading settings · add-in]";

/** The table's header words, in the order of its columns. */
export const SETTINGS_HEADERS = { ko: ["시트", "항목", "선택", "메모"], en: ["Sheet", "Item", "Choice", "Note"] } as const;

/** Choice words for "no column for this field". */
const NONE = new Set(["사용안함", "없음", "안씀", "none", "-", "읽지않음"].map(nameKey));

/** One row of the settings table as written (texts), with its sheet row. */
export interface SettingsRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly sheet: string;
  readonly item: string;
  readonly choice: string;
  readonly note: string;
}

export interface SettingsReading {
  /** The settings sheet's name as in the workbook. */
  readonly sheet: string;
  /** Every table row, as written (blank rows left out). */
  readonly table: readonly SettingsRow[];
  /** The usable choices. */
  readonly entries: readonly OverrideEntry[];
}

/** True for the settings sheet's name, in Korean or English (case and spaces aside). */
export function isSettingsSheetName(name: string): boolean {
  const k = nameKey(name);
  return k === nameKey(SETTINGS_SHEET_KO) || k === nameKey(SETTINGS_SHEET_EN);
}

const HEADER_KEYS = [
  new Set(["시트", "sheet", "시트이름"]),
  new Set(["항목", "item", "field", "행/열", "대상"]),
  new Set(["선택", "choice", "값", "설정"]),
  new Set(["메모", "note", "비고"]),
].map((s) => new Set([...s].map(nameKey)));

const text = (v: CellValue | undefined) => (v === undefined ? "" : cellText(v).trim());

/** The header row and the columns of sheet, item, choice and note; null when the sheet has no table. */
function tableHeader(grid: SheetGrid): { index: number; cols: number[] } | null {
  for (let r = 0; r < Math.min(grid.values.length, 10); r++) {
    const row = grid.values[r]!;
    const cols = HEADER_KEYS.map((keys) => row.findIndex((v) => typeof v === "string" && keys.has(nameKey(v))));
    if (cols[0]! >= 0 && cols[1]! >= 0 && cols[2]! >= 0) return { index: r, cols };
  }
  return null;
}

/** Reads the settings sheet, if the workbook has one; its unusable rows are warnings at their cells. */
export function readSettings(grid: WorkbookGrid, issues: Issue[]): SettingsReading | null {
  const sheet = grid.sheets.find((s) => isSettingsSheetName(s.name));
  if (!sheet) return null;
  const header = tableHeader(sheet);
  if (!header) {
    issues.push({ severity: "warning", code: "reading-choice-invalid", sheet: sheet.name, params: { reason: "entry", source: "sheet" } });
    return { sheet: sheet.name, table: [], entries: [] };
  }
  const { origin } = sheet;
  const [cSheet, cItem, cChoice, cNote] = header.cols as [number, number, number, number];
  const table: SettingsRow[] = [];
  const entries: OverrideEntry[] = [];
  for (let r = header.index + 1; r < sheet.values.length; r++) {
    const row = sheet.values[r]!;
    const sheetRow = origin.row + r;
    const t: SettingsRow = { row: sheetRow + 1, sheet: text(row[cSheet]), item: text(row[cItem]), choice: text(row[cChoice]), note: cNote >= 0 ? text(row[cNote]) : "" };
    if (t.sheet === "" && t.item === "" && t.choice === "") continue;
    table.push(t);
    const at = (c: number) => cellAddress(sheetRow, origin.col + c);
    const from: ChoiceOrigin = {
      kind: "sheet",
      sheet: sheet.name,
      cells: { sheet: at(cSheet), item: at(cItem), choice: at(cChoice) },
      text: `${t.sheet} | ${t.item} | ${t.choice}`,
    };
    if (t.sheet === "") {
      issues.push(invalidChoice(from, "sheet"));
      continue;
    }
    if (t.item === "") {
      issues.push(invalidChoice(from, "field"));
      continue;
    }
    const rowNumber = rowOfChoice(t.item);
    if (rowNumber !== null) {
      const as = rowChoiceOf(t.choice);
      if (as === null) issues.push(invalidChoice(from, "choice"));
      else entries.push({ sheet: t.sheet, row: { row: rowNumber, as, origin: from } });
      continue;
    }
    if (t.choice === "") {
      issues.push(invalidChoice(from, "choice"));
      continue;
    }
    entries.push({ sheet: t.sheet, column: { field: t.item, column: NONE.has(nameKey(t.choice)) ? null : t.choice, origin: from } });
  }
  return { sheet: sheet.name, table, entries };
}

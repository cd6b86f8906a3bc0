// Which sheet is which, and where its table starts. Sheets are found by name (ignoring case,
// spaces and a year before or after); the header row is the first row within the first 20 rows
// of the used range that carries at least two known headers of that sheet's role.

import { cellAddress, columnLetters } from "./address";
import type { CellValue, SheetGrid } from "./grid";
import type { Issue, Severity } from "./issues";
import type { SheetRole } from "./model";
import { matchSheetName, nameKey, splitSheetYear } from "./parse/names";

export type DataRole = Exclude<SheetRole, "meeting">;
export type FieldKind = "text" | "date" | "amount" | "quarter" | "status";

export interface FieldSpec {
  readonly field: string;
  readonly headers: readonly string[];
  readonly required: boolean;
  readonly kind: FieldKind;
}

export interface RoleSpec {
  readonly role: DataRole;
  readonly aliases: readonly string[];
  /** A missing required sheet is an error; a missing optional one (programs) a warning. */
  readonly required: boolean;
  readonly fields: readonly FieldSpec[];
}

const f = (field: string, kind: FieldKind, required: boolean, headers: string[]): FieldSpec => ({ field, kind, required, headers });

export const ROLE_SPECS: readonly RoleSpec[] = [
  {
    role: "budget",
    aliases: ["예산", "예산총괄", "예산현황", "Budget"],
    required: true,
    fields: [
      f("category", "text", false, ["구분", "분야", "영역", "Category"]),
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "항목", "Budget line", "Program"]),
      f("amount", "amount", true, ["예산액", "예산", "편성액", "연간예산", "Budget", "Amount"]),
    ],
  },
  {
    role: "grants",
    aliases: ["교부", "교부내역", "교부현황", "Grants"],
    required: true,
    fields: [
      f("date", "date", true, ["교부일자", "교부일", "일자", "Date"]),
      f("amount", "amount", true, ["교부액", "교부금액", "금액", "Amount"]),
      f("note", "text", false, ["비고", "Note"]),
    ],
  },
  {
    role: "ledger",
    aliases: ["집행내역", "집행", "지출내역", "지출", "Ledger", "Disbursements"],
    required: true,
    fields: [
      // 거래일자/거래일시: the date column of Korean bank exports pasted as a ledger.
      f("date", "date", true, ["집행일자", "집행일", "지출일자", "일자", "날짜", "거래일", "Date", "거래일자", "거래일시"]),
      f("budgetLine", "text", true, ["사업명", "예산과목", "세부사업", "과목", "항목", "Budget line", "Program"]),
      f("description", "text", false, ["적요", "내용", "내역", "Description", "Memo"]),
      f("payee", "text", false, ["거래처", "지급처", "업체명", "Vendor", "Payee"]),
      f("amount", "amount", true, ["금액", "집행액", "지출액", "집행금액", "출금액", "Amount"]),
      f("voucher", "text", false, ["증빙번호", "전표번호", "증빙", "Voucher", "Ref"]),
    ],
  },
  {
    role: "programs",
    aliases: ["사업", "사업현황", "사업계획", "추진사업", "Programs"],
    required: false,
    fields: [
      f("category", "text", false, ["구분", "분야", "영역", "Category"]),
      f("name", "text", true, ["사업명", "사업", "Program"]),
      f("quarter", "quarter", false, ["계획분기", "추진분기", "분기", "Planned quarter", "Quarter"]),
      f("date", "date", false, ["실행일자", "추진일자", "일자", "Date"]),
      f("status", "status", false, ["상태", "진행상황", "추진현황", "Status"]),
      f("note", "text", false, ["비고", "진행내용", "Note"]),
    ],
  },
];

/** How far down the used range the header row may be. */
export const HEADER_SEARCH_ROWS = 20;

export interface SheetMatch {
  readonly spec: RoleSpec;
  readonly grid: SheetGrid;
  /** Year in the sheet's name ("2024 예산"), if any. */
  readonly nameYear: number | null;
}

function severityFor(spec: RoleSpec): Severity {
  return spec.required ? "error" : "warning";
}

function sheetName(g: SheetGrid): string {
  return typeof g.name === "string" ? g.name : String(g.name ?? "");
}

/**
 * Finds the sheet for each role. When several sheets match one role, the one whose name carries
 * the requested year wins silently; otherwise the first is used and the others are reported.
 */
export function findSheets(
  sheets: readonly SheetGrid[],
  year: number | undefined,
): { matches: SheetMatch[]; issues: Issue[] } {
  const matches: SheetMatch[] = [];
  const issues: Issue[] = [];
  for (const spec of ROLE_SPECS) {
    const candidates = sheets.filter((g) => matchSheetName(sheetName(g), spec.aliases));
    if (candidates.length === 0) {
      issues.push({ severity: severityFor(spec), code: "sheet-missing", params: { role: spec.role, names: spec.aliases.join(", ") } });
      continue;
    }
    let chosen = candidates[0]!;
    const withYear = year === undefined ? [] : candidates.filter((g) => splitSheetYear(sheetName(g)).year === year);
    if (withYear.length === 1) chosen = withYear[0]!;
    else
      for (const other of candidates)
        if (other !== chosen)
          issues.push({ severity: "warning", code: "sheet-ambiguous", sheet: sheetName(chosen), params: { role: spec.role, other: sheetName(other) } });
    matches.push({ spec, grid: chosen, nameYear: splitSheetYear(sheetName(chosen)).year });
  }
  return { matches, issues };
}

// A header cell may carry a unit or note in brackets: "금액(원)", "예산액 (단위: 원)".
const BRACKETED = /[(\[（［].*?[)\]）］]/g;

/** Header key → field, for one role; built once per role. */
function headerIndex(spec: RoleSpec): Map<string, string> {
  const m = new Map<string, string>();
  for (const fs of spec.fields) for (const h of fs.headers) if (!m.has(nameKey(h))) m.set(nameKey(h), fs.field);
  return m;
}
const headerIndexes = new Map<DataRole, Map<string, string>>(ROLE_SPECS.map((s) => [s.role, headerIndex(s)]));

function fieldOfHeader(index: Map<string, string>, v: CellValue): string | undefined {
  if (typeof v !== "string") return undefined;
  if (v.length > 100) return undefined; // not a header; also keeps BRACKETED linear
  const key = nameKey(v);
  if (key === "") return undefined;
  return index.get(key) ?? index.get(key.replace(BRACKETED, ""));
}

export interface HeaderInfo {
  /** 0-based row within grid.values. */
  readonly row: number;
  /** Field → 0-based column within the row. */
  readonly columns: ReadonlyMap<string, number>;
}

/**
 * Finds the header row and maps fields to columns. Reports a missing header row, missing required
 * columns and duplicate columns (the first of two is used).
 */
export function findHeader(match: SheetMatch): { header: HeaderInfo | null; issues: Issue[] } {
  const { spec, grid } = match;
  const index = headerIndexes.get(spec.role)!;
  const sheet = sheetName(grid);
  const values = Array.isArray(grid.values) ? grid.values : [];
  const origin = safeOrigin(grid);
  const issues: Issue[] = [];
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = Array.isArray(values[r]) ? values[r]! : [];
    const distinct = new Set<string>();
    for (const v of row) {
      const fld = fieldOfHeader(index, v);
      if (fld) distinct.add(fld);
    }
    if (distinct.size < 2) continue;
    const columns = new Map<string, number>();
    for (let c = 0; c < row.length; c++) {
      const fld = fieldOfHeader(index, row[c]!);
      if (!fld) continue;
      if (columns.has(fld)) {
        issues.push({
          severity: "warning",
          code: "column-duplicate",
          sheet,
          cell: cellAddress(origin.row + r, origin.col + c),
          value: String(row[c]),
          params: { field: fld, firstCell: cellAddress(origin.row + r, origin.col + columns.get(fld)!) },
        });
        continue;
      }
      columns.set(fld, c);
    }
    for (const fs of spec.fields)
      if (fs.required && !columns.has(fs.field))
        issues.push({ severity: severityFor(spec), code: "column-missing", sheet, params: { field: fs.field, names: fs.headers.join(", ") } });
    return { header: { row: r, columns }, issues };
  }
  const headers = spec.fields.flatMap((fs) => fs.headers.slice(0, 2)).join(", ");
  // Where it looked, in the sheet's own row numbers (the used range may start below row 1).
  const rows = limit === 0 ? "" : `${origin.row + 1}~${origin.row + limit}`;
  issues.push({ severity: severityFor(spec), code: "header-not-found", sheet, params: { headers, rows } });
  return { header: null, issues };
}

export function safeOrigin(grid: SheetGrid): { row: number; col: number } {
  const o = grid.origin as { row?: unknown; col?: unknown } | undefined;
  const row = typeof o?.row === "number" && Number.isSafeInteger(o.row) && o.row >= 0 ? o.row : 0;
  const col = typeof o?.col === "number" && Number.isSafeInteger(o.col) && o.col >= 0 ? o.col : 0;
  return { row, col };
}

/** Field → column letter (as in the sheet), for RecognizedSheet.columns. */
export function columnLettersOf(header: HeaderInfo, originCol: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [fld, c] of header.columns) out[fld] = columnLetters(originCol + c);
  return out;
}

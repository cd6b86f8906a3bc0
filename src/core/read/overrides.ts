// The user's reading choices, wherever they were made: the settings sheet in the workbook
// (read/settings.ts) and the options of one run (AnalysisChoice: the CLI's --column and --row).
// Per sheet: a column for a field (by letter or header text, or none for an optional field) and
// rows taken as totals or as data. A choice of the run wins over the sheet's for the same field
// or row. A choice that names nothing the reader can find is a warning at the choice.

import { tryParseCellAddress } from "../address";
import type { ColumnChoice, RowChoice } from "../choice";
import type { Issue } from "../issues/issue";
import { nameKey, normalizeName } from "../parse/names";
import type { HeaderCell } from "./header-rows";
import { ROLE_SPECS, type DataRole } from "./specs";

/** Where a choice was made: an option of the run, or a row of the settings sheet. */
export type ChoiceOrigin =
  | { readonly kind: "option"; readonly text: string }
  | {
      readonly kind: "sheet";
      /** The settings sheet. */
      readonly sheet: string;
      /** Its row's cells: the sheet named, the field or row, the choice. */
      readonly cells: { readonly sheet: string; readonly item: string; readonly choice: string };
      readonly text: string;
    };

export interface ColumnOverride {
  /** The field as the user named it ("금액", "amount"); resolved per role by fieldOfChoice. */
  readonly field: string;
  /** A letter ("G") or header text ("합계"); null: use no column for this optional field. */
  readonly column: string | null;
  readonly origin: ChoiceOrigin;
}

export interface RowOverride {
  /** 1-based sheet row. */
  readonly row: number;
  readonly as: "total" | "data";
  readonly origin: ChoiceOrigin;
}

export interface SheetOverrides {
  /** Column choices with their fields resolved for the sheet's role, in the order made. */
  readonly columns: readonly (ColumnOverride & { readonly field: string })[];
  readonly rows: ReadonlyMap<number, RowOverride>;
}

/** Why a choice could not be used (the catalog says it in words). */
export type InvalidChoiceReason = "sheet" | "field" | "column" | "row" | "choice" | "required" | "entry";

export function invalidChoice(origin: ChoiceOrigin, reason: InvalidChoiceReason): Issue {
  const cell = origin.kind === "sheet" ? (reason === "sheet" ? origin.cells.sheet : reason === "field" || reason === "row" ? origin.cells.item : origin.cells.choice) : "";
  const at = origin.kind === "sheet" ? { sheet: origin.sheet, cell } : {};
  return { severity: "warning", code: "reading-choice-invalid", ...at, value: origin.text, params: { reason, source: origin.kind } };
}

const LETTERS = /^\$?([A-Za-z]{1,3})\s*(?:열)?\s*(?:[(\[（［].*)?$/;

function colOfLetters(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/**
 * The column a choice names: a header as read (its own text, or the group and sub-header, "집행금액
 * 계"), else a column letter ("G", "G열", "G (합계)" as the pane writes it). Null when neither.
 */
export function resolveColumn(column: string, cells: readonly HeaderCell[]): number | null {
  const key = nameKey(column);
  if (key === "") return null;
  const byHeader = cells.find((c) => nameKey(c.text) === key) ?? cells.find((c) => nameKey(c.own) === key);
  if (byHeader) return byHeader.col;
  const m = LETTERS.exec(column.trim());
  if (!m) return null;
  const col = colOfLetters(m[1]!);
  return col < 16_384 ? col : null;
}

/** Words a user may name a field by, per role, besides the field's key and its headers. */
const FIELD_WORDS: Readonly<Record<DataRole, Readonly<Record<string, string>>>> = {
  budget: { 구분: "category", 분류: "category", 사업명: "budgetLine", 예산과목: "budgetLine", 금액: "amount", 예산액: "amount", 예산: "amount" },
  grants: { 일자: "date", 날짜: "date", 금액: "amount", 교부액: "amount", 비고: "note" },
  ledger: {
    일자: "date", 날짜: "date", 사업명: "budgetLine", 예산과목: "budgetLine", 적요: "description", 거래처: "payee", 금액: "amount",
    집행액: "amount", 증빙번호: "voucher", 상태: "status", 구분: "kind", 유형: "kind", 입금: "amountMinus", 입금액: "amountMinus",
  },
  programs: { 구분: "category", 사업명: "name", 분기: "quarter", 일자: "date", 상태: "status", 비고: "note" },
};

/** The field of a role a choice names ("금액", "amount", "집행일자"), or null. */
export function fieldOfChoice(role: DataRole, text: string): string | null {
  const key = nameKey(text).replace(/[(\[（［].*?[)\]）］]/g, "");
  const spec = ROLE_SPECS.find((s) => s.role === role)!;
  for (const fs of spec.fields) if (nameKey(fs.field) === key) return fs.field;
  if (role === "ledger" && key === "amountminus") return "amountMinus";
  const word = Object.entries(FIELD_WORDS[role]).find(([w]) => nameKey(w) === key);
  if (word) return word[1];
  for (const fs of spec.fields) if (fs.headers.some((h) => nameKey(h) === key)) return fs.field;
  return null;
}

/** A row as the user names it: "12", "12행", "row 12", or a cell of the row ("C12"). */
export function rowOfChoice(text: string): number | null {
  const t = text.trim();
  const m = /^(?:row\s*)?(\d{1,7})\s*(?:행|번째\s*행)?$/i.exec(t);
  if (m) return Number(m[1]) >= 1 ? Number(m[1]) : null;
  const cell = tryParseCellAddress(t);
  return cell ? cell.row + 1 : null;
}

const TOTAL_WORDS = new Set(["합계", "합계행", "소계", "총계", "total", "합계로봄", "합계로", "뺌", "빼기", "제외"]);
const DATA_WORDS = new Set(["자료", "자료행", "합계아님", "data", "포함", "자료로봄", "자료로", "집행", "notatotal", "nottotal"]);

/** A row choice's word: 합계 (left out as a total) or 자료 (read as data). */
export function rowChoiceOf(text: string): "total" | "data" | null {
  const k = nameKey(text).replace(/[()]/g, "");
  return TOTAL_WORDS.has(k) ? "total" : DATA_WORDS.has(k) ? "data" : null;
}

/** One choice about one sheet: a column for a field, or a row taken as a total or as data. */
export interface OverrideEntry {
  readonly sheet: string;
  readonly column?: ColumnOverride;
  readonly row?: RowOverride;
}
type Entry = OverrideEntry;

/** Every choice of the settings sheet and the run, looked up by sheet as the reader gets to it. */
export class Overrides {
  private readonly entries: Entry[] = [];
  private readonly used = new Set<Entry>();

  /** Settings-sheet choices first, then the run's: a later choice for the same field or row wins. */
  constructor(sheet: readonly Entry[], run: { readonly columns?: readonly ColumnChoice[]; readonly rows?: readonly RowChoice[] }) {
    this.entries.push(...sheet);
    for (const c of run.columns ?? [])
      this.entries.push({ sheet: c.sheet, column: { field: c.field, column: c.column, origin: { kind: "option", text: `${c.sheet}.${c.field}=${c.column ?? ""}` } } });
    for (const r of run.rows ?? []) this.entries.push({ sheet: r.sheet, row: { row: r.row, as: r.as, origin: { kind: "option", text: `${r.sheet}.${r.row}=${r.as}` } } });
  }

  get empty(): boolean {
    return this.entries.length === 0;
  }

  /** The choices for a sheet read in a role; a field a choice names that the role lacks is a warning. */
  forSheet(name: string, role: DataRole, issues: Issue[]): SheetOverrides | undefined {
    const key = normalizeName(name);
    const mine = this.entries.filter((e) => normalizeName(e.sheet) === key);
    if (mine.length === 0) return undefined;
    const columns = new Map<string, ColumnOverride & { field: string }>();
    const rows = new Map<number, RowOverride>();
    for (const e of mine) {
      this.used.add(e);
      if (e.column) {
        const field = fieldOfChoice(role, e.column.field);
        if (field === null) issues.push(invalidChoice(e.column.origin, "field"));
        else columns.set(field, { ...e.column, field });
      }
      if (e.row) rows.set(e.row.row, e.row);
    }
    return { columns: [...columns.values()], rows };
  }

  /** Warnings for the choices about sheets the reader never read. */
  unused(issues: Issue[]): void {
    for (const e of this.entries) if (!this.used.has(e)) issues.push(invalidChoice((e.column ?? e.row)!.origin, "sheet"));
  }
}

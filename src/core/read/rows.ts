// Reads the rows under a recognised header into typed records, and says what it did with every
// row: a record, a total row, a section heading or a row refused for a bad cell. Every cell problem
// becomes an issue with the sheet, the A1 cell and the value found; a row with a problem in a
// required field is left out of the records (and so out of every figure). Mechanical fixes are
// noted on the way, from the cells as read. Never throws on any cell content.

import { cellAddress } from "../address";
import type { CellValue, SheetGrid } from "../grid";
import { fixOf, type Fix } from "../fixes";
import type { Issue, Severity } from "../issues/issue";
import type { IsoDate, ProgramStatus, Quarter } from "../model";
import type { Won } from "../money";
import { tryParseAmount } from "../parse/amount";
import { cellText } from "../parse/cell";
import { tryIsoFromSerial, tryParseDateCell } from "../parse/date";
import { isPlainName, isTotalLabel, normalizeName } from "../parse/names";
import { tryParseQuarters } from "../parse/quarter";
import { tryParseStatus } from "../parse/status";
import type { ColumnReading, HeaderReading } from "./header";
import type { DataRole } from "./specs";

/** Why a row under the header is not a record. Blank rows are not listed. */
export type SkipReason =
  | "total" // a 합계/소계/Total row, left out of every sum
  | "heading" // only a category: a section heading whose category the rows below carry
  | "refused"; // a required cell could not be read (its issue names it)

export interface SkippedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
  /** The cell that decided it: the total label, the heading's category, the first bad cell. */
  readonly cell: string;
}

/** Every record knows its sheet row. */
export interface SheetRecord {
  readonly ref: { readonly sheet: string; readonly row: number };
}

/** What the reader saw on one data sheet, and what it read from it. */
export interface SheetReading<T extends SheetRecord = SheetRecord> {
  readonly role: DataRole;
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** The recognised columns, left to right. */
  readonly columns: readonly ColumnReading[];
  /** Required fields without a column; when any, no row was read. */
  readonly missing: readonly string[];
  /** Good rows, in sheet order. */
  readonly records: readonly T[];
  /** Rows left out, in sheet order, each with why and where. */
  readonly skipped: readonly SkippedRow[];
  /** Mechanical fixes on offer in the records' cells, top to bottom, left to right. */
  readonly fixes: readonly Fix[];
  /**
   * Names (budget line or program) of rows refused for another cell, e.g. a budget line whose
   * amount is not a number: the line exists, so ledger rows naming it are not "unknown" too.
   */
  readonly refusedNames: ReadonlySet<string>;
  /** A year written in the title rows above the header ("2024년 예산 총괄표"), if any. */
  readonly titleYear: number | null;
  /** A year in the sheet's name ("2024 예산"), if any. */
  readonly nameYear: number | null;
}

/** A1 cell of a field on a record's row (`row` is 1-based, as in RowRef). */
export function fieldCell(sheet: Pick<SheetReading, "columns">, field: string, row: number): string | undefined {
  const col = sheet.columns.find((c) => c.field === field);
  return col === undefined ? undefined : `${col.letter}${row}`;
}

/** A parsed field as a record builder gets it. */
export type FieldValue = string | Won | IsoDate | readonly Quarter[] | ProgramStatus | null | undefined;

/** Position of a field in a row's parsed values; -1 when the sheet has no such column. */
export type FieldIndex = (field: string) => number;

/** Makes a record from one good row's parsed values (indexed through the sheet's FieldIndex). */
export type RowBuilder<T> = (values: readonly FieldValue[], sheetRow: number) => T;

export interface RowsSpec<T> {
  readonly role: DataRole;
  readonly grid: SheetGrid;
  readonly header: HeaderReading;
  readonly nameYear: number | null;
  readonly makeBuild: (index: FieldIndex) => RowBuilder<T>;
  /** Row-level checks on a record (negative amounts, duplicate vouchers). */
  readonly check?: (record: T, sheetRow: number, issues: Issue[]) => void;
}

const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:\s*년도?|\s|[^\d]|$)/;

function titleYearOf(values: readonly (readonly CellValue[])[], headerIndex: number): number | null {
  for (let r = 0; r < headerIndex; r++)
    for (const v of values[r]!) {
      if (typeof v !== "string") continue;
      const m = TITLE_YEAR.exec(v);
      if (m) return Number(m[1]);
    }
  return null;
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** A read column with its position in the grid's rows (`c`, relative to the origin). */
interface Col extends ColumnReading {
  readonly c: number;
}

/** Per-sheet state for the row loop; one object, so the hot loop allocates no closures. */
interface SheetState {
  readonly sheet: string;
  readonly issues: Issue[];
  /** Raw text → normalised text: ledgers repeat the same few budget line names many times. */
  readonly names: Map<string, string>;
  /** Set by parseField to the first required cell that failed in the row. */
  bad: string | null;
  /** Set by parseField when a cell of the row is text a fix might change (untidy, or an amount or date typed as text). */
  fixable: boolean;
}

type Problem = "formula-error" | "name-missing" | "amount-missing" | "not-an-amount" | "fractional-won" | "amount-too-large" | "date-missing" | "date-invalid" | "not-a-date" | "quarter-invalid" | "status-unknown";

function problemSeverity(code: Problem): Severity {
  return code === "quarter-invalid" || code === "status-unknown" ? "warning" : "error";
}

function problem(st: SheetState, col: Col, sheetRow: number, v: CellValue, code: Problem): undefined {
  const cell = `${col.letter}${sheetRow + 1}`;
  const base = { severity: problemSeverity(code), sheet: st.sheet, cell, value: cellText(v) };
  st.issues.push(code === "name-missing" ? { ...base, code, params: { field: col.field } } : { ...base, code, params: {} });
  // A bad optional cell (a program's status, a ledger memo with #REF!) keeps the row.
  if (col.required && st.bad === null) st.bad = cell;
  return undefined;
}

function normalizedText(st: SheetState, v: string): string {
  if (isPlainName(v)) return v;
  st.fixable = true;
  let text = st.names.get(v);
  if (text === undefined) {
    text = normalizeName(v);
    // Bounded: distinct memos in a 100,000-row ledger need not all be remembered.
    if (st.names.size < 10_000) st.names.set(v, text);
  }
  return text;
}

function parseField(st: SheetState, col: Col, v: CellValue, sheetRow: number): FieldValue {
  switch (col.kind) {
    case "text": {
      let text: string;
      if (typeof v === "string") text = normalizedText(st, v);
      else if (v === null) text = "";
      else if (typeof v === "object") {
        if (v.kind === "error") return problem(st, col, sheetRow, v, "formula-error");
        const r = tryIsoFromSerial(v.serial);
        text = r.ok ? r.value : "";
      } else text = String(v);
      if (text === "" && col.required) return problem(st, col, sheetRow, v, "name-missing");
      return text;
    }
    case "amount": {
      if (typeof v === "string") st.fixable = true;
      const r = tryParseAmount(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error);
    }
    case "date": {
      if (!col.required && isBlank(v)) return undefined;
      if (typeof v === "string") st.fixable = true;
      const r = tryParseDateCell(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error);
    }
    case "quarter": {
      const r = tryParseQuarters(v);
      return r.ok ? r.value.quarters : problem(st, col, sheetRow, v, r.error);
    }
    case "status": {
      const r = tryParseStatus(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error);
    }
  }
}

/**
 * Reads one recognised sheet whose required columns are all there. Budget and program sheets
 * carry a blank category down from the row above (merged cells arrive blank below the first
 * row), and a row with only a category is a section heading: it sets the category and is not a
 * record.
 */
export function readRows<T extends SheetRecord>(spec: RowsSpec<T>, issues: Issue[]): SheetReading<T> {
  const { role, grid, header } = spec;
  const sheet = grid.name;
  const { origin, values } = grid;
  const st: SheetState = { sheet, issues, names: new Map(), bad: null, fixable: false };
  const cols: Col[] = header.columns.map((col) => ({ ...col, c: col.col - origin.col }));
  const pos = new Map(cols.map((col, i) => [col.field, i]));
  const isAmountCol: boolean[] = [];
  for (const col of cols) if (col.kind === "amount") isAmountCol[col.c] = true;
  const categoryIdx = pos.get("category");
  const carriesCategory = categoryIdx !== undefined && (role === "budget" || role === "programs");
  let carried = "";
  const records: T[] = [];
  const skipped: SkippedRow[] = [];
  const fixes: Fix[] = [];
  const refusedNames = new Set<string>();
  const nameIdx = pos.get("budgetLine") ?? pos.get("name");
  const build = spec.makeBuild((field) => pos.get(field) ?? -1);
  const cells: CellValue[] = new Array<CellValue>(cols.length);
  // Reused for every row: build() copies what it needs, so a row costs only its record.
  const parsed: FieldValue[] = new Array<FieldValue>(cols.length);

  for (let r = header.index + 1; r < values.length; r++) {
    const raw = values[r]!;
    const sheetRow = origin.row + r;

    // A total row: any text cell (outside amount columns) saying 합계, 소계, Total, ...
    let totalCol = -1;
    for (let c = 0; c < raw.length; c++) {
      const v = raw[c];
      if (typeof v === "string" && isAmountCol[c] !== true && isTotalLabel(v)) {
        totalCol = c;
        break;
      }
    }
    if (totalCol >= 0) {
      const cell = cellAddress(sheetRow, origin.col + totalCol);
      issues.push({ severity: "info", code: "total-row-skipped", sheet, cell, value: String(raw[totalCol]), params: {} });
      skipped.push({ row: sheetRow + 1, reason: "total", cell });
      continue;
    }

    let filled = 0;
    let onlyCategory = true;
    for (let i = 0; i < cols.length; i++) {
      // Rows may be ragged (grid.ts): a short row has nothing in the columns past its end.
      const v = raw[cols[i]!.c] ?? null;
      cells[i] = v;
      if (!isBlank(v)) {
        filled++;
        if (i !== categoryIdx) onlyCategory = false;
      }
    }
    if (filled === 0) continue; // blank, or content only in columns we do not read
    if (carriesCategory && onlyCategory) {
      carried = normalizeName(cellText(cells[categoryIdx]));
      skipped.push({ row: sheetRow + 1, reason: "heading", cell: `${cols[categoryIdx]!.letter}${sheetRow + 1}` });
      continue;
    }

    st.bad = null;
    st.fixable = false;
    for (let i = 0; i < cols.length; i++) parsed[i] = parseField(st, cols[i]!, cells[i]!, sheetRow);
    if (carriesCategory) {
      const cat = parsed[categoryIdx];
      if (typeof cat === "string" && cat !== "") carried = cat;
      else parsed[categoryIdx] = carried;
    }
    if (st.bad !== null) {
      const name = nameIdx === undefined ? undefined : parsed[nameIdx];
      if (typeof name === "string" && name !== "") refusedNames.add(name);
      skipped.push({ row: sheetRow + 1, reason: "refused", cell: st.bad });
      continue;
    }
    const record = build(parsed, sheetRow);
    spec.check?.(record, sheetRow, issues);
    records.push(record);
    // Text whose form a fix would change: amounts and dates typed as text, untidy names. Most
    // rows have none, and parseField has said so on the way.
    if (st.fixable)
      for (let i = 0; i < cols.length; i++) {
        const v = cells[i];
        if (typeof v !== "string" || (cols[i]!.kind === "text" && isPlainName(v))) continue;
        const fix = fixOf(cols[i]!.kind, v, parsed[i]);
        if (fix) fixes.push({ sheet, cell: `${cols[i]!.letter}${sheetRow + 1}`, before: v, ...fix });
      }
  }

  return {
    role,
    sheet,
    headerRow: header.row,
    columns: header.columns,
    missing: header.missing,
    records,
    skipped,
    fixes,
    refusedNames,
    titleYear: titleYearOf(values, header.index),
    nameYear: spec.nameYear,
  };
}

// One row's cells as the reader parses them: each recognised column's cell to a typed value, every
// problem an issue with the sheet, the A1 cell and the value found. Problems go to a buffer of the
// row first, because a row may turn out to be a total (its blank date is then no error); the row
// loop keeps or drops them once it has decided. Never throws on any cell content.

import { isBlank, type CellValue } from "../grid";
import { fixOf, type Fix } from "../fixes";
import type { Issue, Severity } from "../issues/issue";
import type { IsoDate, ProgramStatus, Quarter } from "../model";
import type { Won } from "../money";
import { tryParseAmount } from "../parse/amount";
import { cellText } from "../parse/cell";
import { isBareSerial, tryIsoFromSerial, tryParseDateCell } from "../parse/date";
import { isPlainName, normalizeName } from "../parse/names";
import { tryParseQuarters } from "../parse/quarter";
import { tryParseStatus } from "../parse/status";
import type { ColumnReading } from "./header";

/** A parsed field as a record builder gets it. */
export type FieldValue = string | Won | IsoDate | readonly Quarter[] | ProgramStatus | null | undefined;

/** A read column with its position in the grid's rows (`c`, relative to the origin). */
export interface Col extends ColumnReading {
  readonly c: number;
}

/** Per-sheet state for the row loop; one object, so the hot loop allocates no closures. */
export interface SheetState {
  readonly sheet: string;
  /** This row's problems, kept or dropped once the row is decided (flushRow, dropRow). */
  readonly pending: Issue[];
  /** Raw text → normalised text: ledgers repeat the same few budget line names many times. */
  readonly names: Map<string, string>;
  /** Won per unit of the sheet's amounts (천원: 1000). */
  readonly factor: number;
  /** Bare serials in date columns count from 1904-01-01. */
  readonly date1904: boolean;
  /** The first date cell read as a 1904-system serial, for the one note that says so. */
  firstSerial1904: string | null;
  /** Set by parseField to the first required cell that failed in the row. */
  bad: string | null;
  /** Set by parseField when a cell of the row is text a fix might change (untidy, or an amount or date typed as text). */
  fixable: boolean;
}

export function sheetState(sheet: string, factor: number, date1904: boolean): SheetState {
  return { sheet, pending: [], names: new Map(), factor, date1904, firstSerial1904: null, bad: null, fixable: false };
}

/** Starts a row: no problems, nothing to fix yet. */
export function startRow(st: SheetState): void {
  if (st.pending.length > 0) st.pending.length = 0;
  st.bad = null;
  st.fixable = false;
}

/** Keeps the row's problems. */
export function flushRow(st: SheetState, issues: Issue[]): void {
  if (st.pending.length === 0) return;
  for (const i of st.pending) issues.push(i);
  st.pending.length = 0;
}

type Problem = "formula-error" | "name-missing" | "amount-missing" | "not-an-amount" | "fractional-won" | "amount-too-large" | "date-missing" | "date-invalid" | "not-a-date" | "quarter-invalid" | "status-unknown";

function problemSeverity(code: Problem): Severity {
  return code === "quarter-invalid" || code === "status-unknown" ? "warning" : "error";
}

export function problem(st: SheetState, col: Col, sheetRow: number, v: CellValue, code: Problem): undefined {
  const cell = `${col.letter}${sheetRow + 1}`;
  const base = { severity: problemSeverity(code), sheet: st.sheet, cell, value: cellText(v) };
  st.pending.push(code === "name-missing" ? { ...base, code, params: { field: col.field } } : { ...base, code, params: {} });
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

/** A cell as text, for columns read as words (names, memos, a payment's status or type). */
export function textOf(st: SheetState, v: CellValue): string {
  if (typeof v === "string") return normalizedText(st, v);
  if (v === null) return "";
  if (typeof v === "object") {
    if (v.kind === "error") return "";
    const r = tryIsoFromSerial(v.serial);
    return r.ok ? r.value : "";
  }
  return String(v);
}

/**
 * A cell of a recognised column → its typed value, or undefined with the problem noted. Kept
 * small so the engine inlines it in the row loop: text, amounts and dates here, the rest aside.
 */
export function parseField(st: SheetState, col: Col, v: CellValue, sheetRow: number): FieldValue {
  const kind = col.kind;
  if (kind === "text" || kind === "payment-status") {
    // Strings first, without a call: a 100,000-row ledger has hundreds of thousands of them.
    const text = typeof v === "string" ? (isPlainName(v) ? v : normalizedText(st, v)) : nonStringText(st, col, v, sheetRow);
    if (text === undefined) return undefined;
    if (text === "" && col.required) return problem(st, col, sheetRow, v, "name-missing");
    return text;
  }
  if (kind === "amount") {
    if (typeof v === "string") st.fixable = true;
    const r = tryParseAmount(v, st.factor);
    return r.ok ? r.value : problem(st, col, sheetRow, v, r.error);
  }
  if (kind === "date") return parseDate(st, col, v, sheetRow);
  return parseOther(st, col, v, sheetRow);
}

/** A text column's cell that is not a string: a number or date as text, a formula error as a problem. */
function nonStringText(st: SheetState, col: Col, v: CellValue, sheetRow: number): string | undefined {
  if (typeof v === "object" && v !== null && v.kind === "error") return problem(st, col, sheetRow, v, "formula-error");
  return textOf(st, v);
}

function parseDate(st: SheetState, col: Col, v: CellValue, sheetRow: number): FieldValue {
  if (!col.required && isBlank(v)) return undefined;
  if (typeof v === "string") st.fixable = true;
  const r = tryParseDateCell(v, st.date1904);
  if (!r.ok) return problem(st, col, sheetRow, v, r.error);
  if (st.date1904 && st.firstSerial1904 === null && isBareSerial(v)) st.firstSerial1904 = `${col.letter}${sheetRow + 1}`;
  return r.value;
}

/** Quarters and program statuses (programs sheet). */
function parseOther(st: SheetState, col: Col, v: CellValue, sheetRow: number): FieldValue {
  if (col.kind === "quarter") {
    const r = tryParseQuarters(v);
    return r.ok ? r.value.quarters : problem(st, col, sheetRow, v, r.error);
  }
  const r = tryParseStatus(v);
  return r.ok ? r.value : problem(st, col, sheetRow, v, r.error);
}

/**
 * Fixes for a record's text cells whose form a fix would change: amounts and dates typed as
 * text, untidy names. Amounts of a sheet in 천원 are left alone (the fix would write won into a
 * cell of 천원).
 */
export function rowFixes(st: SheetState, cols: readonly Col[], cells: readonly CellValue[], parsed: readonly FieldValue[], sheetRow: number, fixes: Fix[]): void {
  if (!st.fixable) return;
  for (let i = 0; i < cols.length; i++) {
    const v = cells[i];
    const col = cols[i]!;
    if (typeof v !== "string" || (col.kind === "text" && isPlainName(v))) continue;
    if (col.kind === "amount" && st.factor !== 1) continue;
    const fix = fixOf(col.kind, v, parsed[i]);
    if (fix) fixes.push({ sheet: st.sheet, cell: `${col.letter}${sheetRow + 1}`, before: v, ...fix });
  }
}

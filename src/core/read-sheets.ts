// Reads the rows under each recognised header into typed records. Every cell problem becomes an
// Issue with the sheet, the A1 cell and the value found; a row with a problem in a required field
// is left out of the records (and so out of every figure). Never throws on any cell content.

import { cellAddress } from "./address";
import type { CellValue } from "./grid";
import type { Issue, Severity } from "./issues";
import type { IssueCode } from "./messages";
import type { BudgetLine, Grant, IsoDate, LedgerEntry, Program, ProgramStatus, Quarter, RecognizedSheet } from "./model";
import type { Won } from "./money";
import { tryParseAmount } from "./parse/amount";
import { cellText } from "./parse/cell";
import { quarterOfDate, tryIsoFromSerial, tryParseDateCell } from "./parse/date";
import { isPlainName, isTotalLabel, normalizeName } from "./parse/names";
import { tryParseQuarters } from "./parse/quarter";
import { tryParseStatus } from "./parse/status";
import { columnLettersOf, safeOrigin, type DataRole, type FieldKind, type HeaderInfo, type SheetMatch } from "./recognize";

/** Any value a host (or a test) might put in a grid, made into a CellValue. Never throws. */
export function coerceCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "string":
    case "number":
    case "boolean":
      return v;
    case "bigint":
      return Number(v);
    case "object": {
      if (v instanceof Date) {
        const t = v.getTime();
        return Number.isFinite(t) ? { kind: "date", serial: t / 86_400_000 + 25_569 } : null;
      }
      const o = v as { kind?: unknown; serial?: unknown; code?: unknown };
      // Well-formed cells pass through as they are: no copy per cell.
      if (o.kind === "date") return typeof o.serial === "number" ? (v as CellValue) : { kind: "date", serial: Number.NaN };
      if (o.kind === "error") return typeof o.code === "string" ? (v as CellValue) : { kind: "error", code: "#ERROR" };
      return null;
    }
    default:
      return null;
  }
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export interface ReadSheet<T> {
  readonly role: DataRole;
  readonly sheet: string;
  readonly recognized: RecognizedSheet;
  /** Field → column letter in the sheet. */
  readonly letters: Readonly<Record<string, string>>;
  /** Good rows, in sheet order; each record's ref says its sheet row. */
  readonly rows: readonly T[];
  /**
   * Names (budget line or program) of rows refused for another cell, e.g. a budget line whose
   * amount is not a number: the line exists, so ledger rows naming it are not "unknown" too.
   */
  readonly refusedNames: ReadonlySet<string>;
  /** A year written in the title rows above the header ("2024년 예산 총괄표"), if any. */
  readonly titleYear: number | null;
  readonly nameYear: number | null;
}

/** A1 cell of a field on a record's row (`row` is 1-based, as in RowRef). */
export function fieldCell(sheet: ReadSheet<unknown>, field: string, row: number): string | undefined {
  const letter = sheet.letters[field];
  return letter === undefined ? undefined : `${letter}${row}`;
}

const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:\s*년도?|\s|[^\d]|$)/;

function titleYearOf(values: readonly (readonly CellValue[])[], headerRow: number): number | null {
  for (let r = 0; r < headerRow; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    for (const v of row) {
      if (typeof v !== "string") continue;
      const m = TITLE_YEAR.exec(v);
      if (m) return Number(m[1]);
    }
  }
  return null;
}

type FieldValue = string | Won | IsoDate | readonly Quarter[] | ProgramStatus | null | undefined;

/** A read field: its spec, its 0-based column in the grid row, and its letter in the sheet. */
interface Col {
  readonly field: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  readonly c: number;
  readonly letter: string;
}

/** Per-sheet state for the row loop; one object, so the hot loop allocates no closures. */
interface SheetState {
  readonly sheet: string;
  readonly issues: Issue[];
  /** Raw text → normalised text: ledgers repeat the same few budget line names many times. */
  readonly names: Map<string, string>;
  /** Set by parseField when a required field failed. */
  bad: boolean;
}

function problemSeverity(code: IssueCode): Severity {
  return code === "quarter-invalid" || code === "status-unknown" ? "warning" : "error";
}

function problem(st: SheetState, col: Col, sheetRow: number, v: CellValue, code: IssueCode, params: Record<string, string | number>): undefined {
  st.issues.push({ severity: problemSeverity(code), code, sheet: st.sheet, cell: `${col.letter}${sheetRow + 1}`, value: cellText(v), params });
  // A bad optional cell (a program's status, a ledger memo with #REF!) keeps the row.
  if (col.required) st.bad = true;
  return undefined;
}

const NO_PARAMS: Record<string, never> = {};

function normalizedText(st: SheetState, v: string): string {
  if (isPlainName(v)) return v;
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
        if (v.kind === "error") return problem(st, col, sheetRow, v, "formula-error", NO_PARAMS);
        const r = tryIsoFromSerial(v.serial);
        text = r.ok ? r.value : "";
      } else text = String(v);
      if (text === "" && col.required) return problem(st, col, sheetRow, v, "name-missing", { field: col.field });
      return text;
    }
    case "amount": {
      const r = tryParseAmount(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error, NO_PARAMS);
    }
    case "date": {
      if (!col.required && isBlank(v)) return undefined;
      const r = tryParseDateCell(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error, NO_PARAMS);
    }
    case "quarter": {
      const r = tryParseQuarters(v);
      return r.ok ? r.value.quarters : problem(st, col, sheetRow, v, r.error, NO_PARAMS);
    }
    case "status": {
      const r = tryParseStatus(v);
      return r.ok ? r.value : problem(st, col, sheetRow, v, r.error, NO_PARAMS);
    }
  }
}

/** Position of a field in a row's parsed values; -1 when the sheet has no such column. */
export type FieldIndex = (field: string) => number;

/** Makes a record from one good row's parsed values (indexed through the sheet's FieldIndex). */
export type RowBuilder<T> = (values: readonly FieldValue[], sheetRow: number) => T;

/**
 * Reads one recognised sheet. `build` turns a good row's fields into a record; `extra` may add
 * row-level issues (negative amounts, duplicate vouchers). Budget and program sheets carry a
 * blank category down from the row above (merged cells arrive blank below the first row), and
 * a row with only a category is a section heading: it sets the category and is not a record.
 */
export function readSheet<T extends { readonly ref: { readonly row: number } }>(
  match: SheetMatch,
  header: HeaderInfo,
  issues: Issue[],
  makeBuild: (index: FieldIndex) => RowBuilder<T>,
  extra?: (record: T, sheetRow: number, letters: Readonly<Record<string, string>>, issues: Issue[]) => void,
): ReadSheet<T> {
  const { spec, grid } = match;
  const sheet = typeof grid.name === "string" ? grid.name : String(grid.name ?? "");
  const origin = safeOrigin(grid);
  const values: readonly (readonly CellValue[])[] = Array.isArray(grid.values) ? grid.values : [];
  const letters = columnLettersOf(header, origin.col);
  const st: SheetState = { sheet, issues, names: new Map(), bad: false };
  const cols: Col[] = spec.fields
    .filter((fs) => header.columns.has(fs.field))
    .map((fs) => ({ field: fs.field, kind: fs.kind, required: fs.required, c: header.columns.get(fs.field)!, letter: letters[fs.field]! }));
  const pos = new Map(cols.map((col, i) => [col.field, i]));
  const isAmountCol: boolean[] = [];
  for (const col of cols) if (col.kind === "amount") isAmountCol[col.c] = true;
  const categoryIdx = pos.get("category");
  const carriesCategory = categoryIdx !== undefined && (spec.role === "budget" || spec.role === "programs");
  let carried = "";
  const rows: T[] = [];
  const refusedNames = new Set<string>();
  const nameIdx = pos.get("budgetLine") ?? pos.get("name");
  const build = makeBuild((field) => pos.get(field) ?? -1);
  const cells: CellValue[] = new Array<CellValue>(cols.length);
  // Reused for every row: build() copies what it needs, so a row costs only its record.
  const parsed: FieldValue[] = new Array<FieldValue>(cols.length);

  for (let r = header.row + 1; r < values.length; r++) {
    const raw = values[r];
    if (!Array.isArray(raw)) continue;
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
      issues.push({
        severity: "info",
        code: "total-row-skipped",
        sheet,
        cell: cellAddress(sheetRow, origin.col + totalCol),
        value: String(raw[totalCol]),
        params: {},
      });
      continue;
    }

    let filled = 0;
    let onlyCategory = true;
    for (let i = 0; i < cols.length; i++) {
      const v = coerceCell(raw[cols[i]!.c]);
      cells[i] = v;
      if (!isBlank(v)) {
        filled++;
        if (i !== categoryIdx) onlyCategory = false;
      }
    }
    if (filled === 0) continue; // blank, or content only in columns we do not read
    if (carriesCategory && onlyCategory) {
      carried = normalizeName(cellText(cells[categoryIdx]));
      continue;
    }

    st.bad = false;
    for (let i = 0; i < cols.length; i++) parsed[i] = parseField(st, cols[i]!, cells[i]!, sheetRow);
    if (carriesCategory) {
      const cat = parsed[categoryIdx];
      if (typeof cat === "string" && cat !== "") carried = cat;
      else parsed[categoryIdx] = carried;
    }
    if (st.bad) {
      const name = nameIdx === undefined ? undefined : parsed[nameIdx];
      if (typeof name === "string" && name !== "") refusedNames.add(name);
      continue;
    }
    const record = build(parsed, sheetRow);
    if (extra) extra(record, sheetRow, letters, issues);
    rows.push(record);
  }

  const recognized: RecognizedSheet = {
    role: spec.role,
    sheet,
    headerRow: origin.row + header.row + 1,
    columns: letters,
    rowCount: rows.length,
  };
  return { role: spec.role, sheet, recognized, letters, rows, refusedNames, titleYear: titleYearOf(values, header.row), nameYear: match.nameYear };
}

const str = (v: readonly FieldValue[], i: number): string => {
  const x = v[i];
  return typeof x === "string" ? x : "";
};
const amt = (v: readonly FieldValue[], i: number): Won => v[i] as Won;

export function readBudget(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<BudgetLine> {
  const sheet = String(match.grid.name);
  return readSheet<BudgetLine>(match, header, issues, (at) => {
    const [cat, name, amount] = [at("category"), at("budgetLine"), at("amount")];
    return (v, sheetRow) => ({ ref: { sheet, row: sheetRow + 1 }, category: str(v, cat), name: str(v, name), amount: amt(v, amount) });
  });
}

/** A refund (negative amount) is worth a look; the cell text is built only then (hot loop). */
function negativeCheck(amount: Won, letter: string | undefined, row: number, sheet: string, role: "grants" | "ledger", issues: Issue[]): void {
  if (amount < 0) issues.push({ severity: "warning", code: "negative-amount", sheet, cell: `${letter}${row + 1}`, value: String(amount), params: { role } });
}

export function readGrants(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<Grant> {
  const sheet = String(match.grid.name);
  return readSheet<Grant>(
    match,
    header,
    issues,
    (at) => {
      const [date, amount, note] = [at("date"), at("amount"), at("note")];
      return (v, sheetRow) => ({ ref: { sheet, row: sheetRow + 1 }, date: str(v, date), amount: amt(v, amount), note: str(v, note) });
    },
    (g, row, letters, out) => negativeCheck(g.amount, letters["amount"], row, sheet, "grants", out),
  );
}

export function readLedger(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<LedgerEntry> {
  const sheet = String(match.grid.name);
  // Voucher → 1-based row of its first use; the cell text is built only for a duplicate.
  const vouchers = new Map<string, number>();
  return readSheet<LedgerEntry>(
    match,
    header,
    issues,
    (at) => {
      const [date, line, description, payee, amount, voucher] = ["date", "budgetLine", "description", "payee", "amount", "voucher"].map(at) as [
        number, number, number, number, number, number,
      ];
      return (v, sheetRow) => ({
        ref: { sheet, row: sheetRow + 1 },
        date: str(v, date),
        budgetLine: str(v, line),
        description: str(v, description),
        payee: str(v, payee),
        amount: amt(v, amount),
        voucher: str(v, voucher),
      });
    },
    (e, row, letters, out) => {
      negativeCheck(e.amount, letters["amount"], row, sheet, "ledger", out);
      if (e.voucher === "") return;
      const first = vouchers.get(e.voucher);
      if (first === undefined) vouchers.set(e.voucher, row + 1);
      else
        out.push({
          severity: "warning",
          code: "duplicate-voucher",
          sheet,
          cell: `${letters["voucher"]}${row + 1}`,
          value: e.voucher,
          params: { firstCell: `${letters["voucher"]}${first}` },
        });
    },
  );
}

export function readPrograms(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<Program> {
  const sheet = String(match.grid.name);
  return readSheet<Program>(match, header, issues, (at) => (m, sheetRow) => {
    const date = m[at("date")];
    const given = (m[at("quarter")] as readonly Quarter[] | undefined) ?? [];
    const status = m[at("status")] as ProgramStatus | null | undefined;
    // No planned quarter written: the quarter it was carried out in, when the date says so.
    const quarters = given.length === 0 && typeof date === "string" ? [quarterOfDate(date)] : given;
    return {
      ref: { sheet, row: sheetRow + 1 },
      category: str(m, at("category")),
      name: str(m, at("name")),
      quarters,
      ...(typeof date === "string" ? { date } : {}),
      ...(status ? { status } : {}),
      note: str(m, at("note")),
    };
  });
}

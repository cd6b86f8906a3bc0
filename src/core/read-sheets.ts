// Reads the rows under each recognised header into typed records. Every cell problem becomes an
// Issue with the sheet, the A1 cell and the value found; a row with a problem in a required field
// is left out of the records (and so out of every figure). Never throws on any cell content.

import { cellAddress } from "./address";
import type { CellValue, SheetGrid } from "./grid";
import type { Issue, Severity } from "./issues";
import type { IssueCode } from "./messages";
import type { BudgetLine, Grant, IsoDate, LedgerEntry, Program, ProgramStatus, Quarter, RecognizedSheet } from "./model";
import type { Won } from "./money";
import { tryParseAmount } from "./parse/amount";
import { cellText } from "./parse/cell";
import { quarterOfDate, tryIsoFromSerial, tryParseDateCell } from "./parse/date";
import { isTotalLabel, normalizeName } from "./parse/names";
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
      if (o.kind === "date") return { kind: "date", serial: typeof o.serial === "number" ? o.serial : Number.NaN };
      if (o.kind === "error") return { kind: "error", code: typeof o.code === "string" ? o.code : "#ERROR" };
      return null;
    }
    default:
      return null;
  }
}

function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** A parsed row: the record plus where it came from, for later cross-sheet issues. */
export interface Located<T> {
  readonly record: T;
  /** 0-based sheet row. */
  readonly sheetRow: number;
}

export interface ReadSheet<T> {
  readonly role: DataRole;
  readonly sheet: string;
  readonly recognized: RecognizedSheet;
  /** Field → column letter in the sheet. */
  readonly letters: Readonly<Record<string, string>>;
  readonly rows: readonly Located<T>[];
  /** A year written in the title rows above the header ("2024년 예산 총괄표"), if any. */
  readonly titleYear: number | null;
  readonly nameYear: number | null;
}

/** A1 cell of a field on a located row. */
export function fieldCell(sheet: ReadSheet<unknown>, field: string, sheetRow: number): string | undefined {
  const letter = sheet.letters[field];
  return letter === undefined ? undefined : `${letter}${sheetRow + 1}`;
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

type FieldValue = string | Won | IsoDate | readonly Quarter[] | ProgramStatus | null;

/** One row's fields, parsed; `bad` is true when a required field failed. */
interface ParsedRow {
  readonly values: Map<string, FieldValue>;
  bad: boolean;
}

interface RowContext {
  readonly sheet: string;
  readonly issues: Issue[];
  readonly names: Map<string, string>;
}

function problemSeverity(code: IssueCode): Severity {
  return code === "quarter-invalid" || code === "status-unknown" ? "warning" : "error";
}

function parseField(
  ctx: RowContext,
  kind: FieldKind,
  field: string,
  required: boolean,
  v: CellValue,
  cell: string,
  out: ParsedRow,
): void {
  const problem = (code: IssueCode, params: Record<string, string | number> = {}): void => {
    ctx.issues.push({ severity: problemSeverity(code), code, sheet: ctx.sheet, cell, value: cellText(v), params });
    // A bad optional cell (a program's status, a ledger memo with #REF!) keeps the row.
    if (required) out.bad = true;
  };
  switch (kind) {
    case "text": {
      if (typeof v === "object" && v !== null && v.kind === "error") return problem("formula-error");
      let text: string;
      if (typeof v === "string") {
        const cached = ctx.names.get(v);
        text = cached ?? normalizeName(v);
        if (cached === undefined) ctx.names.set(v, text);
      } else if (typeof v === "object" && v !== null) {
        const r = tryIsoFromSerial(v.serial);
        text = r.ok ? r.value : "";
      } else text = v === null ? "" : String(v);
      if (text === "" && required) return problem("name-missing", { field });
      out.values.set(field, text);
      return;
    }
    case "amount": {
      const r = tryParseAmount(v);
      if (!r.ok) return problem(r.error);
      out.values.set(field, r.value);
      return;
    }
    case "date": {
      if (!required && isBlank(v)) return;
      const r = tryParseDateCell(v);
      if (!r.ok) return problem(r.error);
      out.values.set(field, r.value);
      return;
    }
    case "quarter": {
      const r = tryParseQuarters(v);
      if (!r.ok) return problem(r.error);
      out.values.set(field, r.value.quarters);
      return;
    }
    case "status": {
      const r = tryParseStatus(v);
      if (!r.ok) return problem(r.error);
      out.values.set(field, r.value);
      return;
    }
  }
}

/**
 * Reads one recognised sheet. `build` turns a good row's fields into a record; `extra` may add
 * row-level issues (negative amounts, duplicate vouchers). Budget and program sheets carry a
 * blank category down from the row above (merged cells arrive blank below the first row), and
 * a row with only a category is a section heading: it sets the category and is not a record.
 */
export function readSheet<T>(
  match: SheetMatch,
  header: HeaderInfo,
  issues: Issue[],
  build: (fields: Map<string, FieldValue>, sheetRow: number) => T,
  extra?: (record: T, sheetRow: number, cellOf: (field: string) => string, issues: Issue[]) => void,
): ReadSheet<T> {
  const { spec, grid } = match;
  const sheet = typeof grid.name === "string" ? grid.name : String(grid.name ?? "");
  const origin = safeOrigin(grid);
  const values: readonly (readonly CellValue[])[] = Array.isArray(grid.values) ? grid.values : [];
  const letters = columnLettersOf(header, origin.col);
  const ctx: RowContext = { sheet, issues, names: new Map() };
  const fields = spec.fields.filter((fs) => header.columns.has(fs.field));
  const amountCols = new Set(fields.filter((fs) => fs.kind === "amount").map((fs) => header.columns.get(fs.field)!));
  const categoryCol = header.columns.get("category");
  const carriesCategory = categoryCol !== undefined && (spec.role === "budget" || spec.role === "programs");
  let carried = "";
  const rows: Located<T>[] = [];

  for (let r = header.row + 1; r < values.length; r++) {
    const raw = values[r];
    if (!Array.isArray(raw)) continue;
    const sheetRow = origin.row + r;
    const at = (c: number): CellValue => coerceCell(raw[c]);

    // A total row: any text cell (outside amount columns) saying 합계, 소계, Total, ...
    let totalCol = -1;
    for (let c = 0; c < raw.length; c++) {
      const v = raw[c];
      if (typeof v === "string" && !amountCols.has(c) && isTotalLabel(v)) {
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
    for (const fs of fields) {
      if (!isBlank(at(header.columns.get(fs.field)!))) {
        filled++;
        if (fs.field !== "category") onlyCategory = false;
      }
    }
    if (filled === 0) continue; // blank, or content only in columns we do not read
    if (carriesCategory && onlyCategory) {
      carried = normalizeName(cellText(at(categoryCol)));
      continue;
    }

    const parsed: ParsedRow = { values: new Map(), bad: false };
    for (const fs of fields) {
      const c = header.columns.get(fs.field)!;
      parseField(ctx, fs.kind, fs.field, fs.required, at(c), cellAddress(sheetRow, origin.col + c), parsed);
    }
    if (carriesCategory) {
      const cat = parsed.values.get("category");
      if (typeof cat === "string" && cat !== "") carried = cat;
      else parsed.values.set("category", carried);
    }
    if (parsed.bad) continue;
    const record = build(parsed.values, sheetRow);
    if (extra) extra(record, sheetRow, (fld) => `${letters[fld] ?? "A"}${sheetRow + 1}`, issues);
    rows.push({ record, sheetRow });
  }

  const recognized: RecognizedSheet = {
    role: spec.role,
    sheet,
    headerRow: origin.row + header.row + 1,
    columns: letters,
    rowCount: rows.length,
  };
  return { role: spec.role, sheet, recognized, letters, rows, titleYear: titleYearOf(values, header.row), nameYear: match.nameYear };
}

const str = (m: Map<string, FieldValue>, k: string): string => {
  const v = m.get(k);
  return typeof v === "string" ? v : "";
};
const amt = (m: Map<string, FieldValue>, k: string): Won => m.get(k) as Won;

export function readBudget(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<BudgetLine> {
  const sheet = String(match.grid.name);
  return readSheet<BudgetLine>(match, header, issues, (m, sheetRow) => ({
    ref: { sheet, row: sheetRow + 1 },
    category: str(m, "category"),
    name: str(m, "budgetLine"),
    amount: amt(m, "amount"),
  }));
}

function negativeCheck(amount: Won, cell: string, sheet: string, issues: Issue[]): void {
  if (amount < 0) issues.push({ severity: "warning", code: "negative-amount", sheet, cell, value: String(amount), params: {} });
}

export function readGrants(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<Grant> {
  const sheet = String(match.grid.name);
  return readSheet<Grant>(
    match,
    header,
    issues,
    (m, sheetRow) => ({ ref: { sheet, row: sheetRow + 1 }, date: str(m, "date"), amount: amt(m, "amount"), note: str(m, "note") }),
    (g, _row, cellOf, out) => negativeCheck(g.amount, cellOf("amount"), sheet, out),
  );
}

export function readLedger(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<LedgerEntry> {
  const sheet = String(match.grid.name);
  const vouchers = new Map<string, string>();
  return readSheet<LedgerEntry>(
    match,
    header,
    issues,
    (m, sheetRow) => ({
      ref: { sheet, row: sheetRow + 1 },
      date: str(m, "date"),
      budgetLine: str(m, "budgetLine"),
      description: str(m, "description"),
      payee: str(m, "payee"),
      amount: amt(m, "amount"),
      voucher: str(m, "voucher"),
    }),
    (e, _row, cellOf, out) => {
      negativeCheck(e.amount, cellOf("amount"), sheet, out);
      if (e.voucher === "") return;
      const here = cellOf("voucher");
      const first = vouchers.get(e.voucher);
      if (first === undefined) vouchers.set(e.voucher, here);
      else out.push({ severity: "warning", code: "duplicate-voucher", sheet, cell: here, value: e.voucher, params: { firstCell: first } });
    },
  );
}

export function readPrograms(match: SheetMatch, header: HeaderInfo, issues: Issue[]): ReadSheet<Program> {
  const sheet = String(match.grid.name);
  return readSheet<Program>(match, header, issues, (m, sheetRow) => {
    const date = m.get("date");
    const given = (m.get("quarter") as readonly Quarter[] | undefined) ?? [];
    const status = m.get("status") as ProgramStatus | null | undefined;
    // No planned quarter written: the quarter it was carried out in, when the date says so.
    const quarters = given.length === 0 && typeof date === "string" ? [quarterOfDate(date)] : given;
    return {
      ref: { sheet, row: sheetRow + 1 },
      category: str(m, "category"),
      name: str(m, "name"),
      quarters,
      ...(typeof date === "string" ? { date } : {}),
      ...(status ? { status } : {}),
      note: str(m, "note"),
    };
  });
}

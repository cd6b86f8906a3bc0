// Reads the rows under a recognised header of the grants, ledger and program sheets into typed
// records, and says what it did with every row: a record, a total (read/totals.ts), a cancelled
// payment, a refund or a deposit (read/payments.ts), a section heading, or a row refused for a
// bad cell. Every cell problem becomes an issue with the sheet, the A1 cell and the value found; a
// row with a problem in a required field is left out of the records (and so out of every figure).
// Mechanical fixes are noted on the way. One pass, near-linear; never throws on any cell content.
// (The budget has its own reader: read/budget.ts.)

import { cellAddress } from "../address";
import { won } from "../money";
import { formulaAt, isBlank, type CellValue, type SheetGrid } from "../grid";
import type { Fix } from "../fixes";
import type { Issue } from "../issues/issue";
import { tryParseAmount } from "../parse/amount";
import { cellText } from "../parse/cell";
import { ownColumnSum } from "../parse/formula";
import { isTotalLabel, normalizeName } from "../parse/names";
import { flushRow, parseField, rowFixes, sheetState, startRow, type Col, type FieldValue } from "./cells";
import type { RowDecision, UnitReading } from "./decisions";
import type { ColumnReading, HeaderReading } from "./header";
import type { HeaderCell } from "./header-rows";
import { invalidChoice, type SheetOverrides } from "./overrides";
import { depositRefund, depositSkipped, ledgerMoney, moneyNotes, signedAmount, statusVoids } from "./payments";
import { RunningSums, type DataRow } from "./runs";
import type { DataRole } from "./specs";
import { arithmeticTotal, formulaTotal, labelledTotal, settleKinds, userTotal, type Outcome, type TotalRow } from "./totals";

export type { FieldValue } from "./cells";

/** Why a row under the header is not a record and not a decision (read/decisions.ts). Blank rows are not listed. */
export type SkipReason =
  | "heading" // only a category: a section heading whose category the rows below carry
  | "refused"; // a required cell could not be read (its issue names it)

export interface SkippedRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly reason: SkipReason;
  /** The cell that decided it: the heading's category, the first bad cell. */
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
  /** 1-based sheet row of the (first) header row. */
  readonly headerRow: number;
  /** 1-based sheet rows of the header: two for a two-row header. */
  readonly headerRows: readonly number[];
  /** The recognised columns, left to right. */
  readonly columns: readonly ColumnReading[];
  /** Every column's header as read, left to right (what the user may pick another column from). */
  readonly headerCells: readonly HeaderCell[];
  /** A revised budget's columns, oldest first; each line uses the latest with a value. */
  readonly budgetColumns?: readonly ColumnReading[];
  /** A bank layout's 입금 column: the amount is 출금 minus it. */
  readonly amountMinus?: ColumnReading;
  /** The unit the amounts are written in, when not won. */
  readonly unit: UnitReading | null;
  /** Required fields without a column; when any, no row was read. */
  readonly missing: readonly string[];
  /** Good rows, in sheet order. */
  readonly records: readonly T[];
  /** Rows taken as totals, parents, cancelled, refunds, deposits, or kept as data against their words. */
  readonly decisions: readonly RowDecision[];
  /** Headings and refused rows, in sheet order, each with why and where. */
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

/** Position of a field in a row's parsed values; -1 when the sheet has no such column. */
export type FieldIndex = (field: string) => number;

/** Makes a record from one good row's parsed values (indexed through the sheet's FieldIndex). */
export type RowBuilder<T> = (values: readonly FieldValue[], sheetRow: number) => T;

/** Where a sheet's rows are and how to read them: the grid, its header, the year in its name, its unit and the user's choices. */
export interface SheetSource {
  readonly grid: SheetGrid;
  readonly header: HeaderReading;
  readonly nameYear: number | null;
  readonly unit: UnitReading | null;
  readonly date1904: boolean;
  readonly overrides: SheetOverrides | undefined;
}

/** A sheet's source and what its role adds: how a row becomes a record, and the checks on it. */
export interface RowsSpec<T> extends SheetSource {
  readonly role: Exclude<DataRole, "budget">;
  /** Ledger: the budget's line names, so a dateless row naming a real line is a payment missing its date, not a total. */
  readonly budgetNames?: ReadonlySet<string>;
  readonly makeBuild: (index: FieldIndex) => RowBuilder<T>;
  /** Row-level checks on a record (negative grants, duplicate vouchers). */
  readonly check?: (record: T, sheetRow: number, issues: Issue[]) => void;
}

const TITLE_YEAR = /(?:^|[^\d])((?:19|20)\d{2})(?:\s*년도?|\s|[^\d]|$)/;

export function titleYearOf(values: readonly (readonly CellValue[])[], headerIndex: number): number | null {
  for (let r = 0; r < headerIndex; r++)
    for (const v of values[r]!) {
      if (typeof v !== "string") continue;
      const m = TITLE_YEAR.exec(v);
      if (m) return Number(m[1]);
    }
  return null;
}

/**
 * No date at all: blank, or words with no year in them (a label such as "소계", "!", "0"). A date
 * written wrong ("2024-02-30", "2024.5") is still a date, and its row an error. (read/evidence.ts
 * asks the same of a ledger row before Excel's formulas are read, so both agree on what may be a total.)
 */
export function noDate(v: CellValue | undefined): boolean {
  return isBlank(v) || (typeof v === "string" && !/\d{4}/.test(v));
}

/** The first text cell outside the amount columns that is a total label, as a grid column; -1 if none (the budget's rows too). */
export function totalWordAt(raw: readonly CellValue[], isAmountCol: readonly boolean[]): number {
  for (let c = 0; c < raw.length; c++) {
    const v = raw[c];
    if (typeof v === "string" && isAmountCol[c] !== true && isTotalLabel(v)) return c;
  }
  return -1;
}

/**
 * Reads one recognised grants, ledger or program sheet whose required columns are all there.
 * Program sheets carry a blank category down from the row above (merged cells arrive blank), and
 * a row with only a category is a section heading.
 */
export function readRows<T extends SheetRecord>(spec: RowsSpec<T>, issues: Issue[]): SheetReading<T> {
  const { role, grid, header } = spec;
  const sheet = grid.name;
  const { origin, values } = grid;
  const st = sheetState(sheet, spec.unit?.factor ?? 1, spec.date1904);
  const cols: Col[] = header.columns.map((col) => ({ ...col, c: col.col - origin.col }));
  const pos = new Map(cols.map((col, i) => [col.field, i]));
  const at = (field: string) => pos.get(field) ?? -1;
  const [amountIdx, dateIdx, lineIdx, statusIdx, kindIdx, memoIdx, categoryIdx] = ["amount", "date", "budgetLine", "status", "kind", "description", "category"].map(at) as number[] as [
    number, number, number, number, number, number, number,
  ];
  const amountCol = amountIdx >= 0 ? cols[amountIdx]! : null;
  // The deposit (입금) column of a bank layout: not blank means it must be an amount.
  const minus = header.amountMinus ? { ...header.amountMinus, c: header.amountMinus.col - origin.col, required: true } : null;
  const isAmountCol: boolean[] = [];
  for (const col of cols) if (col.kind === "amount") isAmountCol[col.c] = true;
  if (minus) isAmountCol[minus.c] = true;
  const money = role === "ledger" ? ledgerMoney(sheet) : null;
  const records: T[] = [];
  // The records are the data rows the sums run over (grants and payments carry amount and ref).
  const sums = new RunningSums(records as unknown as DataRow[]);
  const out: Outcome = { decisions: [], pending: [], issues };
  const rowsUsed = new Set<number>();
  const carriesCategory = role === "programs" && categoryIdx >= 0;
  let carried = "";
  let lastDataRow = 0;
  const skipped: SkippedRow[] = [];
  const fixes: Fix[] = [];
  const refusedNames = new Set<string>();
  const nameIdx = role === "programs" ? at("name") : lineIdx;
  const build = spec.makeBuild(at);
  const cells: CellValue[] = new Array<CellValue>(cols.length);
  // Reused for every row: build() copies what it needs, so a row costs only its record.
  const parsed: FieldValue[] = new Array<FieldValue>(cols.length);
  /** A dateless row naming no line of the budget could be a total; one naming a line is a payment missing its date. */
  const unknownLine = (line: string) => line === "" || (spec.budgetNames !== undefined && !spec.budgetNames.has(line));
  /** A row's 적요 and type, as words: they tell a refund from a grant paid in. */
  const words = () => `${memoIdx >= 0 && typeof parsed[memoIdx] === "string" ? parsed[memoIdx] : ""} ${kindIdx >= 0 && typeof parsed[kindIdx] === "string" ? parsed[kindIdx] : ""}`.trim();

  for (let r = header.index + 1; r < values.length; r++) {
    const raw = values[r]!;
    const sheetRow = origin.row + r;
    const row = sheetRow + 1;
    const choice = spec.overrides?.rows.get(row);
    if (choice) rowsUsed.add(row);
    const wordCol = choice?.as === "data" ? -1 : totalWordAt(raw, isAmountCol);

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
    const minusCell = minus ? (raw[minus.c] ?? null) : null;
    if (minus && !isBlank(minusCell)) filled++;
    const label = wordCol >= 0 ? { text: String(raw[wordCol]), cell: cellAddress(sheetRow, origin.col + wordCol) } : null;

    if (role === "programs") {
      if (label || choice?.as === "total") {
        const cell = label?.cell ?? `${cols[0]!.letter}${row}`;
        issues.push({ severity: "info", code: "total-row-skipped", sheet, cell, value: label?.text ?? "", params: { evidence: label ? "label" : "user" } });
        out.decisions.push({ kind: "total", row, cell, evidence: label ? "label" : "user", ...(label ? { label: label.text } : {}) });
        continue;
      }
      if (filled === 0) continue;
      if (carriesCategory && onlyCategory) {
        carried = normalizeName(cellText(cells[categoryIdx]));
        skipped.push({ row, reason: "heading", cell: `${cols[categoryIdx]!.letter}${row}` });
        continue;
      }
    } else if (filled === 0) {
      // Nothing in the columns read; a total word elsewhere in the row is still a total row.
      if (label) labelledTotal({ sheet, row, cell: label.cell, amountLetter: amountCol?.letter ?? "", amount: null, label }, sums, out);
      continue;
    }

    // A payment the status says did not happen: left out before its cells can raise problems.
    if (money && statusIdx >= 0 && choice?.as !== "data") {
      const status = cells[statusIdx];
      if (typeof status === "string" && status.trim() !== "") {
        const a = tryParseAmount(cells[amountIdx] ?? null, st.factor);
        if (statusVoids(money, status, `${cols[statusIdx]!.letter}${row}`, row, a.ok ? a.value : null, out.decisions)) continue;
      }
    }

    startRow(st);
    let depositOnly: number | null = null;
    for (let i = 0; i < cols.length; i++) {
      // A bank layout's deposit row has no withdrawal: its amount is the deposit, read below.
      if (i === amountIdx && minus && isBlank(cells[i]) && !isBlank(minusCell)) {
        parsed[i] = undefined;
        continue;
      }
      parsed[i] = parseField(st, cols[i]!, cells[i]!, sheetRow);
    }
    if (minus && money && !isBlank(minusCell)) {
      money.depositSeen = true;
      const d = parseField(st, minus, minusCell, sheetRow);
      if (typeof d === "number") {
        if (isBlank(cells[amountIdx])) depositOnly = d;
        else if (typeof parsed[amountIdx] === "number") parsed[amountIdx] = won((parsed[amountIdx] as number) - d);
      }
    }
    if (role === "programs") {
      if (carriesCategory) {
        const cat = parsed[categoryIdx];
        if (typeof cat === "string" && cat !== "") carried = cat;
        else parsed[categoryIdx] = carried;
      }
    } else {
      const amount = depositOnly !== null ? -depositOnly : typeof parsed[amountIdx] === "number" ? (parsed[amountIdx] as number) : null;
      const hasDate = typeof parsed[dateIdx] === "string";
      const line = lineIdx >= 0 && typeof parsed[lineIdx] === "string" ? (parsed[lineIdx] as string) : "";
      const complete = hasDate && (role !== "ledger" || line !== "");
      const formula = amountCol ? formulaAt(grid, r, amountCol.c) : null;
      // The common row — complete, no total word, no formula, no choice — needs none of this.
      if (!complete || label || formula !== null || choice !== undefined) {
        const t: TotalRow = { sheet, row, cell: amountCol ? `${amountCol.letter}${row}` : (label?.cell ?? `A${row}`), amountLetter: amountCol?.letter ?? "", amount, label };
        const summed = formula && choice?.as !== "data" ? ownColumnSum(formula, amountCol!.col, sheetRow) : null;
        if (choice?.as === "total") {
          userTotal(t, sums, out);
          continue;
        }
        if (summed) {
          formulaTotal(t, summed, sums, out);
          continue;
        }
        if (label && !complete) {
          labelledTotal(t, sums, out);
          continue;
        }
        if (!label && !complete && choice?.as !== "data" && noDate(cells[dateIdx]) && (role === "grants" || unknownLine(line)) && arithmeticTotal(t, sums, out)) continue;
        if (choice?.as === "data" && !label) out.decisions.push({ kind: "data", row, cell: t.cell, evidence: "user" });
      }
      if (label) out.decisions.push({ kind: "data", row, cell: label.cell, evidence: "label", label: label.text });
      // A deposit without a budget line, or one its words call a grant or interest, is no spending.
      if (money && depositOnly !== null && depositSkipped(money, depositOnly, line, words(), `${minus!.letter}${row}`, row, out.decisions)) continue;
    }
    flushRow(st, issues);
    if (st.bad !== null) {
      const name = nameIdx < 0 ? undefined : parsed[nameIdx];
      if (typeof name === "string" && name !== "") refusedNames.add(name);
      skipped.push({ row, reason: "refused", cell: st.bad });
      continue;
    }
    if (money && depositOnly !== null) parsed[amountIdx] = won(depositRefund(money, depositOnly, words(), `${minus!.letter}${row}`, row, out.decisions, issues));
    else if (money) {
      const memo = memoIdx >= 0 && typeof parsed[memoIdx] === "string" ? (parsed[memoIdx] as string) : "";
      const type = kindIdx >= 0 && typeof parsed[kindIdx] === "string" ? (parsed[kindIdx] as string) : "";
      parsed[amountIdx] = won(signedAmount(money, parsed[amountIdx] as number, type, memo, amountCol!.letter, row, out.decisions, issues));
    }
    const record = build(parsed, sheetRow);
    spec.check?.(record, sheetRow, issues);
    records.push(record);
    if (amountIdx >= 0) sums.add(parsed[amountIdx] as number);
    lastDataRow = row;
    rowFixes(st, cols, cells, parsed, sheetRow, fixes);
  }

  settleKinds(out, lastDataRow);
  if (money) moneyNotes(money, cols[statusIdx]?.headerCell ?? null, header.amountMinus?.headerCell ?? null, issues);
  if (st.firstSerial1904 !== null) issues.push({ severity: "info", code: "date-system-1904", sheet, cell: st.firstSerial1904, params: {} });
  for (const [row, choice] of spec.overrides?.rows ?? []) if (!rowsUsed.has(row)) issues.push(invalidChoice(choice.origin, "row"));

  return {
    role,
    sheet,
    headerRow: header.row,
    headerRows: header.rows,
    columns: header.columns,
    headerCells: header.cells,
    ...(header.amountMinus ? { amountMinus: header.amountMinus } : {}),
    unit: spec.unit,
    missing: header.missing,
    records,
    decisions: out.decisions,
    skipped,
    fixes,
    refusedNames,
    titleYear: titleYearOf(values, header.index),
    nameYear: spec.nameYear,
  };
}

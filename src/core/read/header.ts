// Where a sheet's table starts and what each column is: the header row (read/header-rows.ts), the
// field of each column by its header (a note in brackets such as "금액(원)" is ignored), the amount
// chosen among several amount-like columns (read/amount-columns.ts), and the user's column choices
// (the settings sheet, the CLI's --column), which win over the reader's own. Unknown columns are
// ignored.

import { cellAddress, columnLetters } from "../address";
import type { Issue } from "../issues/issue";
import { nameKey } from "../parse/names";
import { amountClass, chooseAmount, type ClassedColumn } from "./amount-columns";
import type { SheetMatch } from "./find-sheets";
import { HEADER_SEARCH_ROWS, headerCells, type HeaderCell } from "./header-rows";
import { invalidChoice, resolveColumn, type SheetOverrides } from "./overrides";
import { ROLE_SPECS, type DataRole, type FieldSpec, type RoleSpec } from "./specs";

export { HEADER_SEARCH_ROWS } from "./header-rows";

/** A recognised column: its field (with the spec's kind), where it is and the header as written. */
export interface ColumnReading extends Pick<FieldSpec, "field" | "kind" | "required"> {
  /** 0-based sheet column. */
  readonly col: number;
  /** Its letter as the user sees it ("E"). */
  readonly letter: string;
  /** The header as read ("집행금액 계" under a merged group). */
  readonly header: string;
  /** A1 of its header cell (the sub-header in a two-row header). */
  readonly headerCell: string;
  /** Chosen by the reader, or by the user (the settings sheet or a --column option). */
  readonly source: "auto" | "user";
}

export interface HeaderReading {
  /** 0-based row within the grid's values of the last header row: data starts below it. */
  readonly index: number;
  /** 1-based sheet row of the (first) header row. */
  readonly row: number;
  /** 1-based sheet rows of the header: two for a two-row header. */
  readonly rows: readonly number[];
  /** The recognised columns, left to right. */
  readonly columns: readonly ColumnReading[];
  /** A revised budget's columns, oldest first; the last is the amount. */
  readonly budgetColumns?: readonly ColumnReading[];
  /** A bank layout's 입금 column: the amount is 출금 minus it. */
  readonly amountMinus?: ColumnReading;
  /** Required fields without a column: with any, no row can be read. */
  readonly missing: readonly string[];
  /** Every column's header as read, left to right (what the user can pick from). */
  readonly cells: readonly HeaderCell[];
}

const BRACKETED = /[(\[（［].*?[)\]）］]/g;

/** Header key → field spec, for one role, without the amount of a budget or ledger (told apart by class). */
function headerIndex(spec: RoleSpec, key: "headers" | "fallback"): Map<string, FieldSpec> {
  const m = new Map<string, FieldSpec>();
  const byClass = spec.role === "budget" || spec.role === "ledger";
  for (const fs of spec.fields) {
    if (byClass && fs.field === "amount") continue;
    for (const h of fs[key] ?? []) if (!m.has(nameKey(h))) m.set(nameKey(h), fs);
  }
  return m;
}
const indexes = new Map<DataRole, { main: Map<string, FieldSpec>; fallback: Map<string, FieldSpec> }>(
  ROLE_SPECS.map((s) => [s.role, { main: headerIndex(s, "headers"), fallback: headerIndex(s, "fallback") }]),
);

function lookup(index: Map<string, FieldSpec>, text: string): FieldSpec | undefined {
  if (text.length > 100) return undefined; // not a header; also keeps BRACKETED linear
  const key = nameKey(text);
  if (key === "") return undefined;
  return index.get(key) ?? index.get(key.replace(BRACKETED, ""));
}

/** How many distinct fields a row's cells name: two make a header row. */
function fieldsNamed(spec: RoleSpec, row: readonly unknown[]): number {
  const { main } = indexes.get(spec.role)!;
  const seen = new Set<string>();
  for (const v of row) {
    if (typeof v !== "string") continue;
    const fs = lookup(main, v);
    if (fs) seen.add(fs.field);
    else if (amountClass(spec.role, v, null) !== null) seen.add("amount");
  }
  return seen.size;
}

function reading(fs: FieldSpec, cell: HeaderCell, source: "auto" | "user"): ColumnReading {
  return { field: fs.field, kind: fs.kind, required: fs.required, col: cell.col, letter: columnLetters(cell.col), header: cell.text, headerCell: cell.cell, source };
}

const AMOUNT_MINUS: FieldSpec = { field: "amountMinus", kind: "amount", required: false, headers: [] };

/**
 * Finds the header row(s) and the columns. Reports a missing header row (saying which rows were
 * searched), missing required columns, duplicate columns (the first of two is used), the amount
 * chosen among several (info) and user choices that name no column (warning).
 */
export function findHeader(match: SheetMatch, overrides: SheetOverrides | undefined, issues: Issue[]): HeaderReading | null {
  const { spec, grid } = match;
  const sheet = grid.name;
  const severity = spec.required ? "error" : "warning";
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    if (fieldsNamed(spec, grid.values[r]!) < 2) continue;
    const header = headerCells(grid, r);
    const { main, fallback } = indexes.get(spec.role)!;
    const byField = new Map<string, ColumnReading>();
    const classed: (ClassedColumn & { readonly key: string; readonly cell: string })[] = [];
    for (const cell of header.cells) {
      const fs = lookup(main, cell.own) ?? (cell.group !== null ? lookup(main, cell.text) : undefined);
      const cls = fs ? null : amountClass(spec.role, cell.own, cell.group);
      if (cls) {
        // Two columns of one header ("금액" and "금액(원)"): the first is used, as for any field.
        const key = nameKey(cell.text).replace(BRACKETED, "");
        const twin = classed.find((c) => c.cls === cls && c.key === key);
        if (twin && cls !== "other" && cls !== "quarter") {
          issues.push({ severity: "warning", code: "column-duplicate", sheet, cell: cell.cell, value: cell.text, params: { field: "amount", firstCell: twin.cell } });
          continue;
        }
        classed.push({ col: cell.col, cls, key, cell: cell.cell });
        continue;
      }
      const field = fs;
      if (!field) continue;
      const first = byField.get(field.field);
      if (first) {
        issues.push({ severity: "warning", code: "column-duplicate", sheet, cell: cell.cell, value: cell.text, params: { field: field.field, firstCell: first.headerCell } });
        continue;
      }
      byField.set(field.field, reading(field, cell, "auto"));
    }
    // 비목 is the line of a budget kept by 비목 alone, and the category beside a 세목 column.
    for (const cell of header.cells) {
      const fs = lookup(fallback, cell.own);
      if (!fs || byField.has(fs.field)) continue;
      for (const [field, c] of byField) if (c.col === cell.col) byField.delete(field);
      byField.set(fs.field, reading(fs, cell, "auto"));
    }
    const cellAt = (col: number) => header.cells.find((c) => c.col === col)!;
    const amountSpec = spec.fields.find((f) => f.field === "amount")!;
    let budgetColumns: ColumnReading[] | undefined;
    let amountMinus: ColumnReading | undefined;
    const choice = spec.role === "budget" || spec.role === "ledger" ? chooseAmount(spec.role, classed) : null;
    if (choice) {
      byField.set("amount", reading(amountSpec, cellAt(choice.amount), "auto"));
      if (choice.budgetColumns) budgetColumns = choice.budgetColumns.map((col) => reading(amountSpec, cellAt(col), "auto"));
      if (choice.minus !== undefined) amountMinus = reading(AMOUNT_MINUS, cellAt(choice.minus), "auto");
    }
    if (overrides) {
      // The 입금 column is a field the user may choose too; a chosen amount alone stands alone.
      if (amountMinus) byField.set("amountMinus", amountMinus);
      const applied = applyColumnChoices(spec, header.cells, grid.origin.row + r, byField, overrides, issues);
      if (applied.has("amount")) budgetColumns = undefined;
      amountMinus = applied.has("amount") && !applied.has("amountMinus") ? undefined : byField.get("amountMinus");
      byField.delete("amountMinus");
    }
    // The reader's own choice among several columns is noted; the user's needs no note.
    const amount = byField.get("amount");
    if (choice && amount?.source === "auto") {
      if (budgetColumns)
        issues.push({
          severity: "info",
          code: "budget-revision-used",
          sheet,
          cell: amount.headerCell,
          value: amount.header,
          params: { column: amount.header, columns: budgetColumns.map((c) => c.header).join(", ") },
        });
      if (choice.chosenAmongOthers) {
        const others = classed.filter((c) => c.col !== choice.amount && c.cls !== "balance" && c.cls !== "other").map((c) => cellAt(c.col).text);
        issues.push({ severity: "info", code: "amount-column-chosen", sheet, cell: amount.headerCell, value: amount.header, params: { column: amount.header, others: others.join(", ") } });
      }
    }
    const missing = spec.fields.filter((fs) => fs.required && !byField.has(fs.field));
    for (const fs of missing) issues.push({ severity, code: "column-missing", sheet, params: { field: fs.field, names: fs.headers.join(", ") } });
    const rows = header.indexes.map((i) => grid.origin.row + i + 1);
    return {
      index: header.indexes[header.indexes.length - 1]!,
      row: rows[0]!,
      rows,
      columns: [...byField.values()].sort((a, b) => a.col - b.col),
      ...(budgetColumns ? { budgetColumns } : {}),
      ...(amountMinus ? { amountMinus } : {}),
      missing: missing.map((fs) => fs.field),
      cells: header.cells,
    };
  }
  const headers = spec.fields.flatMap((fs) => fs.headers.slice(0, 2)).join(", ");
  // Where it looked, in the sheet's own row numbers (the used range may start below row 1).
  const rows = limit === 0 ? "" : `${grid.origin.row + 1}~${grid.origin.row + limit}`;
  issues.push({ severity, code: "header-not-found", sheet, params: { headers, rows } });
  return null;
}

/**
 * The user's column choices for the sheet: a field set to another column (by letter or header),
 * or to none for an optional field. Returns the fields changed. A choice naming no column, or
 * dropping a required field, is a warning at the choice and changes nothing.
 */
function applyColumnChoices(
  spec: RoleSpec,
  cells: readonly HeaderCell[],
  headerRow: number,
  byField: Map<string, ColumnReading>,
  overrides: SheetOverrides,
  issues: Issue[],
): Set<string> {
  const changed = new Set<string>();
  for (const choice of overrides.columns) {
    const fs = choice.field === "amountMinus" ? (spec.role === "ledger" ? AMOUNT_MINUS : undefined) : spec.fields.find((f) => f.field === choice.field);
    if (!fs) {
      issues.push(invalidChoice(choice.origin, "field"));
      continue;
    }
    if (choice.column === null) {
      if (fs.required) {
        issues.push(invalidChoice(choice.origin, "required"));
        continue;
      }
      byField.delete(fs.field);
      changed.add(fs.field);
      continue;
    }
    const col = resolveColumn(choice.column, cells);
    if (col === null) {
      issues.push(invalidChoice(choice.origin, "column"));
      continue;
    }
    for (const [field, c] of byField) if (c.col === col) byField.delete(field);
    const cell = cells.find((c) => c.col === col) ?? { col, text: columnLetters(col), own: "", group: null, cell: cellAddress(headerRow, col) };
    byField.set(fs.field, reading(fs, cell, "user"));
    changed.add(fs.field);
  }
  return changed;
}

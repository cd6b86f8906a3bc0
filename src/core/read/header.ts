// Where a sheet's table starts: the header row is the first row within the first 20 rows of the
// used range that carries at least two known headers of the sheet's role. A header cell may carry
// a unit or note in brackets ("금액(원)"); unknown columns are ignored.

import { cellAddress, columnLetters } from "../address";
import type { CellValue } from "../grid";
import type { Issue } from "../issues/issue";
import { nameKey } from "../parse/names";
import type { SheetMatch } from "./find-sheets";
import { ROLE_SPECS, type DataRole, type FieldSpec, type RoleSpec } from "./specs";

/** How far down the used range the header row may be. */
export const HEADER_SEARCH_ROWS = 20;

/** A recognised column: its field (with the spec's kind), where it is and the header as written. */
export interface ColumnReading extends Pick<FieldSpec, "field" | "kind" | "required"> {
  /** 0-based sheet column. */
  readonly col: number;
  /** Its letter as the user sees it ("E"). */
  readonly letter: string;
  /** The header cell's text. */
  readonly header: string;
}

export interface HeaderReading {
  /** 0-based row within the grid's values. */
  readonly index: number;
  /** 1-based sheet row. */
  readonly row: number;
  /** The recognised columns, left to right. */
  readonly columns: readonly ColumnReading[];
  /** Required fields without a column: with any, no row can be read. */
  readonly missing: readonly string[];
}

const BRACKETED = /[(\[（［].*?[)\]）］]/g;

/** Header key → field spec, for one role; built once per role. */
function headerIndex(spec: RoleSpec): Map<string, FieldSpec> {
  const m = new Map<string, FieldSpec>();
  for (const fs of spec.fields) for (const h of fs.headers) if (!m.has(nameKey(h))) m.set(nameKey(h), fs);
  return m;
}
const headerIndexes = new Map<DataRole, Map<string, FieldSpec>>(ROLE_SPECS.map((s) => [s.role, headerIndex(s)]));

function fieldOfHeader(index: Map<string, FieldSpec>, v: CellValue | undefined): FieldSpec | undefined {
  if (typeof v !== "string") return undefined;
  if (v.length > 100) return undefined; // not a header; also keeps BRACKETED linear
  const key = nameKey(v);
  if (key === "") return undefined;
  return index.get(key) ?? index.get(key.replace(BRACKETED, ""));
}

/**
 * Finds the header row and its columns. Reports a missing header row (saying which rows were
 * searched), missing required columns and duplicate columns (the first of two is used).
 */
export function findHeader(match: SheetMatch, issues: Issue[]): HeaderReading | null {
  const { spec, grid } = match;
  const index = headerIndexes.get(spec.role)!;
  const sheet = grid.name;
  const { origin, values } = grid;
  const severity = spec.required ? "error" : "warning";
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r]!;
    const distinct = new Set<string>();
    for (const v of row) {
      const fs = fieldOfHeader(index, v);
      if (fs) distinct.add(fs.field);
    }
    if (distinct.size < 2) continue;
    const found = new Map<string, ColumnReading>();
    for (let c = 0; c < row.length; c++) {
      const fs = fieldOfHeader(index, row[c]);
      if (!fs) continue;
      const at = cellAddress(origin.row + r, origin.col + c);
      const first = found.get(fs.field);
      if (first) {
        issues.push({
          severity: "warning",
          code: "column-duplicate",
          sheet,
          cell: at,
          value: String(row[c]),
          params: { field: fs.field, firstCell: cellAddress(origin.row + r, first.col) },
        });
        continue;
      }
      const col = origin.col + c;
      found.set(fs.field, { field: fs.field, kind: fs.kind, required: fs.required, col, letter: columnLetters(col), header: String(row[c]) });
    }
    const missing = spec.fields.filter((fs) => fs.required && !found.has(fs.field));
    for (const fs of missing) issues.push({ severity, code: "column-missing", sheet, params: { field: fs.field, names: fs.headers.join(", ") } });
    return { index: r, row: origin.row + r + 1, columns: [...found.values()], missing: missing.map((fs) => fs.field) };
  }
  const headers = spec.fields.flatMap((fs) => fs.headers.slice(0, 2)).join(", ");
  // Where it looked, in the sheet's own row numbers (the used range may start below row 1).
  const rows = limit === 0 ? "" : `${origin.row + 1}~${origin.row + limit}`;
  issues.push({ severity, code: "header-not-found", sheet, params: { headers, rows } });
  return null;
}

// Mechanical fixes: cells whose meaning is certain but whose form is wrong — amounts and dates
// stored as text, full-width characters, stray spaces. Only data cells of recognised columns in
// rows the core read as records; never header, title, blank or total rows, never formulas' results
// of other kinds. Fixes are proposals: a host writes them only when the user confirms, and undo
// writes the `before` values back.

import { tryParseCellAddress } from "./address";
import type { CellValue, WorkbookGrid } from "./grid";
import type { Issue } from "./issues";
import type { Analysis, RowRef, SheetRole } from "./model";
import { tryParseAmountText } from "./parse/amount";
import { serialFromIso, tryIsoFromSerial, tryParseDateText } from "./parse/date";
import { amountText } from "./labels";
import { toHalfWidth } from "./parse/text";
import { cellEditValue, type CellEdit } from "./port";

export type FixKind = "amount-text" | "date-text" | "full-width" | "spaces";

export interface Fix {
  readonly sheet: string;
  /** A1 address on that sheet. */
  readonly cell: string;
  /** The cell as read. */
  readonly before: CellValue;
  /** The value to write: a number (amount) or a date cell, or the cleaned text. */
  readonly after: CellValue;
  readonly kind: FixKind;
  /** Number format the host sets with the value: "yyyy-mm-dd" for dates, "#,##0" for amounts. */
  readonly numberFormat?: string;
}

export const FIX_DATE_FORMAT = "yyyy-mm-dd";
export const FIX_AMOUNT_FORMAT = "#,##0";

const AMOUNT_FIELDS = new Set(["amount"]);
const DATE_FIELDS = new Set(["date"]);
const TEXT_FIELDS = new Set(["category", "budgetLine", "name", "description", "payee", "voucher", "note"]);

function rowsOf(analysis: Analysis, role: SheetRole, sheet: string): Set<number> {
  const r = analysis.records;
  const refs: readonly { readonly ref: RowRef }[] =
    role === "budget" ? r.budget : role === "grants" ? r.grants : role === "ledger" ? r.ledger : role === "programs" ? r.programs : [];
  return new Set(refs.filter((x) => x.ref.sheet === sheet).map((x) => x.ref.row));
}

/** Whitespace runs (incl. no-break and ideographic spaces) to one space, trimmed. */
function tidySpaces(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** Full-width ASCII forms only (digits, letters, punctuation), spaces untouched. */
function foldFullWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => toHalfWidth(ch));
}

/** Every mechanical fix in the workbook, sheet by sheet, top to bottom, left to right. */
export function planFixes(grid: WorkbookGrid, analysis: Analysis): Fix[] {
  const out: Fix[] = [];
  for (const rec of analysis.recognized) {
    const sg = grid.sheets.find((s) => s.name === rec.sheet);
    if (!sg) continue;
    const rows = rowsOf(analysis, rec.role, rec.sheet);
    if (rows.size === 0) continue;
    const cols = Object.entries(rec.columns)
      .map(([field, letter]) => ({ field, letter, col: tryParseCellAddress(`${letter}1`)?.col ?? -1 }))
      .filter((c) => c.col >= 0)
      .sort((a, b) => a.col - b.col);
    for (const row of [...rows].sort((a, b) => a - b)) {
      for (const { field, letter, col } of cols) {
        const v = sg.values[row - 1 - sg.origin.row]?.[col - sg.origin.col] ?? null;
        if (typeof v !== "string") continue;
        const cell = `${letter}${row}`;
        const fix = fixFor(field, v);
        if (fix) out.push({ sheet: rec.sheet, cell, before: v, ...fix });
      }
    }
  }
  return out;
}

function fixFor(field: string, v: string): Omit<Fix, "sheet" | "cell" | "before"> | null {
  if (AMOUNT_FIELDS.has(field)) {
    const r = tryParseAmountText(v);
    return r.ok ? { after: r.value, kind: "amount-text", numberFormat: FIX_AMOUNT_FORMAT } : null;
  }
  if (DATE_FIELDS.has(field)) {
    const r = tryParseDateText(v);
    return r.ok ? { after: { kind: "date", serial: serialFromIso(r.value) }, kind: "date-text", numberFormat: FIX_DATE_FORMAT } : null;
  }
  if (TEXT_FIELDS.has(field)) {
    const folded = foldFullWidth(v);
    const after = tidySpaces(folded);
    if (after === v || after === "") return null;
    return { after, kind: folded !== v ? "full-width" : "spaces" };
  }
  return null;
}

/** The edits that apply the fixes (values with the number format each needs). */
export function fixEdits(fixes: readonly Fix[]): CellEdit[] {
  return fixes.map((f) => ({
    sheet: f.sheet,
    cell: f.cell,
    value: cellEditValue(f.after),
    ...(f.numberFormat !== undefined ? { numberFormat: f.numberFormat } : {}),
  }));
}

/**
 * The edits that put the `before` values back. Values are exact (fixes only touch text cells, so
 * the before value is that text); the number format is the host's to restore: the Office host's
 * applyEdits returns `previous` edits that carry each cell's former format, and those should be
 * preferred for undo when available. Text goes back as text (hosts never let it become a formula).
 */
export function invertEdits(fixes: readonly Fix[]): CellEdit[] {
  return fixes.map((f) => ({ sheet: f.sheet, cell: f.cell, value: cellEditValue(f.before) }));
}

/** A fix as an info issue, for lists and the issues sheet (codes "fix-…" in the catalog). */
export function fixIssue(fix: Fix): Issue {
  const after = fix.after;
  const shown =
    typeof after === "number" ? amountText(after) : typeof after === "object" && after?.kind === "date" ? isoOfSerial(after.serial) : String(after ?? "");
  return {
    severity: "info",
    code: `fix-${fix.kind}`,
    sheet: fix.sheet,
    cell: fix.cell,
    value: typeof fix.before === "string" ? fix.before : String(fix.before ?? ""),
    params: { after: shown },
  };
}

function isoOfSerial(serial: number): string {
  const r = tryIsoFromSerial(serial);
  return r.ok ? r.value : String(serial);
}

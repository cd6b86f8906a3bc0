// Mechanical fixes: cells whose meaning is certain but whose form is wrong — amounts and dates
// stored as text, full-width characters, stray spaces. Found by the reader as it reads (read/rows.ts),
// only in data cells of recognised columns in rows it took as records; never header, title, blank
// or total rows, never formulas' results of other kinds. Fixes are proposals: a host writes them
// only when the user confirms, and undo writes the `before` values back.

import type { CellValue } from "./grid";
import type { IssueOf } from "./issues/issue";
import { amountText } from "./issues/words";
import { serialFromIso, tryIsoFromSerial } from "./parse/date";
import { toHalfWidth } from "./parse/text";
import { cellEditValue, type CellEdit } from "./port";
import type { FieldKind } from "./read/specs";

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

/** Whitespace runs (incl. no-break and ideographic spaces) to one space, trimmed. */
function tidySpaces(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, " ").trim();
}

/** Full-width ASCII forms only (digits, letters, punctuation), spaces untouched. */
function foldFullWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => toHalfWidth(ch));
}

/**
 * The fix for a text cell the reader took into a record, or null when its form is right. The
 * reader calls it with what it made of the cell (`parsed`: the amount or the ISO date), so the
 * fix says exactly what the reader read, without parsing the cell again.
 */
export function fixOf(kind: FieldKind, text: string, parsed: unknown): Omit<Fix, "sheet" | "cell" | "before"> | null {
  switch (kind) {
    case "amount":
      return typeof parsed === "number" ? { after: parsed, kind: "amount-text", numberFormat: FIX_AMOUNT_FORMAT } : null;
    case "date":
      return typeof parsed === "string" ? { after: { kind: "date", serial: serialFromIso(parsed) }, kind: "date-text", numberFormat: FIX_DATE_FORMAT } : null;
    case "text": {
      const folded = foldFullWidth(text);
      const after = tidySpaces(folded);
      if (after === text || after === "") return null;
      return { after, kind: folded !== text ? "full-width" : "spaces" };
    }
    default:
      return null;
  }
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
export function fixIssue(fix: Fix): IssueOf<`fix-${FixKind}`> {
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

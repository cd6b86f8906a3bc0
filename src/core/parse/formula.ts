// Formulas as evidence: a cell whose formula sums its own column's cells above or below it
// ("=SUM(C4:C9)", "=SUBTOTAL(9,E3:E17)", "=C4+C5+C6") is a total of those rows, whatever its row
// says in words. A formula across the row ("=E3+F3", "=SUM(C5:F5)") is not.

import { tryParseCellAddress } from "../address";

/** Rows (0-based sheet rows, inclusive) a total formula sums. */
export interface SummedRows {
  readonly from: number;
  readonly to: number;
}

const CALL = /^=\s*(SUM|SUBTOTAL)\s*\((.*)\)\s*$/i;
const PLUS_CHAIN = /^=\s*\$?[A-Za-z]{1,3}\$?\d{1,7}(?:\s*\+\s*\$?[A-Za-z]{1,3}\$?\d{1,7})+\s*$/;

function refRows(ref: string, col: number): SummedRows | null {
  const [a = "", b = a] = ref.split(":");
  const top = tryParseCellAddress(a.trim());
  const bottom = tryParseCellAddress(b.trim());
  if (!top || !bottom || top.col !== col || bottom.col !== col) return null;
  return { from: Math.min(top.row, bottom.row), to: Math.max(top.row, bottom.row) };
}

/**
 * The rows a formula sums when it sums cells of its own column (0-based `col`) other than its own
 * row (0-based `row`); null for any other formula. Several ranges merge into one span.
 */
export function ownColumnSum(formula: string, col: number, row: number): SummedRows | null {
  if (formula.length > 500) return null; // no total formula is this long; keeps the patterns linear
  let refs: string[];
  const call = CALL.exec(formula);
  if (call) {
    const args = call[2]!.split(",").map((s) => s.trim());
    // SUBTOTAL(9, …) and SUBTOTAL(109, …) sum; other function numbers (average, count) do not.
    if (call[1]!.toUpperCase() === "SUBTOTAL" && !/^(?:9|109)$/.test(args.shift() ?? "")) return null;
    refs = args;
  } else if (PLUS_CHAIN.test(formula)) refs = formula.slice(1).split("+");
  else return null;
  if (refs.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const ref of refs) {
    const r = refRows(ref, col);
    if (!r) return null;
    from = Math.min(from, r.from);
    to = Math.max(to, r.to);
  }
  if (row >= from && row <= to) return null; // a circular reference, not a total
  return { from, to };
}

const MAY_BE_TOTAL = /^=?\s*(?:SUM|SUBTOTAL)\s*\(/i;
const ONE_COLUMN_CHAIN = /^=?\s*\$?([A-Za-z]{1,3})\$?\d{1,7}(?:\s*\+\s*\$?\1\$?\d{1,7})+\s*$/i;

/**
 * Whether a host need hand a formula to the core: only a SUM, a SUBTOTAL or one column's cells
 * added can mark a total, so the per-row formulas of a long ledger ("=E3+F3") stay behind and the
 * grid stays the size of its values. With or without the leading "=".
 */
export function mayBeTotalFormula(text: string): boolean {
  return text.length <= 500 && (MAY_BE_TOTAL.test(text) || ONE_COLUMN_CHAIN.test(text));
}

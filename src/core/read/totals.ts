// Total rows of the grants and the ledger, decided as an accountant would (issue 8, rule 1):
// - a formula summing the amount column's own range marks a total outright;
// - a row with a total word (합계, 소계, 월계, 누계) that is not a complete row (a grant without a
//   date, a payment without a date or budget line) is a total;
// - an incomplete row without words whose amount is the sum of a run of rows right above it (a
//   month, everything so far) is a total;
// - a complete row is data whatever its words say (a 적요 ending in 합계).
// Every total is reconciled: a labelled or formula total that does not equal what it totals is a
// warning with both figures and the cell.

import type { Issue } from "../issues/issue";
import { totalLabelKind } from "../parse/names";
import type { SummedRows } from "../parse/formula";
import type { RowDecision, TotalEvidence } from "./decisions";
import type { Run, RunningSums } from "./runs";

export interface TotalRow {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The amount cell (A1), or the label cell when the amount is blank. */
  readonly cell: string;
  readonly amountLetter: string;
  /** The row's amount, when it has one. */
  readonly amount: number | null;
  /** The total word and its cell, when the row has one. */
  readonly label: { readonly text: string; readonly cell: string } | null;
}

/** A decided total whose kind (total or subtotal) waits for the end of the sheet when it has no word. */
export interface PendingKind {
  readonly index: number;
  readonly row: number;
  readonly coversAll: boolean;
}

function rangeOf(sums: RunningSums, run: Run, letter: string): string {
  const { first, last } = sums.sheetRows(run);
  return first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
}

/** Records a total row: the decision, the note, and the start of a new run. */
function decide(t: TotalRow, evidence: TotalEvidence, run: Run | null, sums: RunningSums, out: Outcome): void {
  const range = run ? rangeOf(sums, run, t.amountLetter) : undefined;
  const kind = t.label ? totalLabelKind(t.label.text) : "total";
  const index = out.decisions.length;
  out.decisions.push({ kind, row: t.row, cell: t.cell, evidence, ...(range ? { range } : {}), ...(t.label ? { label: t.label.text } : {}) });
  if (!t.label && evidence !== "user") out.pending.push({ index, row: t.row, coversAll: run !== null && run.from === 0 });
  // The label cell, as before, when the words decided; else the amount cell.
  const noteCell = evidence === "label" && t.label ? t.label.cell : t.cell;
  const value = t.label?.text ?? (t.amount !== null ? String(t.amount) : "");
  out.issues.push({ severity: "info", code: "total-row-skipped", sheet: t.sheet, cell: noteCell, value, params: { evidence, ...(range ? { range } : {}) } });
  sums.closeRun();
}

export interface Outcome {
  readonly decisions: RowDecision[];
  readonly pending: PendingKind[];
  readonly issues: Issue[];
}

function mismatch(t: TotalRow, computed: number, out: Outcome): void {
  out.issues.push({ severity: "warning", code: "total-mismatch", sheet: t.sheet, cell: t.cell, value: String(t.amount), params: { found: t.amount!, computed } });
}

/** A row the user marked as a total: left out, no arithmetic asked. */
export function userTotal(t: TotalRow, sums: RunningSums, out: Outcome): void {
  decide(t, "user", null, sums, out);
}

/**
 * A row whose amount formula sums its own column: a total. Reconciled with the rows it should
 * sum: those in its range and every row since the last total (a range that stops short, C4:C8
 * with a line in C9, leaves one out).
 */
export function formulaTotal(t: TotalRow, summed: SummedRows, sums: RunningSums, out: Outcome): void {
  const run = sums.runWithin(summed.from + 1, summed.to + 1);
  const current = sums.current();
  const should = run ? { from: Math.min(run.from, current.from), to: Math.max(run.to, current.to) } : current;
  decide(t, "formula", run, sums, out);
  const computed = sums.sum(should);
  if (t.amount !== null && t.amount !== computed) mismatch(t, computed, out);
}

/** A row with a total word that is not a complete row: a total; reconciled with every row above, or those since the last total. */
export function labelledTotal(t: TotalRow, sums: RunningSums, out: Outcome): void {
  if (t.amount === null) {
    decide(t, "label", null, sums, out);
    return;
  }
  const all = sums.all();
  const current = sums.current();
  const run = [all, current].find((r) => r.to > r.from && sums.sum(r) === t.amount) ?? null;
  const computed = sums.sum(totalLabelKind(t.label!.text) === "total" ? all : current);
  decide(t, "label", run, sums, out);
  if (!run && (t.amount !== 0 || computed !== 0)) mismatch(t, computed, out);
}

/** An incomplete row without words: a total when its amount is the sum of a run right above it. */
export function arithmeticTotal(t: TotalRow, sums: RunningSums, out: Outcome): boolean {
  if (t.amount === null || t.amount === 0) return false;
  const run = sums.runEndingHere(t.amount, 1);
  if (!run) return false;
  decide(t, "sum", run, sums, out);
  return true;
}

/**
 * Once the sheet is read: a total without words is the sheet's total when it covers every row
 * above and no data row follows it, else a subtotal (a month's sum).
 */
export function settleKinds(out: Outcome, lastDataRow: number): void {
  for (const p of out.pending) {
    const d = out.decisions[p.index]!;
    out.decisions[p.index] = { ...d, kind: p.coversAll && p.row > lastDataRow ? "total" : "subtotal" };
  }
}

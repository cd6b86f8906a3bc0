// Decides each parsed budget row (read/budget.ts): line, total, subtotal or parent, by the
// evidence in this order — the user's choice; a formula summing its own column; a total word
// (unless the ledger spends on the row's name); and arithmetic: a row's amount equal to the sum
// of the lines above it (every line, or the run since the last total) or of the lines right below
// it (a parent). A row with a category and a name written, or a name the ledger spends on, is a
// line whatever its amount: arithmetic alone never drops it. Arithmetic uses prefix sums (read/
// runs.ts); the look below stops as soon as the sum passes the amount.

import type { Fix } from "../fixes";
import type { Issue } from "../issues/issue";
import type { BudgetLine } from "../model";
import { won } from "../money";
import { totalLabelKind } from "../parse/names";
import type { BudgetRow, ParsedBudget } from "./budget";
import type { RowDecision, TotalEvidence, RowKind } from "./decisions";
import { invalidChoice } from "./overrides";
import { titleYearOf, type SheetReading, type SkippedRow } from "./rows";
import { RunningSums, type DataRow, type Run } from "./runs";

/** A row's amount for arithmetic: its first budget column (the original), blank as 0. */
const keyOf = (r: BudgetRow) => r.amounts[0] ?? 0;

/** The budget a line counts with: its latest budget column with a value. */
function latestOf(r: BudgetRow): number {
  for (let k = r.amounts.length - 1; k >= 0; k--) if (r.amounts[k] !== null) return r.amounts[k]!;
  return 0;
}

const usable = (r: BudgetRow) => r.bad === null && !r.heading;

/**
 * The rows right below `i` whose sum is row i's amount: at least `min` of them, each a plain
 * named row (no word, formula or choice; not a category-only row), stopping once the sum passes.
 * Returns the index after the last child, or -1.
 */
function childrenBelow(rows: readonly BudgetRow[], i: number, min: number): number {
  const target = keyOf(rows[i]!);
  if (target <= 0) return -1;
  let sum = 0;
  for (let j = i + 1; j < rows.length; j++) {
    const r = rows[j]!;
    if (!usable(r) || r.label || r.formula || r.choice || r.name === "") return -1;
    sum += keyOf(r);
    if (sum === target && j - i >= min) return j + 1;
    if (sum > target) return -1;
  }
  return -1;
}

interface State {
  readonly b: ParsedBudget;
  readonly sums: RunningSums;
  /** The lines so far, as the sums count them (for reconciling each budget column). */
  readonly lines: BudgetRow[];
  readonly decisions: RowDecision[];
  readonly issues: Issue[];
}

function cellOf(s: State, r: BudgetRow, k = s.b.letters.length - 1): string {
  return `${s.b.letters[k]}${r.row}`;
}

/** Compares a total's every budget column with the sum of the same column over the lines it totals. */
function reconcile(s: State, r: BudgetRow, run: Run): void {
  r.amounts.forEach((found, k) => {
    if (found === null) return;
    let computed = 0;
    for (let i = run.from; i < run.to; i++) computed += s.lines[i]!.amounts[k] ?? 0;
    if (computed !== found)
      s.issues.push({ severity: "warning", code: "total-mismatch", sheet: s.b.grid.name, cell: cellOf(s, r, k), value: String(found), params: { found, computed } });
  });
}

function rangeText(s: State, run: Run | null, below?: { from: number; to: number }, rows?: readonly BudgetRow[]): string | undefined {
  const letter = s.b.letters[s.b.letters.length - 1]!;
  if (below && rows) {
    const first = rows[below.from]!.row;
    const last = rows[below.to - 1]!.row;
    return first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
  }
  if (!run || run.to <= run.from) return undefined;
  const first = s.lines[run.from]!.row;
  const last = s.lines[run.to - 1]!.row;
  return first === last ? `${letter}${first}` : `${letter}${first}:${letter}${last}`;
}

function total(s: State, r: BudgetRow, kind: RowKind, evidence: TotalEvidence, run: Run | null, range?: string): void {
  const cell = cellOf(s, r);
  const rangeTextValue = range ?? rangeText(s, run);
  s.decisions.push({ kind, row: r.row, cell, evidence, ...(rangeTextValue ? { range: rangeTextValue } : {}), ...(r.label ? { label: r.label.text } : {}) });
  const noteCell = evidence === "label" && r.label ? r.label.cell : cell;
  const value = r.label?.text ?? String(latestOf(r));
  if (kind === "parent")
    s.issues.push({ severity: "info", code: "parent-row-skipped", sheet: s.b.grid.name, cell, value: r.category || r.name, params: { range: rangeTextValue ?? "" } });
  else s.issues.push({ severity: "info", code: "total-row-skipped", sheet: s.b.grid.name, cell: noteCell, value, params: { evidence, ...(rangeTextValue ? { range: rangeTextValue } : {}) } });
  s.sums.closeRun();
}

/** Total or subtotal for a row summing lines above: the sheet's total when it covers every line and is the last amount row. */
function kindAbove(rows: readonly BudgetRow[], i: number, run: Run): RowKind {
  const last = !rows.slice(i + 1).some((r) => usable(r) && !r.label && !r.formula && r.name !== "");
  return run.from === 0 && last ? "total" : "subtotal";
}

/** Decides every row; returns the sheet as read. Issues of rows taken as lines (or refused) are kept; a total's are dropped. */
export function decideBudget(b: ParsedBudget, spent: ReadonlySet<string>, issues: Issue[]): SheetReading<BudgetLine> {
  const sheet = b.grid.name;
  // The lines as the sums see them: each one's first budget column and its row.
  const data: DataRow[] = [];
  const s: State = { b, sums: new RunningSums(data), lines: [], decisions: [], issues };
  const records: BudgetLine[] = [];
  const skipped: SkippedRow[] = [];
  const fixes: Fix[] = [];
  const refusedNames = new Set<string>();
  const revised = b.letters.length > 1;
  let carried = "";
  /** Rows taken as a parent's children: lines, whatever their arithmetic. */
  let childrenUntil = -1;
  const rows = b.rows;

  const line = (r: BudgetRow) => {
    if (r.category !== "") carried = r.category;
    for (const p of r.problems) issues.push(p);
    records.push({
      ref: { sheet, row: r.row },
      category: r.category !== "" ? r.category : carried,
      name: r.name,
      amount: won(latestOf(r)),
      ...(revised ? { original: won(r.amounts[0] ?? 0) } : {}),
    });
    fixes.push(...r.fixes);
    s.lines.push(r);
    data.push({ amount: keyOf(r), ref: { row: r.row } });
    s.sums.add(keyOf(r));
  };

  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.heading) {
      carried = r.category;
      skipped.push({ row: r.row, reason: "heading", cell: r.label?.cell ?? `${b.header.columns.find((c) => c.field === "category")!.letter}${r.row}` });
      s.sums.closeRun();
      continue;
    }
    if (r.choice === "total") {
      total(s, r, "total", "user", null);
      continue;
    }
    const isChild = i < childrenUntil;
    if (r.choice === "data" || isChild) {
      if (r.choice === "data") s.decisions.push({ kind: "data", row: r.row, cell: cellOf(s, r), evidence: "user" });
      refuseOr(r, line);
      continue;
    }
    if (r.formula) {
      const below = r.formula.from + 1 > r.row;
      if (below) {
        total(s, r, "parent", "formula", null, `${b.letters[b.letters.length - 1]}${r.formula.from + 1}:${b.letters[b.letters.length - 1]}${r.formula.to + 1}`);
        if (r.category || r.name) carried = r.category || r.name;
        continue;
      }
      const run = s.sums.runWithin(r.formula.from + 1, r.formula.to + 1) ?? { from: s.lines.length, to: s.lines.length };
      // Reconciled with the lines it should total: its range and every line since the last total
      // (a range that stops short of a line leaves it out).
      const current = s.sums.current();
      const should = { from: Math.min(run.from, current.from), to: Math.max(run.to, current.to) };
      total(s, r, r.label ? totalLabelKind(r.label.text) : kindAbove(rows, i, run), "formula", run);
      reconcile(s, r, should);
      continue;
    }
    const spentOn = r.name !== "" && spent.has(r.name);
    if (r.label && !spentOn) {
      const all = s.sums.all();
      const current = s.sums.current();
      const k = keyOf(r);
      const run = [all, current].find((x) => x.to > x.from && s.sums.sum(x) === k) ?? null;
      const kind = totalLabelKind(r.label.text);
      total(s, r, kind, "label", run);
      if (r.amounts.some((a) => a !== null)) reconcile(s, r, run ?? (kind === "total" ? all : current));
      continue;
    }
    if (r.label && spentOn) s.decisions.push({ kind: "data", row: r.row, cell: r.label.cell, evidence: "label", label: r.label.text });
    if (r.bad !== null && !(r.name === "" && r.amounts.some((a) => a !== null))) {
      refuseOr(r, line);
      continue;
    }
    const amountOk = r.bad === null || r.problems.every((p) => p.code === "name-missing");
    const categoryOnly = r.name === "" && r.category !== "";
    const protectedLine = spentOn || (b.hasCategoryColumn && r.category !== "" && r.name !== "");
    if (!protectedLine && amountOk && keyOf(r) !== 0) {
      // A category-only row (a 비목 with its amount) heads the rows below first; any other row
      // totals the rows above first.
      const min = r.name === "" ? 1 : rows[i + 1]?.indented && !r.indented ? 1 : 2;
      const below = () => childrenBelow(rows, i, min);
      const above = () => s.sums.runEndingHere(keyOf(r), r.name === "" ? 1 : 2);
      if (categoryOnly) {
        const end = below();
        if (end > 0) {
          parent(r, i, end);
          continue;
        }
      }
      const run = above();
      if (run) {
        total(s, r, kindAbove(rows, i, run), "sum", run);
        continue;
      }
      if (!categoryOnly) {
        const end = below();
        if (end > 0) {
          parent(r, i, end);
          continue;
        }
      }
    }
    refuseOr(r, line);
  }

  function parent(r: BudgetRow, i: number, end: number): void {
    // One row heading every row of the sheet is its total, not a category.
    const everything = s.lines.length === 0 && !rows.slice(end).some((x) => usable(x) && x.name !== "" && !x.label && !x.formula);
    total(s, r, everything ? "total" : "parent", "sum", null, rangeText(s, null, { from: i + 1, to: end }, rows));
    if (!everything) carried = r.category || r.name;
    childrenUntil = end;
  }

  function refuseOr(r: BudgetRow, take: (r: BudgetRow) => void): void {
    if (r.bad === null) {
      take(r);
      return;
    }
    for (const p of r.problems) issues.push(p);
    if (r.name !== "") refusedNames.add(r.name);
    skipped.push({ row: r.row, reason: "refused", cell: r.bad });
  }

  for (const [row, choice] of b.overrides?.rows ?? []) if (!rows.some((r) => r.row === row)) issues.push(invalidChoice(choice.origin, "row"));
  return {
    role: "budget",
    sheet,
    headerRow: b.header.row,
    headerRows: b.header.rows,
    columns: b.header.columns,
    headerCells: b.header.cells,
    ...(b.header.budgetColumns ? { budgetColumns: b.header.budgetColumns } : {}),
    unit: b.unit,
    missing: b.header.missing,
    records,
    decisions: s.decisions,
    skipped,
    fixes,
    refusedNames,
    titleYear: titleYearOf(b.grid.values, b.header.index),
    nameYear: b.nameYear,
  };
}

// The budget sheet, read in two steps. First its rows are parsed (each budget column's amount,
// the category carried down merged cells, the words and formulas of each row); then, once the
// ledger's budget lines are known, each row is decided (issue 8, rule 1):
// - a line: a row with a name the ledger spends on, or a category and a name written;
// - a total or subtotal: a total word or a formula over its own column, or an amount equal to the
//   sum of the lines above it (every line, or the run since the last total);
// - a parent: a 비목 row carrying the sum of the 세목 right below it, whose name becomes their
//   category (with or without the word 소계 anywhere);
// every total reconciled column by column with what it totals (a warning when they differ). With
// revisions (본예산 | 1회 추경 | 2회 추경) each line's budget is its latest revision with a value.
// This file parses; read/budget-decide.ts decides.

import { columnLetters } from "../address";
import { formulaAt, isBlank, type CellValue, type SheetGrid } from "../grid";
import type { Fix } from "../fixes";
import type { Issue } from "../issues/issue";
import { cellText } from "../parse/cell";
import { ownColumnSum, type SummedRows } from "../parse/formula";
import { normalizeName } from "../parse/names";
import { parseField, rowFixes, sheetState, startRow, type Col, type FieldValue } from "./cells";
import type { UnitReading } from "./decisions";
import type { HeaderReading } from "./header";
import type { SheetOverrides } from "./overrides";
import { totalWordAt } from "./rows";

/** One row of the budget as parsed, before it is decided. */
interface Row {
  /** 1-based sheet row. */
  readonly row: number;
  readonly category: string;
  readonly name: string;
  /** The name cell's text starts with spaces: a 세목 indented under its 비목. */
  readonly indented: boolean;
  /** Per budget column, oldest first; null for a blank cell. */
  readonly amounts: readonly (number | null)[];
  readonly label: { readonly text: string; readonly cell: string } | null;
  readonly formula: SummedRows | null;
  readonly choice: "total" | "data" | undefined;
  /** Only a category: a section heading. */
  readonly heading: boolean;
  readonly problems: readonly Issue[];
  /** The first bad required cell, or null. */
  readonly bad: string | null;
  readonly fixes: readonly Fix[];
}

export interface ParsedBudget {
  readonly grid: SheetGrid;
  readonly header: HeaderReading;
  readonly nameYear: number | null;
  readonly unit: UnitReading | null;
  readonly overrides: SheetOverrides | undefined;
  readonly rows: readonly Row[];
  readonly hasCategoryColumn: boolean;
  /** Letters of the budget columns, oldest first; the last is the amount. */
  readonly letters: readonly string[];
}

/** Parses every row under the header; nothing is decided and no issue is raised yet. */
export function parseBudget(grid: SheetGrid, header: HeaderReading, nameYear: number | null, unit: UnitReading | null, overrides: SheetOverrides | undefined): ParsedBudget {
  const { origin, values } = grid;
  const st = sheetState(grid.name, unit?.factor ?? 1, false);
  const budgetCols = header.budgetColumns ?? header.columns.filter((c) => c.field === "amount");
  const textCols: Col[] = header.columns.filter((c) => c.field !== "amount").map((c) => ({ ...c, c: c.col - origin.col }));
  // Each budget column's cell may be blank (a revision only for the lines that changed); one that
  // is not blank must be an amount.
  const amountCols: Col[] = budgetCols.map((c) => ({ ...c, c: c.col - origin.col, required: true }));
  const cols = [...textCols, ...amountCols];
  const catIdx = textCols.findIndex((c) => c.field === "category");
  const nameIdx = textCols.findIndex((c) => c.field === "budgetLine");
  const isAmountCol: boolean[] = [];
  for (const c of amountCols) isAmountCol[c.c] = true;
  const latest = amountCols[amountCols.length - 1]!;
  const rows: Row[] = [];
  for (let r = header.index + 1; r < values.length; r++) {
    const raw = values[r]!;
    const sheetRow = origin.row + r;
    const row = sheetRow + 1;
    const choice = overrides?.rows.get(row)?.as;
    const cells: CellValue[] = cols.map((c) => raw[c.c] ?? null);
    const wordCol = choice === "data" ? -1 : totalWordAt(raw, isAmountCol);
    const filled = cells.filter((v) => !isBlank(v)).length;
    if (filled === 0 && wordCol < 0 && choice === undefined) continue;
    const label = wordCol >= 0 ? { text: String(raw[wordCol]), cell: `${columnLetters(origin.col + wordCol)}${row}` } : null;
    startRow(st);
    const parsed: FieldValue[] = cols.map((c, i) => (c.kind === "amount" && isBlank(cells[i]) ? null : parseField(st, c, cells[i]!, sheetRow)));
    const amounts = amountCols.map((_, k) => {
      const v = parsed[textCols.length + k];
      return typeof v === "number" ? v : null;
    });
    // Every budget cell blank: the amount is missing (on the latest column), unless the row is a heading.
    const heading = catIdx >= 0 && filled === (isBlank(cells[catIdx]) ? 0 : 1) && !isBlank(cells[catIdx]) && label === null;
    let bad = st.bad;
    const problems = [...st.pending];
    if (!heading && amounts.every((a) => a === null) && !problems.some((p) => amountCols.some((c) => p.cell === `${c.letter}${row}`))) {
      problems.push({ severity: "error", code: "amount-missing", sheet: grid.name, cell: `${latest.letter}${row}`, value: "", params: {} });
      bad ??= `${latest.letter}${row}`;
    }
    const fixes: Fix[] = [];
    rowFixes(st, cols, cells, parsed, sheetRow, fixes);
    const formula = formulaAt(grid, r, latest.c);
    const nameCell = nameIdx >= 0 ? cells[nameIdx] : null;
    rows.push({
      row,
      category: catIdx >= 0 ? normalizeName(cellText(cells[catIdx])) : "",
      name: nameIdx >= 0 && typeof parsed[nameIdx] === "string" ? (parsed[nameIdx] as string) : "",
      indented: typeof nameCell === "string" && /^[\s\u3000]/.test(nameCell),
      amounts,
      label,
      formula: formula && choice !== "data" ? ownColumnSum(formula, latest.col, sheetRow) : null,
      choice,
      heading,
      problems,
      bad,
      fixes,
    });
  }
  return { grid, header, nameYear, unit, overrides, rows, hasCategoryColumn: catIdx >= 0, letters: amountCols.map((c) => c.letter) };
}

/** The names of the budget's lines as written, for the ledger's test of a dateless row (no decision needed). */
export function budgetNames(b: ParsedBudget): Set<string> {
  return new Set(b.rows.filter((r) => r.name !== "" && r.label === null).map((r) => r.name));
}

export type { Row as BudgetRow };

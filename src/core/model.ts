// The typed records the core reads out of the workbook, and the figures it computes from them.
// Shared by the workbook core, the report planner, the hosts and the task pane.

import type { Won } from "./money";
import type { RowDecision, UnitReading } from "./read/decisions";

export type { Evidence, RowDecision, RowKind, UnitReading } from "./read/decisions";

/** A calendar date as "YYYY-MM-DD". Always a real date (never 2024-02-30). */
export type IsoDate = string;

export type Quarter = 1 | 2 | 3 | 4;

export type SheetRole = "budget" | "grants" | "ledger" | "programs" | "meeting";

/** Where a record came from: sheet name and 1-based sheet row, as the user sees it. */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
}

export interface BudgetLine {
  readonly ref: RowRef;
  readonly category: string;
  /** Normalised name (NFC, trimmed, single spaces). */
  readonly name: string;
  /** The budget the figures use: the latest revision with a value (본예산 when there is none). */
  readonly amount: Won;
  /** The original budget (본예산, 당초, 기정), when the sheet has revision columns. */
  readonly original?: Won;
}

export interface Grant {
  readonly ref: RowRef;
  readonly date: IsoDate;
  readonly amount: Won;
  readonly note: string;
}

export interface LedgerEntry {
  readonly ref: RowRef;
  readonly date: IsoDate;
  /** Normalised budget line name. */
  readonly budgetLine: string;
  readonly description: string;
  readonly payee: string;
  /** Negative for refunds (반납). */
  readonly amount: Won;
  readonly voucher: string;
}

export type ProgramStatus = "done" | "in-progress" | "planned" | "not-started" | "planning" | "cancelled";

export interface Program {
  readonly ref: RowRef;
  readonly category: string;
  readonly name: string;
  /** Quarters the program is planned or carried out in, ascending; empty when not given. */
  readonly quarters: readonly Quarter[];
  readonly date?: IsoDate;
  readonly status?: ProgramStatus;
  readonly note: string;
}

export interface Records {
  readonly budget: readonly BudgetLine[];
  readonly grants: readonly Grant[];
  readonly ledger: readonly LedgerEntry[];
  readonly programs: readonly Program[];
}

/** A column as the reader used it: its letter and its header as read. */
export interface RecognizedColumn {
  readonly letter: string;
  /** "집행금액 계" under a merged group header. */
  readonly header: string;
  /** A1 of its header cell. */
  readonly cell: string;
}

/**
 * What the reader recognised and decided on one sheet: for the task pane's status, the CLI's table
 * and --json. Every choice is here (issue 8, point 11): the column of each field, the budget
 * columns, the unit, and the rows taken as totals, parents, cancelled, refunds or data, each with
 * its cell.
 */
export interface RecognizedSheet {
  readonly role: SheetRole;
  readonly sheet: string;
  /** 1-based sheet row of the (first) header row. */
  readonly headerRow: number;
  /** 1-based sheet rows of the header: two for a two-row header. */
  readonly headerRows: readonly number[];
  /** Field name → column letter, for the fields that were found. */
  readonly columns: Readonly<Record<string, string>>;
  /** Field name → the column's header as read. */
  readonly headers: Readonly<Record<string, string>>;
  /** Fields whose column the user chose (the settings sheet or a --column option). */
  readonly chosen: readonly string[];
  /** A revised budget's columns, oldest first; each line uses the latest with a value. */
  readonly budgetColumns?: readonly RecognizedColumn[];
  /** A bank layout's 입금 column: the amount is 출금 minus it. */
  readonly amountMinus?: RecognizedColumn;
  /** The unit the sheet's amounts are written in, when not won. */
  readonly unit?: UnitReading;
  /** Rows taken as totals, parents, cancelled, refunds, deposits, double entries, or kept as data. */
  readonly rows: readonly RowDecision[];
  /** Data rows read (not counting blank, title and total rows). */
  readonly rowCount: number;
  /** The sum of the rows read, in won (a ledger kept over several sheets lists each). */
  readonly sum?: Won;
  /** Every column's header as read, for picking another column: letter → header. */
  readonly headerCells: readonly RecognizedColumn[];
}

export interface LineFigures {
  readonly category: string;
  readonly name: string;
  readonly budget: Won;
  /** Spent in Q1..Q4, up to the as-of date. */
  readonly byQuarter: readonly [Won, Won, Won, Won];
  readonly executed: Won;
  readonly remaining: Won;
  /** executed ÷ budget, unrounded; null when the budget is 0. */
  readonly ratio: number | null;
  /** The original budget (본예산) when the budget sheet has revisions; `budget` is the latest. */
  readonly originalBudget?: Won;
}

export interface CategoryFigures {
  readonly category: string;
  readonly budget: Won;
  /** The original budget (본예산) when the budget sheet has revisions. */
  readonly originalBudget?: Won;
  readonly byQuarter: readonly [Won, Won, Won, Won];
  readonly executed: Won;
  readonly remaining: Won;
  readonly ratio: number | null;
}

export interface Figures {
  readonly year: number;
  /** The report quarter; the period is Q1 to this quarter, cumulative ("1~2분기"). */
  readonly quarter: Quarter;
  /** Inclusive bound on what counts (기준일). */
  readonly asOf: IsoDate;
  readonly totalBudget: Won;
  /** The sum of the original budgets (본예산) when the budget sheet has revisions; totalBudget is the revised. */
  readonly originalBudget?: Won;
  readonly grantsToDate: Won;
  readonly executedToDate: Won;
  /** executedToDate ÷ totalBudget, unrounded; null when the divisor is 0. */
  readonly ratioToBudget: number | null;
  /** executedToDate ÷ grantsToDate, unrounded; null when the divisor is 0. */
  readonly ratioToGrants: number | null;
  readonly byQuarter: readonly [Won, Won, Won, Won];
  readonly lines: readonly LineFigures[];
  readonly categories: readonly CategoryFigures[];
  /** As shown in a report: "35%", or "-" for a zero divisor. */
  readonly display: { readonly ratioToBudget: string; readonly ratioToGrants: string };
}

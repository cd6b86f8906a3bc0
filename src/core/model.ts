// The typed records the core reads out of the workbook, and the figures it computes from them.
// Shared by the workbook core, the report planner, the hosts and the task pane.

import type { Won } from "./money";

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
  readonly amount: Won;
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

/** What the reader recognised, in short: for the task pane's status, the CLI summary and --json. */
export interface RecognizedSheet {
  readonly role: SheetRole;
  readonly sheet: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** Field name → column letter, for the fields that were found. */
  readonly columns: Readonly<Record<string, string>>;
  /** Data rows read (not counting blank, title and total rows). */
  readonly rowCount: number;
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
}

export interface CategoryFigures {
  readonly category: string;
  readonly budget: Won;
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

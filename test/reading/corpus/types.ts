// The shape of one corpus case: a workbook as a center keeps it, the builder's own data rows
// (the truth), the figures computed from that truth, the reading decisions the add-in is expected
// to make and the notes it is expected to show. Nothing here calls the core: the core's grid types
// are imported only as types.

import type { CellValue, SheetGrid, WorkbookGrid } from "../../../src/core/grid";

// ---------------------------------------------------------------------------------------------
// The workbook. These are the grid additions issue 8 needs (proposed for src/core/grid.ts); they
// extend today's types structurally, so today's core reads a corpus workbook as a plain grid.

export interface CorpusSheet extends SheetGrid {
  /**
   * Formula text per cell, parallel to `values` (same origin; rows may be shorter or missing;
   * null where the cell holds no formula). With the leading "=", as Office.js `range.formulas`
   * gives it; `values` keeps the cached result. Evidence for a total row: "=SUM(C4:C9)".
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Merged ranges in sheet A1 ("C3:D3"); the grid holds the value in the top-left cell only. */
  readonly merges?: readonly string[];
}

export interface CorpusWorkbook extends WorkbookGrid {
  readonly sheets: readonly CorpusSheet[];
  /**
   * True for a workbook in the 1904 date system. DateCell serials stay 1900-system (hosts
   * convert, as ExcelJS already does); bare numbers in a date column are the workbook's own
   * serials, so the core must add 1,462 days to read them.
   */
  readonly date1904?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The truth: what the builder put in the workbook, as plain records. Amounts in integer won.

export type IsoDate = string;

export interface TruthLine {
  /** The category the line belongs to (구분, or the 비목 of a 세목). */
  readonly category: string;
  readonly name: string;
  /** The budget the ratios use: the latest revision with a value for this line. */
  readonly budget: number;
  /** The original budget (본예산, 당초, 기정) when the workbook has revisions. */
  readonly original?: number;
}

export interface TruthGrant {
  readonly date: IsoDate;
  readonly amount: number;
}

/** A payment as it counts: refunds negative; rejected and cancelled rows are not here at all. */
export interface TruthPayment {
  readonly date: IsoDate;
  readonly line: string;
  readonly amount: number;
}

export interface Truth {
  readonly lines: readonly TruthLine[];
  readonly grants: readonly TruthGrant[];
  readonly payments: readonly TruthPayment[];
}

// ---------------------------------------------------------------------------------------------
// Expected figures, computed from the truth by expected.ts.

/** An exact ratio, reduced; den > 0. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

export type Quarters = readonly [number, number, number, number];

export interface ExpectedLine {
  readonly category: string;
  readonly name: string;
  readonly budget: number;
  readonly executed: number;
  readonly byQuarter: Quarters;
}

export interface ExpectedCategory {
  readonly category: string;
  readonly budget: number;
  readonly executed: number;
}

export interface ExpectedFigures {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly asOf: IsoDate;
  readonly totalBudget: number;
  /** Sum of the original budgets, when the workbook has revisions (for 본예산 | 변경예산 | 증감). */
  readonly originalBudget?: number;
  readonly grantsToDate: number;
  readonly executedToDate: number;
  readonly ratioToBudget: Fraction | null;
  readonly ratioToGrants: Fraction | null;
  /** Whole percent, half-up; "-" for a zero divisor. */
  readonly display: { readonly ratioToBudget: string; readonly ratioToGrants: string };
  readonly byQuarter: Quarters;
  readonly lines: readonly ExpectedLine[];
  readonly categories: readonly ExpectedCategory[];
}

// ---------------------------------------------------------------------------------------------
// Expected reading decisions: per sheet, the columns used, the budget columns, the unit, and the
// rows taken as totals, parents, cancelled or refunds, each with its cell. oracle.ts reads every
// corpus workbook by these decisions alone and must arrive at the expected figures, which proves
// the decisions are complete.

export type Role = "budget" | "grants" | "ledger";

/** Field names: today's (category … note) and the ones issue 8 adds (status, kind). */
export type Field =
  | "category"
  | "budgetLine"
  | "amount"
  | "date"
  | "description"
  | "payee"
  | "voucher"
  | "note"
  | "status"
  | "kind";

export type RowKind =
  /** A total of all rows above or of the sheet: left out of every sum. */
  | "total"
  /** A total of a run of rows (월계, 1월 소계, an unlabelled month sum): left out. */
  | "subtotal"
  /** A 비목 row carrying the sum of the 세목 it heads: left out; names the category below it. */
  | "parent"
  /** Status says the payment did not happen (반려, 취소, 삭제): left out, with one note. */
  | "cancelled"
  /** A return (반납, 환급, 환수, 여입, 입금): counts negative, with a note. */
  | "refund"
  /** Counted, but the sign cannot be told: a warning on the cell. */
  | "sign-unclear"
  /** Counted; the same payment is in another ledger sheet: a warning. */
  | "double-entry"
  /** Counted, though its words look like a total (적요 ending in 합계/계/총계). */
  | "data";

export interface RowDecision {
  readonly kind: RowKind;
  /** The deciding cell: the amount cell for totals and refunds, the status cell for cancelled rows. */
  readonly cell: string;
}

export interface SheetReading {
  readonly sheet: string;
  readonly role: Role;
  /** 1-based sheet rows of the header: two for a two-row (merged) header. */
  readonly headerRows: readonly number[];
  /** Field → column letter used. For a revised budget, `amount` is the latest revision column. */
  readonly columns: Readonly<Partial<Record<Field, string>>>;
  /** Budget columns oldest first (본예산, 1회 추경, …): each line uses the last with a value. */
  readonly budgetColumns?: readonly string[];
  /** A bank layout: amount = columns.amount (출금) − this column (입금). */
  readonly amountMinus?: string;
  /** Amounts in this sheet are in units of `factor` won; `cell` is where the unit is written. */
  readonly unit?: { readonly factor: number; readonly cell: string };
  readonly rows: readonly RowDecision[];
}

// ---------------------------------------------------------------------------------------------
// Expected notes and warnings, by meaning and place. Codes are proposals (issue 8 creates them);
// a test matches today's issues by severity and place only.

export type ProposedCode =
  | "total-row-skipped"
  | "parent-row-skipped"
  | "total-mismatch"
  | "budget-revision-used"
  | "amount-column-chosen"
  | "amount-bank-net"
  | "payment-status-excluded"
  | "payment-status-unknown"
  | "refund-counted"
  | "refund-sign-unclear"
  | "ledger-sheets-combined"
  | "possible-double-entry"
  | "unit-scaled"
  | "date-system-1904";

/**
 * How precisely an issue must point at the place: the exact cell, any cell of the row or of the
 * column, the sheet, or (workbook) an issue with the proposed code itself.
 */
export type Scope = "cell" | "row" | "column" | "sheet" | "workbook";

export interface ExpectedNote {
  readonly code: ProposedCode;
  readonly severity: "error" | "warning" | "info";
  readonly scope: Scope;
  readonly sheet?: string;
  readonly cell?: string;
  /** Figures or names the message must carry (e.g. found and computed totals). */
  readonly params?: Readonly<Record<string, string | number>>;
}

// ---------------------------------------------------------------------------------------------

/** Rule numbers of issue 8's "What to build" (1–10); "control" for shapes that read right today. */
export type Rule = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | "control";

export interface CorpusCase {
  /** Stable kebab-case id: test names and today.ts refer to it. */
  readonly id: string;
  readonly rule: Rule;
  /** What is special about this workbook, in a line. */
  readonly title: string;
  readonly workbook: CorpusWorkbook;
  readonly asOf: IsoDate;
  readonly truth: Truth;
  readonly expected: ExpectedFigures;
  readonly readings: readonly SheetReading[];
  /** Every note, including one per total/parent/refund/sign-unclear/double-entry row. */
  readonly notes: readonly ExpectedNote[];
  /** The sheets this case varies (the others are the standard layouts): where its cause lies. */
  readonly focus: readonly string[];
}

export type { CellValue };

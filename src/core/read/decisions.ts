// What the reader decided about a sheet, beyond "this row is a record": which rows it took as
// totals, parents, cancelled payments, refunds or deposits, each with the cell that decided it and
// the evidence, and the unit the sheet's amounts are written in. The task pane, the CLI's table
// and `--json` show these (issue 8, point 11); the user can change the column and total choices.

/**
 * How the reader took a row that was not a plain record:
 * - total: a total of the sheet (합계, 총 예산, or a sum of every row above), left out of every sum;
 * - subtotal: a total of a run of rows (소계, 월계, 누계, a month's sum), left out;
 * - parent: a 비목 row carrying the sum of the 세목 below it, left out; its name is their category;
 * - cancelled: a payment whose status says it did not happen (반려, 취소), left out;
 * - refund: money back (반납, 환급, an 입금 of a bank layout), counted as a negative;
 * - sign-unclear: counted as written, but its words say refund and its type says spending;
 * - double-entry: counted, and the same payment is in another ledger sheet;
 * - deposit: money paid into the account that is not spending (a grant, interest), left out;
 * - data: counted, though its words look like a total (a 적요 ending in 합계), or the user said so.
 */
export type RowKind = "total" | "subtotal" | "parent" | "cancelled" | "refund" | "sign-unclear" | "double-entry" | "deposit" | "data";

/**
 * Why: the words of the row (label), its amount equal to the sum of other rows (sum), a formula
 * summing its column (formula), a status or type cell (status, type), the 적요 (memo), a negative
 * amount (sign), the deposit column of a bank layout (bank), a twin in another sheet (twin), or
 * the user's choice (user).
 */
export type Evidence = "label" | "sum" | "formula" | "status" | "type" | "memo" | "sign" | "bank" | "twin" | "user";

/** What can make a row a total: its words, arithmetic, a formula, or the user. */
export type TotalEvidence = Extract<Evidence, "label" | "sum" | "formula" | "user">;

export interface RowDecision {
  readonly kind: RowKind;
  /** 1-based sheet row. */
  readonly row: number;
  /**
   * The deciding cell (A1): the amount cell for totals, parents and refunds (the deposit cell in a
   * bank layout), the status cell for cancelled rows, the label cell for rows kept as data.
   */
  readonly cell: string;
  readonly evidence: Evidence;
  /** For sums and formulas: the cells the amount equals the sum of ("C4:C9"). */
  readonly range?: string;
  /** The row's words when they matter (the total label, the status, the 적요). */
  readonly label?: string;
}

/** The unit a sheet's amounts are written in, and where it says so. */
export interface UnitReading {
  /** Won per unit: 1000 for 천원. */
  readonly factor: number;
  /** The unit as written: "천원", "백만원". */
  readonly text: string;
  /** The cell that says it (a title row or the amount header). */
  readonly cell: string;
}

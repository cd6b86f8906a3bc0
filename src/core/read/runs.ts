// Totals by arithmetic, in near-linear time. The data rows of a sheet (its records, in order) and a
// running total answer "is this amount the sum of every row above, or of the rows since the last
// total?" in O(1); prefix sums, built from the records only when a row asks about any other run
// and extended from there, answer that in O(1) too through a map of prefix sums. No quadratic
// search, and a sheet whose totals are all labelled never builds the prefix sums at all.

/** A run of data rows: 0-based positions in the sequence of data rows, `from` inclusive, `to` exclusive. */
export interface Run {
  readonly from: number;
  readonly to: number;
}

/** A data row as the sums see it: its signed amount and its 1-based sheet row. */
export interface DataRow {
  readonly amount: number;
  readonly ref: { readonly row: number };
}

export class RunningSums {
  private total = 0;
  /** Data rows (and their total) before the last total or subtotal: where the current run starts. */
  private runStart = 0;
  private runStartTotal = 0;
  /** prefix[k]: the sum of the first k data rows, built on demand. */
  private prefix: number[] | null = null;
  /** Prefix sum → the latest position with it, built on demand with the prefix sums. */
  private index: Map<number, number> | null = null;

  /** `rows` is the sheet's records array, which grows as the sheet is read; add() follows each push. */
  constructor(private readonly rows: readonly DataRow[]) {}

  /** Data rows so far. */
  get count(): number {
    return this.rows.length;
  }

  /** The data row just pushed to the records counts in the sums. */
  add(amount: number): void {
    this.total += amount;
  }

  /** A total was found here: the next run starts after it. */
  closeRun(): void {
    this.runStart = this.rows.length;
    this.runStartTotal = this.total;
  }

  /** The prefix sums up to every row so far (and their map, when asked). */
  private prefixes(withIndex: boolean): number[] {
    const p = (this.prefix ??= [0]);
    for (let k = p.length; k <= this.rows.length; k++) {
      p.push(p[k - 1]! + this.rows[k - 1]!.amount);
      this.index?.set(p[k]!, k);
    }
    if (withIndex && !this.index) {
      this.index = new Map();
      for (let k = 0; k < p.length; k++) this.index.set(p[k]!, k);
    }
    return p;
  }

  sum(run: Run): number {
    if (run.to === this.rows.length) {
      if (run.from === 0) return this.total;
      if (run.from === this.runStart) return this.total - this.runStartTotal;
    }
    const p = this.prefixes(false);
    return p[run.to]! - p[run.from]!;
  }

  /** The run of every data row so far. */
  all(): Run {
    return { from: 0, to: this.rows.length };
  }

  /** The run since the last total. */
  current(): Run {
    return { from: this.runStart, to: this.rows.length };
  }

  /**
   * A run of at least `minRows` data rows ending at the last one whose sum is `amount`: every row
   * above first, then the run since the last total, then the shortest other run. Null for none.
   */
  runEndingHere(amount: number, minRows: number): Run | null {
    const to = this.rows.length;
    if (to < minRows) return null;
    for (const from of [0, this.runStart]) if (to - from >= minRows && this.sum({ from, to }) === amount) return { from, to };
    const p = this.prefixes(true);
    const from = this.index!.get(p[to]! - amount);
    // The latest position with that prefix sum gives the shortest run; one that starts at `to`
    // (amount 0) is no run.
    return from !== undefined && from < to && to - from >= minRows ? { from, to } : null;
  }

  /** The data rows within sheet rows [first, last] (1-based, inclusive), as a run; null when none. */
  runWithin(first: number, last: number): Run | null {
    const from = this.lowerBound(first);
    const to = this.lowerBound(last + 1);
    return to > from ? { from, to } : null;
  }

  /** 1-based sheet rows of a run's first and last data rows. */
  sheetRows(run: Run): { first: number; last: number } {
    return { first: this.rows[run.from]!.ref.row, last: this.rows[run.to - 1]!.ref.row };
  }

  /** First position whose sheet row is ≥ row (the rows ascend). */
  private lowerBound(row: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rows[mid]!.ref.row < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Totals by arithmetic, in near-linear time: the running sum of a sheet's data rows, kept as
// prefix sums as the rows are read, answers "is this amount the sum of a run of rows right above
// it?" in O(1) for the two runs a total usually covers (every row above; the rows since the last
// total) and, through a map of prefix sums built only when a row asks, for any run. No quadratic
// search, whatever the number of rows.

/** A run of data rows: 0-based positions in the sequence of data rows, `from` inclusive, `to` exclusive. */
export interface Run {
  readonly from: number;
  readonly to: number;
}

export class RunningSums {
  /** prefix[k]: the sum of the first k data rows. */
  private readonly prefix: number[] = [0];
  /** 1-based sheet row of each data row, ascending. */
  private readonly rows: number[] = [];
  /** Data rows before the last total or subtotal: where the current run starts. */
  private runStart = 0;
  /** Prefix sum → the latest position with it; built when first needed, then kept up to date. */
  private index: Map<number, number> | null = null;

  /** Data rows so far. */
  get count(): number {
    return this.rows.length;
  }

  add(amount: number, sheetRow: number): void {
    const k = this.prefix.length;
    const p = this.prefix[k - 1]! + amount;
    this.prefix.push(p);
    this.rows.push(sheetRow);
    this.index?.set(p, k);
  }

  /** A total was found here: the next run starts after it. */
  closeRun(): void {
    this.runStart = this.rows.length;
  }

  sum(run: Run): number {
    return this.prefix[run.to]! - this.prefix[run.from]!;
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
    if (this.index === null) {
      this.index = new Map();
      for (let k = 0; k < this.prefix.length; k++) this.index.set(this.prefix[k]!, k);
    }
    const from = this.index.get(this.prefix[to]! - amount);
    // The latest position with that prefix sum gives the shortest run; one that starts at `to`
    // (amount 0) is no run.
    return from !== undefined && from < to && to - from >= minRows ? { from, to } : null;
  }

  /** The data rows within sheet rows [first, last] (1-based, inclusive), as a run; null when none. */
  runWithin(first: number, last: number): Run | null {
    const from = lowerBound(this.rows, first);
    const to = lowerBound(this.rows, last + 1);
    return to > from ? { from, to } : null;
  }

  /** 1-based sheet rows of a run's first and last data rows. */
  sheetRows(run: Run): { first: number; last: number } {
    return { first: this.rows[run.from]!, last: this.rows[run.to - 1]! };
  }
}

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

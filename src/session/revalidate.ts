// Re-validation of pasted data. Excel reports a paste as one RangeEdited change; typing down a
// column or a macro gives bursts. Changes are coalesced for `delayMs` after the last one, then the
// whole workbook is read again in one read (2 syncs for a normal workbook) and analysed once, for
// the period the pane shows (the session's `read`): read → analyse → render, once per burst.
//
// Why the whole workbook and not just the changed rows: the checks that matter for a paste are
// cross-sheet and cross-row (duplicate vouchers against the rest of the ledger, budget lines
// against the budget sheet, totals), so the core needs every sheet anyway; one read of a few
// thousand cells is well under the 5 MB limit and takes tens of milliseconds, and the host chunks
// it when it is not. Reusing the last grid and splicing in the changed rows would save little and
// would go wrong when rows are inserted or sheets renamed in between.
//
// Runs never overlap: a change during a run schedules one more run after it. The add-in never
// writes cells here; it only reports.


export const REVALIDATE_DELAY_MS = 300;

export interface Change {
  readonly sheet: string;
  /** A1 range without the sheet name, e.g. "A12:F40". */
  readonly address: string;
}

export interface Revalidator {
  /** Records a change; validation runs `delayMs` after the last change of a burst. */
  notify(sheet: string, address: string): void;
  /** Runs now if a run is pending; resolves when the current run (if any) has finished. */
  flush(): Promise<void>;
  dispose(): void;
}

export interface RevalidatorOptions<T> {
  /** One read of the workbook and its analysis (the session's, for its current choice). */
  readonly read: () => Promise<T>;
  readonly onResult: (result: T, changes: readonly Change[]) => void;
  readonly delayMs?: number;
  readonly timers?: { set: (f: () => void, ms: number) => unknown; clear: (h: unknown) => void };
}

export function createRevalidator<T>(o: RevalidatorOptions<T>): Revalidator {
  const delay = o.delayMs ?? REVALIDATE_DELAY_MS;
  const timers = o.timers ?? { set: (f: () => void, ms: number) => setTimeout(f, ms), clear: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  let pending: Change[] = [];
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let disposed = false;

  const run = async (): Promise<void> => {
    timer = null;
    if (running) {
      // A change during a run: run again once it is done, with everything gathered since.
      await running;
      if (!timer && pending.length) return run();
      return;
    }
    const changes = pending;
    pending = [];
    if (!changes.length || disposed) return;
    running = (async () => {
      const result = await o.read();
      if (!disposed) o.onResult(result, changes);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };

  return {
    notify(sheet, address) {
      if (disposed) return;
      pending.push({ sheet, address });
      if (timer) timers.clear(timer);
      timer = timers.set(() => void run(), delay);
    },
    async flush() {
      if (timer) {
        timers.clear(timer);
        timer = null;
        await run();
      } else if (running) await running;
    },
    dispose() {
      disposed = true;
      if (timer) timers.clear(timer);
      timer = null;
      pending = [];
    },
  };
}

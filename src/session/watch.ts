// Watching the workbook while the user edits it (Excel): a burst of changes gives one read and one
// analysis (revalidate.ts), handed to the session as a Loaded. Every sheet read is watched,
// including sheets that appear later (the template's, or one the user adds and pastes into):
// after every read the session tells the watcher the sheet names, and it registers handlers on
// those it had not seen.

import type { HostError, WorkbookPort } from "../core/port";
import type { Result } from "../core/result";
import { createRevalidator } from "./revalidate";
import type { Loaded } from "./state";

export interface PortWatcher {
  readonly port: WorkbookPort;
  /** The sheets of a read: handlers go on those not watched yet. */
  sheetsRead(names: readonly string[]): void;
  stop(): void;
}

export function watchPort(
  port: WorkbookPort,
  watchSheets: NonNullable<WorkbookPort["watchSheetChanges"]>,
  read: () => Promise<Result<Loaded, HostError>>,
  onLoaded: (loaded: Loaded) => void,
): PortWatcher {
  let stopped = false;
  const watched = new Set<string>();
  const removers: (() => Promise<void>)[] = [];
  const revalidator = createRevalidator({
    read,
    onResult: (result) => {
      if (stopped || !result.ok) return;
      sheetsRead(result.value.analysis.sheetNames);
      onLoaded(result.value);
    },
  });
  const sheetsRead = (names: readonly string[]): void => {
    const fresh = names.filter((n) => !watched.has(n));
    if (stopped || fresh.length === 0) return;
    for (const n of fresh) watched.add(n);
    void watchSheets(fresh, (sheet, address) => revalidator.notify(sheet, address)).then((r) => {
      if (!r.ok) {
        for (const n of fresh) watched.delete(n); // tried again on the next read
        return;
      }
      if (stopped) void r.value();
      else removers.push(r.value);
    });
  };
  return {
    port,
    sheetsRead,
    stop() {
      stopped = true;
      revalidator.dispose();
      for (const remove of removers) void remove();
    },
  };
}

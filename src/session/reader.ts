// The session's reader: where its reads are analysed. This one works in the thread it runs in:
// one read of the port, parsed at the host edge and analysed once (read.ts), the grid kept for
// the next choice. Inside Excel and in the CLI that is the shell's own thread; standalone mode
// runs this same reader in its Web Worker beside the workbook, and only the analysis' summary
// crosses to the page (src/taskpane/standalone/worker-client.ts).

import type { AnalysisChoice } from "../core/choice";
import type { WorkbookGrid } from "../core/grid";
import type { HostError, WorkbookPort } from "../core/port";
import { err, ok, type Result } from "../core/result";
import type { WorkbookReader } from "./contract";
import { analyseGrid, readGrid } from "./read";
import type { Loaded } from "./state";

export interface ReaderOptions {
  /**
   * Standalone: keep the workbook as the user has it as a file (the first read, then the read
   * before each download) and say with every read whether the copy differs from it.
   */
  readonly trackFile?: boolean;
}

export function createReader(port: WorkbookPort, options: ReaderOptions = {}): WorkbookReader {
  /** The last read: what a new choice is analysed over. */
  let last: WorkbookGrid | null = null;
  /** Standalone: the workbook as the user has it as a file. */
  let file: WorkbookGrid | null = null;
  const analysed = (grid: WorkbookGrid, choice: AnalysisChoice): Loaded => analyseGrid(grid, choice, file);
  return {
    async read(choice): Promise<Result<Loaded, HostError>> {
      const grid = await readGrid(port);
      if (!grid.ok) return grid;
      last = grid.value;
      if (options.trackFile === true) file ??= last;
      return ok(analysed(last, choice));
    },
    reanalyse(choice) {
      return Promise.resolve(last ? ok(analysed(last, choice)) : err({ code: "unknown", detail: "nothing has been read to analyse again" }));
    },
    saved() {
      if (options.trackFile === true && last) file = last;
      return Promise.resolve();
    },
  };
}

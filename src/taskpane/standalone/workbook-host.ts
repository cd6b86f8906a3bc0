// Where standalone mode's workbook lives. In the browser it is a Web Worker (worker-client.ts),
// so reading and analysing a large file never freezes the page; in tests it is this thread
// (LocalWorkbookHost).

import type { WorkbookGrid } from "../../core/grid";
import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import type { Result } from "../../core/result";
import type { WorkbookReader } from "../../session/contract";

export interface WorkbookHost {
  /** Every sheet's used range. */
  read(): Promise<Result<WorkbookGrid, HostError>>;
  /** Confirmed fixes and their undo, all or nothing; returns the edits that restore the cells. */
  applyEdits(edits: readonly CellEdit[]): Promise<Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError>>;
  /** New sheets (the template's) into the working workbook. */
  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>>;
  /** The plan written into a copy (the working workbook unchanged): the copy's .xlsx bytes. */
  writeCopy(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[]; readonly bytes: Uint8Array }, HostError>>;
  /** The working workbook's .xlsx bytes (the user's parts as they were, plus fixes and sheets). */
  save(): Promise<Uint8Array>;
  /**
   * Where the workbook's reads are analysed when the grid is held out of this thread (the
   * worker): the session's reader, run there. Absent: the session reads `read()` and analyses here.
   */
  readonly reader?: WorkbookReader;
}

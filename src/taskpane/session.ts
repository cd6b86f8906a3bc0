// What the task pane needs from where it runs. Inside Excel this is the Office.js port; in a plain
// browser it is an ExcelJS copy of the file the user opened. The React components only see this.

import type { WorkbookGrid } from "../core/grid";
import type { AnalyzeOptions } from "../core/model";
import type { CellEdit, HostError } from "../core/port";
import type { WorkbookPlan } from "../core/plan/sheet-plan";
import type { Result } from "../core/result";
import type { ReportOptions, ReportOutcome } from "../core/report";

export type Mode = "excel" | "standalone";

export interface ReportDone {
  readonly outcome: ReportOutcome;
  /** Sheets written into the workbook (Excel) or into the downloaded copy (standalone). */
  readonly written: readonly string[];
  /** Standalone: the file name the report was downloaded as. */
  readonly downloadName?: string;
  /** Standalone: downloads the same report file again. */
  readonly downloadAgain?: () => void;
}

export interface TaskpaneSession {
  readonly mode: Mode;
  /** Reads every sheet once; the pane computes everything else from this grid. */
  read(): Promise<Result<WorkbookGrid, HostError>>;
  /** Confirmed fixes and their undo only. All or nothing. */
  applyEdits(edits: readonly CellEdit[]): Promise<Result<{ readonly count: number; readonly previous?: readonly CellEdit[] }, HostError>>;
  /** Writes new sheets (the template's missing sheets). Never replaces an existing sheet. */
  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>>;
  /** Plans and delivers the report: written into the workbook, or downloaded as a new file. */
  report(options: ReportOptions): Promise<Result<ReportDone, HostError>>;
  /** Selects a cell in Excel; false where there is no spreadsheet UI to select in (standalone). */
  selectCell(sheet: string, cell: string): Promise<boolean>;
  /**
   * After the user changes data (a paste, typing), calls back with the workbook read again; bursts
   * of changes are coalesced into one read. Returns the unsubscribe.
   */
  watchChanges?(onGrid: (grid: WorkbookGrid) => void): () => void;
  /** Standalone only: downloads the working copy (after fixes or template sheets). */
  downloadCopy?(): Promise<Result<string, HostError>>;
}

/** Options that the pane passes to analysis and report; undefined fields use the core's defaults. */
export type PeriodOptions = Pick<AnalyzeOptions, "year" | "quarter" | "asOf">;

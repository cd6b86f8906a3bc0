// Messages between the page and the xlsx worker. Every request carries an id; the answer carries
// the same id and the result (never an exception: a failure inside the worker is a HostError).
// The worker holds the workbook and its grid, and analyses it there (the session's reader):
// what crosses to the page is the analysis' summary, never the rows read.

import type { AnalysisChoice } from "../../core/choice";
import type { WorkbookGrid } from "../../core/grid";
import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import type { Result } from "../../core/result";
import type { Loaded } from "../../session/state";

export type WorkerRequest =
  | { readonly op: "open"; readonly bytes: ArrayBuffer }
  | { readonly op: "sample" }
  /** The grid itself (a host port's read): only for what must plan from every cell in the page. */
  | { readonly op: "read" }
  /** One read of the workbook, analysed once for the choice (the session's reader.read). */
  | { readonly op: "readAnalysed"; readonly choice: AnalysisChoice }
  /** The workbook as last read, analysed again for another choice (reader.reanalyse). */
  | { readonly op: "reanalyse"; readonly choice: AnalysisChoice }
  /** The user downloaded the copy as last read (reader.saved). */
  | { readonly op: "saved" }
  | { readonly op: "applyEdits"; readonly edits: readonly CellEdit[] }
  | { readonly op: "write"; readonly plan: WorkbookPlan }
  | { readonly op: "writeCopy"; readonly plan: WorkbookPlan }
  | { readonly op: "save" };

/** A read and its analysis as the page gets it: the summary, no grid (it stays in the worker). */
export type LoadedInPage = Loaded & { readonly grid: null };

export interface WorkerAnswers {
  open: Result<true, HostError>;
  sample: Result<true, HostError>;
  read: Result<WorkbookGrid, HostError>;
  readAnalysed: Result<LoadedInPage, HostError>;
  reanalyse: Result<LoadedInPage, HostError>;
  saved: Result<true, HostError>;
  applyEdits: Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError>;
  write: Result<{ readonly written: readonly string[] }, HostError>;
  writeCopy: Result<{ readonly written: readonly string[]; readonly bytes: Uint8Array }, HostError>;
  save: Result<Uint8Array, HostError>;
}

export interface WorkerMessage {
  readonly id: number;
  readonly request: WorkerRequest;
}

export interface WorkerReply {
  readonly id: number;
  readonly result: WorkerAnswers[keyof WorkerAnswers];
}

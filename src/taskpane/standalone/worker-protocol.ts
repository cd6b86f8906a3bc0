// Messages between the page and the xlsx worker. Every request carries an id; the answer carries
// the same id and the result (never an exception: a failure inside the worker is a HostError).

import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import type { Result } from "../../core/result";

export type WorkerRequest =
  | { readonly op: "open"; readonly bytes: ArrayBuffer }
  | { readonly op: "sample" }
  | { readonly op: "read" }
  | { readonly op: "applyEdits"; readonly edits: readonly CellEdit[] }
  | { readonly op: "write"; readonly plan: WorkbookPlan }
  | { readonly op: "writeCopy"; readonly plan: WorkbookPlan }
  | { readonly op: "save" };

/** A grid as UTF-8 JSON (see xlsx-worker.ts); decoded with decodeGrid. */
export type EncodedGrid = Uint8Array;

export interface WorkerAnswers {
  open: Result<EncodedGrid, HostError>;
  sample: Result<EncodedGrid, HostError>;
  read: Result<EncodedGrid, HostError>;
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

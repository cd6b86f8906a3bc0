// The file host: .xlsx files in Node (CLI, tests, bench) and in the browser (standalone mode, in a
// worker). No file IO here: callers pass bytes in and get bytes out.

import type { WorkbookGrid } from "../../core/grid";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import type { CellEdit, HostError, WorkbookPort } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import type { XlsxWorkbook } from "./workbook";
import { readWorkbook } from "./xlsx-read";
import { writePlan } from "./xlsx-write";

export { readWorkbookGrid, serialToDate, newWorkbook, unreadableKind, type UnreadableKind } from "./xlsx-read";
export { writePlan } from "./xlsx-write";
export { buildWorkbookFromGrid } from "./xlsx-build";
export type { XlsxWorkbook } from "./workbook";
export { inflateAhead } from "./zip";

/**
 * Loads .xlsx bytes. An unreadable file (not a zip, not a workbook, damaged) is an expected
 * failure whose HostError says why in `unreadable` (its detail starts with the kind too: "ole: …").
 */
export function tryLoadXlsx(data: ArrayBuffer | Uint8Array, inflated?: ReadonlyMap<string, Uint8Array>): Promise<Result<XlsxWorkbook, HostError>> {
  const r = readWorkbook(data, inflated);
  return Promise.resolve(r.ok ? ok(r.value) : err({ code: "unreadable", unreadable: r.error.kind, detail: `${r.error.kind}: ${r.error.detail}` }));
}

/** The workbook as .xlsx bytes: the input's parts as they were, plus what was added or edited. */
export function saveXlsx(wb: XlsxWorkbook): Promise<Uint8Array> {
  return Promise.resolve(wb.save());
}

export class XlsxPort implements WorkbookPort {
  constructor(readonly workbook: XlsxWorkbook) {}

  read(): Promise<Result<WorkbookGrid, HostError>> {
    return Promise.resolve(ok(this.workbook.grid));
  }

  write(plan: WorkbookPlan): Promise<Result<{ readonly written: readonly string[] }, HostError>> {
    return Promise.resolve(writePlan(this.workbook, plan));
  }

  /**
   * All or nothing: every sheet and address is checked before the first cell changes. Returns the
   * edits that restore what was there (value and number format), for undo.
   */
  applyEdits(edits: readonly CellEdit[]): Promise<Result<{ readonly count: number; readonly previous: readonly CellEdit[] }, HostError>> {
    return Promise.resolve(this.workbook.applyEdits(edits));
  }
}

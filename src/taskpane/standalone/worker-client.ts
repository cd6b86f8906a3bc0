// The page's side of the xlsx worker: a WorkbookHost whose every call is a message, and whose
// reader analyses in the worker, where the grid is (only the analysis' summary crosses). The
// worker is a separate file of the build (same origin, no inline script or eval, as the page's
// CSP demands); one is started ahead, while the user picks a file, so its code is loaded by then.

import type { AnalysisChoice } from "../../core/choice";
import type { WorkbookGrid } from "../../core/grid";
import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { err, ok, type Result } from "../../core/result";
import type { WorkbookReader } from "../../session/contract";
import type { Loaded } from "../../session/state";
import type { WorkbookHost } from "./workbook-host";
import type { LoadedInPage, WorkerAnswers, WorkerReply, WorkerRequest } from "./worker-protocol";

/**
 * The whole grid from the worker: the host port's read, which the session never needs in this
 * mode (its reads are analysed in the worker). A performance mark says each time a grid crossed:
 * the browser specs check that opening, the period, fixes and the report never need one.
 */
async function gridFrom(pending: Promise<Result<WorkbookGrid, HostError>>): Promise<Result<WorkbookGrid, HostError>> {
  const r = await pending;
  if (r.ok) performance.mark("xlsx:grid");
  return r;
}

/** An analysed read from the worker; a performance mark says when it arrived (the browser specs read it). */
async function arrived(pending: Promise<Result<LoadedInPage, HostError>>): Promise<Result<Loaded, HostError>> {
  const r = await pending;
  performance.mark("xlsx:analysis");
  return r;
}

class WorkerClient {
  private next = 1;
  private readonly waiting = new Map<number, (r: WorkerReply["result"]) => void>();
  constructor(private readonly worker: Worker) {
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      this.waiting.get(e.data.id)?.(e.data.result);
      this.waiting.delete(e.data.id);
    };
    worker.onerror = (e) => {
      // A worker that failed to start or crashed: every pending call gets the reason.
      for (const resolve of this.waiting.values()) resolve(err({ code: "unknown", detail: e.message || "the xlsx worker stopped" }));
      this.waiting.clear();
    };
  }
  call<K extends WorkerRequest["op"]>(request: Extract<WorkerRequest, { op: K }>, transfer: Transferable[] = []): Promise<WorkerAnswers[K]> {
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve as (r: WorkerReply["result"]) => void);
      this.worker.postMessage({ id, request }, transfer);
    });
  }
  terminate(): void {
    this.worker.terminate();
  }
}

class WorkerWorkbookHost implements WorkbookHost {
  readonly reader: WorkbookReader;
  constructor(private readonly client: WorkerClient) {
    this.reader = {
      read: (choice: AnalysisChoice) => arrived(client.call({ op: "readAnalysed", choice })),
      reanalyse: (choice: AnalysisChoice) => arrived(client.call({ op: "reanalyse", choice })),
      saved: async () => void (await client.call({ op: "saved" })),
    };
  }
  read(): Promise<Result<WorkbookGrid, HostError>> {
    return gridFrom(this.client.call({ op: "read" }));
  }
  applyEdits(edits: readonly CellEdit[]) {
    return this.client.call({ op: "applyEdits", edits });
  }
  write(plan: WorkbookPlan) {
    return this.client.call({ op: "write", plan });
  }
  writeCopy(plan: WorkbookPlan) {
    return this.client.call({ op: "writeCopy", plan });
  }
  async save(): Promise<Uint8Array> {
    const r = await this.client.call({ op: "save" });
    if (!r.ok) throw new Error(r.error.detail);
    return r.value;
  }
}

const newWorker = () => new Worker(/* webpackChunkName: "xlsx-worker" */ new URL("./xlsx-worker.ts", import.meta.url));

let current: WorkerClient | null = null;
/** A worker started ahead, idle until the next workbook. */
let spare: Worker | null = null;

/**
 * Starts a worker before it is needed (standalone mode's start, and after each open), so the next
 * file is read by a worker whose code is already loaded and compiled.
 */
export function prepareWorker(): void {
  if (spare) return;
  const w = newWorker();
  // One that fails to start before it is used is dropped: the next open starts another.
  w.onerror = () => {
    if (spare !== w) return;
    spare = null;
    w.terminate();
  };
  spare = w;
}

/** A worker for a new workbook (the previous one, and its copy of the last file, is ended). */
function startWorker(): WorkerClient {
  current?.terminate();
  current = new WorkerClient(spare ?? newWorker());
  spare = null;
  return current;
}

/** The host of a workbook the worker opened; another worker is readied once the page is quiet. */
function opened(client: WorkerClient, r: Result<true, HostError>): Result<WorkbookHost, HostError> {
  setTimeout(prepareWorker, 2_000);
  return r.ok ? ok(new WorkerWorkbookHost(client)) : r;
}

/** Opens .xlsx bytes in a worker; the bytes move there (no copy). */
export async function openInWorker(bytes: ArrayBuffer): Promise<Result<WorkbookHost, HostError>> {
  const client = startWorker();
  return opened(client, await client.call({ op: "open", bytes }, [bytes]));
}

export async function openSampleInWorker(): Promise<Result<WorkbookHost, HostError>> {
  const client = startWorker();
  return opened(client, await client.call({ op: "sample" }));
}

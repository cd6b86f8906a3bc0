// The page's side of the xlsx worker: a WorkbookHost whose every call is a message. The worker is
// a separate file of the build (same origin, no inline script or eval, as the page's CSP demands),
// started when standalone mode opens a workbook.

import type { WorkbookGrid } from "../../core/grid";
import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { err, ok, type Result } from "../../core/result";
import type { WorkbookHost } from "./workbook-host";
import type { EncodedGrid, WorkerAnswers, WorkerReply, WorkerRequest } from "./worker-protocol";

const decoder = new TextDecoder();

/** The grid from the worker's JSON; a performance mark says when it arrived (the browser specs read it). */
async function decodeGrid(pending: Promise<Result<EncodedGrid, HostError>>): Promise<Result<WorkbookGrid, HostError>> {
  const r = await pending;
  if (!r.ok) return r;
  const grid = JSON.parse(decoder.decode(r.value)) as WorkbookGrid;
  performance.mark("xlsx:grid");
  // The pane analyses the grid next: in a task of its own, after this one.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return ok(grid);
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
  /** The grid as last read; sent again by the worker only after a change. */
  private grid: WorkbookGrid | null;
  constructor(private readonly client: WorkerClient, grid: WorkbookGrid) {
    this.grid = grid;
  }
  async read(): Promise<Result<WorkbookGrid, HostError>> {
    if (this.grid) return ok(this.grid);
    const r = await decodeGrid(this.client.call({ op: "read" }));
    if (r.ok) this.grid = r.value;
    return r;
  }
  applyEdits(edits: readonly CellEdit[]) {
    this.grid = null;
    return this.client.call({ op: "applyEdits", edits });
  }
  write(plan: WorkbookPlan) {
    this.grid = null;
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

let current: WorkerClient | null = null;

/** A new worker for a new workbook (the previous one, and its copy of the last file, is ended). */
function startWorker(): WorkerClient {
  current?.terminate();
  current = new WorkerClient(new Worker(/* webpackChunkName: "xlsx-worker" */ new URL("./xlsx-worker.ts", import.meta.url)));
  return current;
}

/** Opens .xlsx bytes in a worker; the bytes move there (no copy). */
export async function openInWorker(bytes: ArrayBuffer): Promise<Result<WorkbookHost, HostError>> {
  const client = startWorker();
  const r = await decodeGrid(client.call({ op: "open", bytes }, [bytes]));
  return r.ok ? ok(new WorkerWorkbookHost(client, r.value)) : r;
}

export async function openSampleInWorker(): Promise<Result<WorkbookHost, HostError>> {
  const client = startWorker();
  const r = await decodeGrid(client.call({ op: "sample" }));
  return r.ok ? ok(new WorkerWorkbookHost(client, r.value)) : r;
}

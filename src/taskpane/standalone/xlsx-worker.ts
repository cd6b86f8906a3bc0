// The xlsx worker (a same-origin file from the build): holds the opened workbook, does all reading
// and writing of .xlsx bytes, and analyses the grid it holds — the session's own reader, run
// here — off the page's main thread. No DOM here. Requests are answered one at a time, in order.

import type { HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { inflateAhead, tryLoadXlsx } from "../../hosts/xlsx/xlsx-port";
import type { WorkbookReader } from "../../session/contract";
import { createReader } from "../../session/reader";
import type { Loaded } from "../../session/state";
import { LocalWorkbookHost, openSampleLocal } from "./local-host";
import type { LoadedInPage, WorkerMessage, WorkerReply } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let host: LocalWorkbookHost | null = null;
/** The session's reader over the workbook here: it keeps the grid and the file the user has. */
let reader: WorkbookReader | null = null;

/** The browser's own inflate (several times quicker than JavaScript's), for the large parts. */
async function inflateNative(raw: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const none = () => err({ code: "unknown" as const, detail: "no workbook is open" });

function hold(opened: LocalWorkbookHost): Result<true, HostError> {
  host = opened;
  reader = createReader(opened, { trackFile: true });
  return ok(true);
}

/** What the page gets of a read: the summary and the carry, never the grid. */
const forPage = (r: Result<Loaded, HostError>): Result<LoadedInPage, HostError> => (r.ok ? ok({ ...r.value, grid: null }) : r);

/** The answer to one request. */
async function answer(m: WorkerMessage): Promise<Result<unknown, HostError>> {
  const r = m.request;
  switch (r.op) {
    case "open": {
      const bytes = new Uint8Array(r.bytes);
      const wb = await tryLoadXlsx(bytes, await inflateAhead(bytes, inflateNative));
      return wb.ok ? hold(new LocalWorkbookHost(wb.value)) : wb;
    }
    case "sample": {
      const opened = await openSampleLocal();
      return opened.ok ? hold(opened.value as LocalWorkbookHost) : opened;
    }
    case "read":
      return host ? host.read() : none();
    case "readAnalysed":
      return reader ? forPage(await reader.read(r.choice)) : none();
    case "reanalyse":
      return reader ? forPage(await reader.reanalyse(r.choice)) : none();
    case "saved":
      if (!reader) return none();
      await reader.saved();
      return ok(true);
    case "applyEdits":
      return host ? host.applyEdits(r.edits) : none();
    case "write":
      return host ? host.write(r.plan) : none();
    case "writeCopy":
      return host ? host.writeCopy(r.plan) : none();
    case "save":
      return host ? ok(await host.save()) : none();
  }
}

function reply(m: WorkerMessage, result: Result<unknown, HostError>): void {
  // File bytes go back without a copy; everything else (an analysis' summary, a write's result)
  // is small and is cloned.
  const v = result.ok ? result.value : null;
  const bytes = v instanceof Uint8Array ? v : typeof v === "object" && v !== null && "bytes" in v && v.bytes instanceof Uint8Array ? v.bytes : null;
  scope.postMessage({ id: m.id, result: result as WorkerReply["result"] }, bytes ? [bytes.buffer] : []);
}

/** One request at a time, in the order sent: an analysis always sees the edits asked before it. */
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (e) => {
  const m = e.data;
  queue = queue.then(() =>
    answer(m)
      .catch((x: unknown) => err({ code: "unknown" as const, detail: x instanceof Error ? x.message : String(x) }))
      .then((result) => {
        try {
          reply(m, result);
        } catch (x) {
          // An answer that cannot cross (a bug): the page gets the reason, and the queue goes on.
          scope.postMessage({ id: m.id, result: err({ code: "unknown", detail: x instanceof Error ? x.message : String(x) }) });
        }
      }),
  );
};

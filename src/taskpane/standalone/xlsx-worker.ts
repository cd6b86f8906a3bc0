// The xlsx worker (a same-origin file from the build): holds the opened workbook and does all
// reading and writing of .xlsx bytes off the page's main thread. No DOM here.

import type { HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { inflateAhead, tryLoadXlsx } from "../../hosts/xlsx/xlsx-port";
import { LocalWorkbookHost, openSampleLocal } from "./local-host";
import type { WorkerMessage, WorkerReply } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let host: LocalWorkbookHost | null = null;

/** The browser's own inflate (several times quicker than JavaScript's), for the large parts. */
async function inflateNative(raw: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([raw as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const none = () => err({ code: "unknown" as const, detail: "no workbook is open" });

/** The answer before encoding (a grid is sent as JSON: see below). */
async function answer(m: WorkerMessage): Promise<Result<unknown, HostError>> {
  const r = m.request;
  switch (r.op) {
    case "open": {
      const bytes = new Uint8Array(r.bytes);
      const wb = await tryLoadXlsx(bytes, await inflateAhead(bytes, inflateNative));
      if (!wb.ok) return wb;
      host = new LocalWorkbookHost(wb.value);
      return host.read();
    }
    case "sample": {
      const opened = await openSampleLocal();
      if (!opened.ok) return opened;
      host = opened.value as LocalWorkbookHost;
      return host.read();
    }
    case "read":
      return host ? host.read() : none();
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

const encoder = new TextEncoder();

scope.onmessage = (e) => {
  const op = e.data.request.op;
  void answer(e.data)
    .catch((x: unknown) => err({ code: "unknown" as const, detail: x instanceof Error ? x.message : String(x) }))
    .then((result) => {
      if (result.ok && (op === "open" || op === "sample" || op === "read")) {
        // A grid goes as UTF-8 JSON in a transferred buffer: the page's JSON.parse of 100,000 rows is
        // several times quicker than the structured clone of the same objects, which blocks the page.
        const json = encoder.encode(JSON.stringify(result.value));
        scope.postMessage({ id: e.data.id, result: ok(json) }, [json.buffer]);
        return;
      }
      // File bytes go back without a copy.
      const v = result.ok ? result.value : null;
      const bytes = v instanceof Uint8Array ? v : typeof v === "object" && v !== null && "bytes" in v && v.bytes instanceof Uint8Array ? v.bytes : null;
      scope.postMessage({ id: e.data.id, result: result as WorkerReply["result"] }, bytes ? [bytes.buffer] : []);
    });
};

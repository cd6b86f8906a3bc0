// The xlsx worker (a same-origin file from the build): holds the opened workbook and does all
// reading and writing of .xlsx bytes off the page's main thread. No DOM here.

import { err, ok } from "../../core/result";
import { buildWorkbookFromGrid, tryLoadXlsx } from "../../hosts/xlsx/xlsx-port";
import { LocalWorkbookHost } from "./local-host";
import type { WorkerAnswers, WorkerMessage, WorkerReply } from "./worker-protocol";

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

let host: LocalWorkbookHost | null = null;
const none = () => err({ code: "unknown" as const, detail: "no workbook is open" });

async function answer(m: WorkerMessage): Promise<WorkerAnswers[keyof WorkerAnswers]> {
  const r = m.request;
  switch (r.op) {
    case "open": {
      const wb = await tryLoadXlsx(new Uint8Array(r.bytes));
      if (!wb.ok) return wb;
      host = new LocalWorkbookHost(wb.value);
      return host.read();
    }
    case "sample": {
      // The sample's data is only needed when asked for: its own chunk.
      const { sampleWorkbookGrid } = await import(/* webpackChunkName: "sample" */ "../../sample/index");
      host = new LocalWorkbookHost(buildWorkbookFromGrid(sampleWorkbookGrid()));
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

scope.onmessage = (e) => {
  void answer(e.data)
    .catch((x: unknown) => err({ code: "unknown" as const, detail: x instanceof Error ? x.message : String(x) }))
    .then((result) => {
      // File bytes go back without a copy.
      const bytes = result.ok && result.value instanceof Uint8Array ? result.value : result.ok && typeof result.value === "object" && "bytes" in result.value ? result.value.bytes : null;
      scope.postMessage({ id: e.data.id, result }, bytes ? [bytes.buffer] : []);
    });
};

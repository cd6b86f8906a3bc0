// Standalone mode (outside Excel): how a session opens the user's .xlsx or the bundled sample, and
// where its report goes. The workbook is held by the xlsx host in a Web Worker (worker-client.ts),
// which also analyses it (the session's reader runs there), so a large file never freezes the
// page; without workers (tests) it is held and analysed in this thread. This
// module is imported lazily and the xlsx code lives only in the worker's file: the pane inside
// Excel never downloads either. The user's file is never written: fixes and template sheets change
// only the working copy, and the report is a new downloaded file.

import type { CellEdit, HostError, WorkbookPort } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { err, ok, type Result } from "../../core/result";
import type { OpenedWorkbook, OpenSource, WorkbookAccess } from "../../session/workbook-session";
import type { Strings } from "../i18n";
import type { WorkbookHost } from "./workbook-host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Hands bytes to the browser as a file download (an object URL, revoked once the click is done). */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "회계-2024.xlsx" → "회계-2024". */
export function baseName(fileName: string): string {
  return fileName.replace(/\.xlsx$/i, "").trim() || "workbook";
}

type Download = (bytes: Uint8Array, fileName: string) => void;

/** The host as the session's port. */
function portOf(host: WorkbookHost): WorkbookPort {
  return {
    read: () => host.read(),
    write: (plan: WorkbookPlan) => host.write(plan),
    applyEdits: (edits: readonly CellEdit[]) => host.applyEdits(edits),
  };
}

/**
 * A workbook held by `host` as a session's workbook. The report goes into a copy of it, which is
 * downloaded; the working copy (with the user's fixes and template sheets) stays as it was, and is
 * downloaded on request.
 */
export function standaloneWorkbook(host: WorkbookHost, base: string, name: string, t: Strings, download: Download = downloadBytes): OpenedWorkbook {
  return {
    port: portOf(host),
    ...(host.reader ? { reader: host.reader } : {}),
    name,
    async deliver(plan, outcome) {
      const written = await host.writeCopy(plan);
      if (!written.ok) return written;
      const bytes = written.value.bytes;
      const figures = outcome.analysis.figures;
      const fileName = t.reportFileName(base, figures?.year ?? 0, figures?.quarter ?? 0);
      download(bytes, fileName);
      return ok({ written: written.value.written, downloadName: fileName, downloadAgain: () => download(bytes, fileName) });
    },
    async downloadCopy() {
      const fileName = t.copyFileName(base);
      download(await host.save(), fileName);
      return ok(fileName);
    },
  };
}

/** Where workbooks are opened: a Web Worker in the browser, this thread where there are no workers. */
interface Opener {
  file(bytes: ArrayBuffer): Promise<Result<WorkbookHost, HostError>>;
  sample(): Promise<Result<WorkbookHost, HostError>>;
}

/**
 * Readies the worker while the user picks a file (standalone mode's start): its code is loaded and
 * compiled before the first open. Nothing where there are no workers.
 */
export function prepareStandalone(): void {
  if (typeof Worker === "undefined") return;
  void import(/* webpackChunkName: "standalone-worker-client" */ "./worker-client").then(
    (w) => w.prepareWorker(),
    () => undefined, // the first open tries again, and reports a failure
  );
}

async function opener(): Promise<Opener> {
  if (typeof Worker !== "undefined") {
    const w = await import(/* webpackChunkName: "standalone-worker-client" */ "./worker-client");
    return { file: w.openInWorker, sample: w.openSampleInWorker };
  }
  const local = await import(/* webpackChunkName: "standalone-local" */ "./local-host");
  return { file: local.openLocal, sample: local.openSampleLocal };
}

/** Standalone mode's workbooks: the file the user opens (its bytes, never written back) or the sample. */
export function standaloneAccess(t: Strings, download: Download = downloadBytes): WorkbookAccess {
  return {
    mode: "standalone",
    async open(source: OpenSource): Promise<Result<OpenedWorkbook, HostError>> {
      if (source.kind === "sample") {
        const host = await (await opener()).sample();
        return host.ok ? ok(standaloneWorkbook(host.value, t.sampleBaseName, `${t.sampleBaseName}.xlsx`, t, download)) : host;
      }
      if (source.kind !== "file") return err({ code: "unknown", detail: "standalone mode opens files and the sample only" });
      let bytes: ArrayBuffer;
      try {
        const b = await source.bytes();
        // The worker takes the buffer over: hand it a copy it may own.
        bytes = b instanceof ArrayBuffer ? b : (b.slice().buffer as ArrayBuffer);
      } catch (e) {
        return err({ code: "unreadable", detail: e instanceof Error ? e.message : String(e) });
      }
      const host = await (await opener()).file(bytes);
      return host.ok ? ok(standaloneWorkbook(host.value, baseName(source.name), source.name, t, download)) : host;
    },
  };
}

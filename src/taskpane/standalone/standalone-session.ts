// Standalone mode (outside Excel): the user's .xlsx, or the bundled sample, held by the xlsx host
// in a Web Worker (worker-client.ts), so a large file never freezes the page. This module is
// imported lazily and the xlsx code lives only in the worker's file: the pane inside Excel never
// downloads either. The user's file is never written: fixes and template sheets change only the
// working copy, and the report is a new downloaded file.

import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { err, ok, type Result } from "../../core/result";
import { planReport, type ReportOptions } from "../../core/report";
import type { OpenedWorkbook, StandaloneOpener } from "../app";
import type { Strings } from "../i18n";
import type { ReportDone, TaskpaneSession } from "../session";
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

export class StandaloneSession implements TaskpaneSession {
  readonly mode = "standalone" as const;

  constructor(
    private readonly host: WorkbookHost,
    private readonly base: string,
    private readonly t: Strings,
    private readonly download: (bytes: Uint8Array, fileName: string) => void = downloadBytes,
  ) {}

  read() {
    return this.host.read();
  }

  applyEdits(edits: readonly CellEdit[]) {
    return this.host.applyEdits(edits);
  }

  write(plan: WorkbookPlan) {
    return this.host.write(plan);
  }

  /** The report goes into a copy of the working workbook, which is downloaded; the working copy stays as it was. */
  async report(options: ReportOptions): Promise<Result<ReportDone, HostError>> {
    const grid = await this.host.read();
    if (!grid.ok) return grid;
    const outcome = planReport(grid.value, options);
    if (!outcome.ok) return ok({ outcome, written: [] });
    const written = await this.host.writeCopy(outcome.plan);
    if (!written.ok) return written;
    const bytes = written.value.bytes;
    const figures = outcome.analysis.figures;
    const name = figures
      ? this.t.reportFileName(this.base, figures.year, figures.quarter)
      : this.t.reportFileName(this.base, options.year ?? 0, options.quarter ?? 0);
    this.download(bytes, name);
    return ok({ outcome, written: written.value.written, downloadName: name, downloadAgain: () => this.download(bytes, name) });
  }

  selectCell(): Promise<boolean> {
    return Promise.resolve(false);
  }

  async downloadCopy(): Promise<Result<string, HostError>> {
    const name = this.t.copyFileName(this.base);
    this.download(await this.host.save(), name);
    return ok(name);
  }
}

export function createStandaloneOpener(t: Strings): StandaloneOpener {
  // Loaded on first use: the module that starts the worker (its file is fetched then).
  const worker = () => import(/* webpackChunkName: "standalone-worker-client" */ "./worker-client");
  return {
    async openFile(file: File): Promise<Result<OpenedWorkbook, HostError>> {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (e) {
        return err({ code: "unreadable", detail: e instanceof Error ? e.message : String(e) });
      }
      const host = await (await worker()).openInWorker(bytes);
      if (!host.ok) return host;
      return ok({ session: new StandaloneSession(host.value, baseName(file.name), t), name: file.name });
    },
    async openSample(): Promise<Result<OpenedWorkbook, HostError>> {
      const host = await (await worker()).openSampleInWorker();
      if (!host.ok) return host;
      return ok({ session: new StandaloneSession(host.value, t.sampleBaseName, t), name: `${t.sampleBaseName}.xlsx` });
    },
  };
}

// Standalone mode (outside Excel): the user's .xlsx, or the bundled sample, held by the xlsx host
// in this page. This module is imported lazily so that the xlsx code lands in its own chunk
// and the pane inside Excel never downloads it. The user's file is never written: fixes and
// template sheets change only this page's working copy, and the report is a new downloaded file.

import type { CellEdit, HostError } from "../../core/port";
import type { WorkbookPlan } from "../../core/plan/sheet-plan";
import { err, ok, type Result } from "../../core/result";
import { planReport, type ReportOptions } from "../../core/report";
import { XlsxPort, buildWorkbookFromGrid, saveXlsx, tryLoadXlsx, type XlsxWorkbook } from "../../hosts/xlsx/xlsx-port";
import type { OpenedWorkbook, StandaloneOpener } from "../app";
import type { Strings } from "../i18n";
import type { ReportDone, TaskpaneSession } from "../session";

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
  private readonly port: XlsxPort;

  constructor(
    private readonly workbook: XlsxWorkbook,
    private readonly base: string,
    private readonly t: Strings,
    private readonly download: (bytes: Uint8Array, fileName: string) => void = downloadBytes,
  ) {
    this.port = new XlsxPort(workbook);
  }

  read() {
    return this.port.read();
  }

  applyEdits(edits: readonly CellEdit[]) {
    return this.port.applyEdits(edits);
  }

  write(plan: WorkbookPlan) {
    return this.port.write(plan);
  }

  /** The report goes into a copy of the working workbook, which is downloaded; the working copy stays as it was. */
  async report(options: ReportOptions): Promise<Result<ReportDone, HostError>> {
    const copy = this.workbook.copy();
    const port = new XlsxPort(copy);
    const grid = await port.read();
    if (!grid.ok) return grid;
    const outcome = planReport(grid.value, options);
    if (!outcome.ok) return ok({ outcome, written: [] });
    const written = await port.write(outcome.plan);
    if (!written.ok) return written;
    const bytes = await saveXlsx(copy);
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
    this.download(await saveXlsx(this.workbook), name);
    return ok(name);
  }
}

export function createStandaloneOpener(t: Strings): StandaloneOpener {
  return {
    async openFile(file: File): Promise<Result<OpenedWorkbook, HostError>> {
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch (e) {
        return err({ code: "unreadable", detail: e instanceof Error ? e.message : String(e) });
      }
      const wb = await tryLoadXlsx(bytes);
      if (!wb.ok) return wb;
      const base = baseName(file.name);
      return ok({ session: new StandaloneSession(wb.value, base, t), name: file.name });
    },
    async openSample(): Promise<Result<OpenedWorkbook, HostError>> {
      // The sample's data is only needed when asked for: its own chunk.
      const { sampleWorkbookGrid } = await import(/* webpackChunkName: "sample" */ "../../sample/index");
      const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
      return ok({ session: new StandaloneSession(wb, t.sampleBaseName, t), name: `${t.sampleBaseName}.xlsx` });
    },
  };
}

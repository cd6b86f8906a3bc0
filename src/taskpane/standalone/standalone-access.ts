// Standalone mode (outside Excel): how a session opens the user's .xlsx or the bundled sample,
// held as an ExcelJS workbook in this page, and where its report goes. This module is imported
// lazily so that ExcelJS lands in its own chunk and the pane inside Excel never downloads it. The
// user's file is never written: fixes and template sheets change only this page's working copy,
// and the report is a new downloaded file.

import type * as ExcelJS from "exceljs";
import type { HostError } from "../../core/port";
import { err, ok, type Result } from "../../core/result";
import { XlsxPort, buildWorkbookFromGrid, saveXlsx, tryLoadXlsx, writePlan } from "../../hosts/xlsx/xlsx-port";
import type { OpenedWorkbook, OpenSource, WorkbookAccess } from "../../session/workbook-session";
import type { Strings } from "../i18n";

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

/**
 * An ExcelJS workbook held in this page as a session's workbook. The report goes into a copy of
 * it, which is downloaded; the working copy (with the user's fixes and template sheets) stays as
 * it was, and is downloaded on request.
 */
export function standaloneWorkbook(workbook: ExcelJS.Workbook, base: string, name: string, t: Strings, download: Download = downloadBytes): OpenedWorkbook {
  return {
    port: new XlsxPort(workbook),
    name,
    async deliver(plan, outcome) {
      const copy = await tryLoadXlsx(await saveXlsx(workbook));
      if (!copy.ok) return copy;
      const written = writePlan(copy.value, plan);
      if (!written.ok) return written;
      const bytes = await saveXlsx(copy.value);
      const figures = outcome.analysis.figures;
      const fileName = t.reportFileName(base, figures?.year ?? 0, figures?.quarter ?? 0);
      download(bytes, fileName);
      return ok({ written: written.value.written, downloadName: fileName, downloadAgain: () => download(bytes, fileName) });
    },
    async downloadCopy() {
      const fileName = t.copyFileName(base);
      download(await saveXlsx(workbook), fileName);
      return ok(fileName);
    },
  };
}

/** Standalone mode's workbooks: the file the user opens (its bytes, never written back) or the sample. */
export function standaloneAccess(t: Strings, download: Download = downloadBytes): WorkbookAccess {
  return {
    mode: "standalone",
    async open(source: OpenSource): Promise<Result<OpenedWorkbook, HostError>> {
      if (source.kind === "sample") {
        // The sample's data is only needed when asked for: its own chunk.
        const { sampleWorkbookGrid } = await import(/* webpackChunkName: "sample" */ "../../sample/index");
        const wb = buildWorkbookFromGrid(sampleWorkbookGrid());
        return ok(standaloneWorkbook(wb, t.sampleBaseName, `${t.sampleBaseName}.xlsx`, t, download));
      }
      if (source.kind !== "file") return err({ code: "unknown", detail: "standalone mode opens files and the sample only" });
      let bytes: ArrayBuffer | Uint8Array;
      try {
        bytes = await source.bytes();
      } catch (e) {
        return err({ code: "unreadable", detail: e instanceof Error ? e.message : String(e) });
      }
      const wb = await tryLoadXlsx(bytes);
      if (!wb.ok) return wb;
      return ok(standaloneWorkbook(wb.value, baseName(source.name), source.name, t, download));
    },
  };
}
